import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '@refugio/contract';
import { OutcomeNotice } from '../ui/OutcomeNotice';
import { ProcedureActionForm } from './ProcedureActionForm';
import { useCaseChange } from './useCaseChange';

interface ProcedureActionsProps {
  detail: CaseDetail;
  /** Shows the case the server answered after a step. */
  onReplace: (detail: CaseDetail) => void;
  onReload: () => void;
}

/**
 * Where the case stands in the procedure and the steps this officer may take now: exactly the ones
 * the server offers, never guessed from the role on this side.
 */
export function ProcedureActions({ detail, onReplace, onReload }: ProcedureActionsProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<string | null>(null);
  const change = useCaseChange(onReplace, onReload);
  // Steps driven by a record (an interview, a decision, an appeal) are taken from that record's panel.
  const onForm = detail.procedureActions.filter((a) => a.via === 'form');
  const onPanels = detail.procedureActions.filter((a) => a.via !== 'form');
  const chosen = onForm.find((a) => a.action === open);
  return (
    <div className="procedure">
      <OutcomeNotice outcome={change.outcome} />
      <p>
        {t('procedure.stage')}: <strong>{t(`procedure.stages.${detail.stage}`)}</strong>
        {detail.outcome && ` · ${t(`procedure.outcomes.${detail.outcome}`)}`}
      </p>
      {detail.procedureActions.length === 0 && <p>{t('procedure.noActions')}</p>}
      {onForm.length > 0 && (
        <div className="procedure__buttons" role="group" aria-label={t('procedure.available')}>
          {onForm.map((a) => (
            <button
              key={a.action}
              type="button"
              className={`button ${open === a.action ? 'button--primary' : 'button--secondary'}`}
              aria-expanded={open === a.action}
              onClick={() => {
                change.clear();
                setOpen(open === a.action ? null : a.action);
              }}
            >
              {t(`procedure.actions.${a.action}`)}
            </button>
          ))}
        </div>
      )}
      {onPanels.length > 0 && (
        <>
          <p className="procedure__via">{t('procedure.fromPanels')}</p>
          <ul className="procedure__via-list">
            {onPanels.map((a) => (
              <li key={a.action}>
                {t('procedure.viaPanel', {
                  action: t(`procedure.actions.${a.action}`),
                  panel: a.via === 'form' ? '' : t(`procedure.panels.${a.via}`),
                })}
              </li>
            ))}
          </ul>
        </>
      )}
      {chosen && (
        <ProcedureActionForm
          key={chosen.action}
          caseId={detail.id}
          version={detail.version}
          action={chosen}
          onCancel={() => setOpen(null)}
          onConflict={() => change.conflicted(t('procedure.conflict'))}
          onDone={(updated) => {
            setOpen(null);
            change.done(t('procedure.done', { action: t(`procedure.actions.${chosen.action}`) }), updated);
          }}
        />
      )}
    </div>
  );
}
