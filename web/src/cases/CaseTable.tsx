import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { CaseSummary } from '@refugio/contract';
import { paths } from '../app/paths';
import { useReference } from '../app/ReferenceContext';
import { formatDate, formatDateTime } from '../i18n/dates';
import { useNames } from '../i18n/useNames';
import { useTriageNames } from '../i18n/useTriageNames';
import { defaultOrder, type CaseSort, type ListQuery } from './caseListQuery';
import { NextDeadlineCell } from './NextDeadlineCell';

interface CaseTableProps {
  items: CaseSummary[];
  query: ListQuery;
  onSort: (change: Pick<ListQuery, 'sort' | 'order'>) => void;
  busy: boolean;
}

export function CaseTable({ items, query, onSort, busy }: CaseTableProps) {
  const { t } = useTranslation();
  const names = useNames();
  const { profile } = useReference();
  const triageNames = useTriageNames();

  const sortable = (sort: CaseSort, label: string) => {
    const active = query.sort === sort;
    const next = active ? (query.order === 'asc' ? 'desc' : 'asc') : defaultOrder(sort);
    return (
      <th scope="col" aria-sort={active ? (query.order === 'asc' ? 'ascending' : 'descending') : 'none'}>
        <button
          type="button"
          className="sort"
          title={t('cases.sortHint')}
          onClick={() => onSort({ sort, order: next })}
        >
          {label}
          <span className="sort__icon" aria-hidden="true">
            {active ? (query.order === 'asc' ? '▲' : '▼') : '↕'}
          </span>
        </button>
      </th>
    );
  };

  if (items.length === 0) return <p className="empty">{t('cases.empty')}</p>;

  return (
    <div className="table-wrap" aria-busy={busy}>
      <table className="table">
        <thead>
          <tr>
            {sortable('caseNumber', t('cases.column.caseNumber'))}
            {sortable('name', t('cases.column.name'))}
            <th scope="col">{t('cases.column.nationalities')}</th>
            <th scope="col">{t('cases.column.office')}</th>
            {sortable('applicationDate', t('cases.column.applicationDate'))}
            <th scope="col" className="table__number">
              {t('cases.column.people')}
            </th>
            <th scope="col">{t('cases.column.status')}</th>
            {sortable('nextDeadline', t('cases.column.nextDeadline'))}
            {sortable('registeredAt', t('cases.column.registeredAt'))}
          </tr>
        </thead>
        <tbody>
          {items.map((c) => (
            <tr key={c.id}>
              <td className="table__nowrap">
                <Link href={paths.case(c.id)}>{c.caseNumber}</Link>
              </td>
              <td>{c.principalName}</td>
              <td>{c.nationalities.map(names.country).join(', ')}</td>
              <td className="table__nowrap">{c.office.city}</td>
              <td className="table__nowrap">{formatDate(c.applicationDate)}</td>
              <td className="table__number">{c.peopleCount}</td>
              <td>
                {t(`procedure.stages.${c.stage}`)}
                {c.sensitive && <span className="badge badge--danger">{t('access.sensitive')}</span>}
                {c.lateFiling && <span className="badge badge--warning">{t('cases.late')}</span>}
                {/* Only a track other than the regular one is worth a badge: the list stays readable. */}
                {c.track !== 'regular' && (
                  <span className="badge badge--track" title={triageNames.track(c.track)}>
                    {t(`triage.badge.${c.track}`)}
                  </span>
                )}
              </td>
              <td>
                <NextDeadlineCell deadline={c.nextDeadline} />
              </td>
              <td className="table__nowrap">{formatDateTime(c.registeredAt, profile.timeZone)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
