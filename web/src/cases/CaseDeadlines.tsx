import { useTranslation } from 'react-i18next';
import type { DeadlineView } from '@refugio/contract';
import { formatDate } from '../i18n/dates';

/** The legal time limits running on the case, with their due dates and legal basis. */
export function CaseDeadlines({ deadlines }: { deadlines: DeadlineView[] }) {
  const { t } = useTranslation();
  if (deadlines.length === 0) return <p>{t('deadlines.none')}</p>;
  return (
    <table className="table table--compact">
      <thead>
        <tr>
          <th scope="col">{t('deadlines.limit')}</th>
          <th scope="col">{t('deadlines.due')}</th>
          <th scope="col">{t('deadlines.status')}</th>
          <th scope="col">{t('deadlines.rule')}</th>
        </tr>
      </thead>
      <tbody>
        {deadlines.map((d) => (
          <tr key={d.limit}>
            <td>{t(`deadlines.limits.${d.limit}`, { defaultValue: d.limit })}</td>
            <td className="table__nowrap">{formatDate(d.dueDate)}</td>
            <td>
              <span
                className={`badge ${d.status === 'overdue' || d.status === 'met_late' ? 'badge--warning' : 'badge--status'}`}
              >
                {t(`deadlines.statuses.${d.status}`)}
              </span>
              {d.metOn && ` ${formatDate(d.metOn)}`}
            </td>
            <td>
              {t('deadlines.ruleText', {
                length: d.length,
                unit: t(`deadlines.units.${d.unit}`),
                start: formatDate(d.startDate),
                legalBasis: d.legalBasis,
              })}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
