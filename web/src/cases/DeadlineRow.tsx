import { useTranslation } from 'react-i18next';
import type { DeadlineView } from '@refugio/contract';
import { useReference } from '../app/ReferenceContext';
import { formatDate, formatDateTime } from '../i18n/dates';
import { unitCount } from '../deadlines/deadlineText';

interface DeadlineRowProps {
  deadline: DeadlineView;
  /** The first day of the suspension that stopped this clock, when known. */
  suspendedSince: string | undefined;
  extending: boolean;
  onExtend: () => void;
}

const warning = new Set<DeadlineView['status']>(['overdue', 'met_late']);

/** One time limit of the case: due date (or what is left while suspended), status, count and extensions. */
export function DeadlineRow({ deadline: d, suspendedSince, extending, onExtend }: DeadlineRowProps) {
  const { t } = useTranslation();
  const { profile } = useReference();
  const nameId = `deadline-${d.limit}-name`;
  const left = d.unitsLeft === null ? null : unitCount(t, d.unit, d.unitsLeft);

  let due: string;
  if (d.status === 'suspended' && left !== null) {
    due = suspendedSince
      ? t('deadlines.suspendedSince', { count: d.unitsLeft ?? 0, date: formatDate(suspendedSince), left })
      : t('deadlines.suspendedLeft', { count: d.unitsLeft ?? 0, left });
  } else due = d.dueDate ? formatDate(d.dueDate) : t('deadlines.statuses.suspended');

  const rule = {
    length: d.length,
    unit: t(`deadlines.units.${d.unit}`),
    start: formatDate(d.startDate),
    legalBasis: d.legalBasis,
  };

  return (
    <tr>
      <td id={nameId}>{t(`deadlines.limits.${d.limit}`)}</td>
      <td className={d.status === 'suspended' ? undefined : 'table__nowrap'}>{due}</td>
      <td>
        <span className={`badge ${warning.has(d.status) ? 'badge--warning' : 'badge--status'}`}>
          {t(`deadlines.statuses.${d.status}`)}
        </span>
        {d.metOn && ` ${formatDate(d.metOn)}`}
        {d.pausedToday && <span className="badge badge--paused">{t('deadlines.pausedToday')}</span>}
      </td>
      <td>
        {d.extendedBy > 0
          ? t('deadlines.ruleTextExtended', { ...rule, extendedBy: unitCount(t, d.unit, d.extendedBy) })
          : t('deadlines.ruleText', rule)}
        {d.pausedDays > 0 && (
          <p className="deadline__note">{t('deadlines.pausedDays', { count: d.pausedDays })}</p>
        )}
        {d.extensions.length > 0 && (
          <div className="deadline__note">
            <p className="deadline__subheading">{t('deadlines.extensions')}</p>
            <ul className="deadline__extensions">
              {d.extensions.map((e) => (
                <li key={e.grantedAt}>
                  {t('deadlines.extension', {
                    date: formatDateTime(e.grantedAt, profile.timeZone),
                    length: unitCount(t, d.unit, e.length),
                    reason: t(`deadlines.reasons.${e.reason}`),
                  })}
                  {e.note && <span className="prewrap"> · {e.note}</span>}
                </li>
              ))}
            </ul>
          </div>
        )}
        {d.extendable && (
          <button
            type="button"
            className={`button ${extending ? 'button--primary' : 'button--secondary'} deadline__extend`}
            aria-expanded={extending}
            aria-describedby={nameId}
            onClick={onExtend}
          >
            {t('deadlines.extend.open')}
          </button>
        )}
      </td>
    </tr>
  );
}
