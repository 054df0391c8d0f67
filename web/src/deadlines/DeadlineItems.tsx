import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { DeadlineDashboard } from '@refugio/contract';
import { paths } from '../app/paths';
import { formatDate } from '../i18n/dates';
import { workingDaysLeft } from './deadlineText';

type Item = DeadlineDashboard['items'][number];

const badge: Record<Item['status'], string> = {
  open: 'badge badge--status',
  overdue: 'badge badge--danger',
  suspended: 'badge',
};

/** One row per running time limit, soonest first as the server sorts them; each links to its case. */
export function DeadlineItems({ items, busy }: { items: Item[]; busy: boolean }) {
  const { t } = useTranslation();
  if (items.length === 0) return <p className="empty">{t('dashboard.empty')}</p>;
  return (
    <div className="table-wrap" aria-busy={busy}>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('dashboard.column.caseNumber')}</th>
            <th scope="col">{t('dashboard.column.name')}</th>
            <th scope="col">{t('dashboard.column.office')}</th>
            <th scope="col">{t('dashboard.column.stage')}</th>
            <th scope="col">{t('dashboard.column.officer')}</th>
            <th scope="col">{t('dashboard.column.limit')}</th>
            <th scope="col">{t('dashboard.column.due')}</th>
            <th scope="col">{t('dashboard.column.left')}</th>
            <th scope="col">{t('dashboard.column.status')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={`${item.caseId}-${item.limit}`}>
              <td className="table__nowrap">
                <Link href={paths.case(item.caseId)}>{item.caseNumber}</Link>
              </td>
              <td>{item.principalName}</td>
              <td>{item.office.name}</td>
              <td>{t(`procedure.stages.${item.stage}`)}</td>
              <td>{item.officer?.name ?? t('dashboard.unassigned')}</td>
              <td>{t(`deadlines.limits.${item.limit}`)}</td>
              <td className="table__nowrap">{item.dueDate ? formatDate(item.dueDate) : '—'}</td>
              <td className={item.status === 'overdue' ? 'deadline--overdue' : undefined}>
                {item.workingDaysLeft === null ? '—' : workingDaysLeft(t, item.workingDaysLeft)}
              </td>
              <td>
                <span className={badge[item.status]}>{t(`deadlines.statuses.${item.status}`)}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
