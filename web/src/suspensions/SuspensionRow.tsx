import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { SuspensionChangeResult, SuspensionView } from '@refugio/contract';
import { paths } from '../app/paths';
import { formatDate } from '../i18n/dates';
import { SuspensionChangeForm, type SuspensionAction } from './SuspensionChangeForm';
import { SuspensionHistory } from './SuspensionHistory';

export const suspensionColumns = 8;

interface SuspensionRowProps {
  suspension: SuspensionView;
  onSaved: (action: SuspensionAction, result: SuspensionChangeResult) => void;
  onConflict: () => void;
}

/** One suspension, its expandable history and the changes the server lets this user make to it. */
export function SuspensionRow({ suspension: s, onSaved, onConflict }: SuspensionRowProps) {
  const { t } = useTranslation();
  const [historyOpen, setHistoryOpen] = useState(false);
  const [action, setAction] = useState<SuspensionAction | null>(null);
  const historyId = `suspension-${s.id}-history`;
  const formId = `suspension-${s.id}-form`;

  let target;
  if (s.case) target = <Link href={paths.case(s.case.id)}>{s.case.caseNumber}</Link>;
  else if (s.office) target = s.office.name;
  else target = t('suspensions.allOffices');

  return (
    <>
      <tr>
        <td>{t(`suspensions.scopes.${s.scope}`)}</td>
        <td>{target}</td>
        <td className="table__nowrap">{formatDate(s.startsOn)}</td>
        <td className="table__nowrap">{s.endsOn ? formatDate(s.endsOn) : t('suspensions.noEnd')}</td>
        <td>{s.legalBasis}</td>
        <td className="prewrap">{s.reason}</td>
        <td>
          <span className={s.status === 'active' ? 'badge badge--status' : 'badge'}>
            {t(`suspensions.statuses.${s.status}`)}
          </span>
        </td>
        <td>
          <div className="row-actions">
            <button
              type="button"
              className="button button--quiet"
              aria-expanded={historyOpen}
              aria-controls={historyOpen ? historyId : undefined}
              onClick={() => setHistoryOpen(!historyOpen)}
            >
              {t('suspensions.history', { count: s.history.length })}
            </button>
            {s.actions.map((a) => (
              <button
                key={a}
                type="button"
                className={`button ${action === a ? 'button--primary' : 'button--secondary'}`}
                aria-expanded={action === a}
                aria-controls={action === a ? formId : undefined}
                onClick={() => setAction(action === a ? null : a)}
              >
                {t(`suspensions.actions.${a}`)}
              </button>
            ))}
          </div>
        </td>
      </tr>
      {historyOpen && (
        <tr className="table__detail">
          <td colSpan={suspensionColumns}>
            <SuspensionHistory suspension={s} id={historyId} />
          </td>
        </tr>
      )}
      {action && s.actions.includes(action) && (
        <tr className="table__detail" id={formId}>
          <td colSpan={suspensionColumns}>
            <SuspensionChangeForm
              key={action}
              suspension={s}
              action={action}
              onCancel={() => setAction(null)}
              onConflict={() => {
                setAction(null);
                onConflict();
              }}
              onSaved={(result) => {
                setAction(null);
                onSaved(action, result);
              }}
            />
          </td>
        </tr>
      )}
    </>
  );
}
