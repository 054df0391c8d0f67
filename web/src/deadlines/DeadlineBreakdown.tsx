import { useTranslation } from 'react-i18next';
import type { DeadlineDashboard } from '@refugio/contract';
import { countKeys } from './DeadlineCounts';
import type { DashboardQuery } from './dashboardQuery';

interface Row {
  key: string;
  name: string;
  counts: DeadlineDashboard['totals'];
  /** What choosing one of its counts filters the table by; none when the table cannot be. */
  filter?: Partial<DashboardQuery>;
}

function BreakdownTable(props: {
  id: string;
  title: string;
  nameColumn: string;
  rows: Row[];
  onFilter: (change: Partial<DashboardQuery>) => void;
}) {
  const { id, title, nameColumn, rows, onFilter } = props;
  const { t } = useTranslation();
  return (
    <section className="panel breakdown" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <table className="table table--compact">
        <thead>
          <tr>
            <th scope="col">{nameColumn}</th>
            {countKeys.map(([, key]) => (
              <th key={key} scope="col" className="table__number">
                {t(`dashboard.column.${key}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.name}</th>
              {countKeys.map(([status, key]) => {
                const count = row.counts[key];
                const { filter } = row;
                return (
                  <td key={key} className="table__number">
                    {filter && count > 0 ? (
                      <button
                        type="button"
                        className="link-button"
                        aria-label={t('dashboard.filterBy', {
                          status: t(`dashboard.totals.${key}`),
                          name: row.name,
                          count,
                        })}
                        onClick={() => onFilter({ ...filter, status })}
                      >
                        {count}
                      </button>
                    ) : (
                      count
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** The counts by office, by stage and by officer; a count filters the table where the API can. */
export function DeadlineBreakdown({
  dashboard,
  officeFilter,
  onFilter,
}: {
  dashboard: DeadlineDashboard;
  officeFilter: boolean;
  onFilter: (change: Partial<DashboardQuery>) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="breakdowns">
      <BreakdownTable
        id="dashboard-by-office"
        title={t('dashboard.byOffice')}
        nameColumn={t('dashboard.column.office')}
        onFilter={onFilter}
        rows={dashboard.byOffice.map(({ office, ...counts }) => ({
          key: office.id,
          name: office.name,
          counts,
          filter: officeFilter ? { officeId: office.id } : undefined,
        }))}
      />
      <BreakdownTable
        id="dashboard-by-stage"
        title={t('dashboard.byStage')}
        nameColumn={t('dashboard.column.stage')}
        onFilter={onFilter}
        rows={dashboard.byStage.map(({ stage, ...counts }) => ({
          key: stage,
          name: t(`procedure.stages.${stage}`),
          counts,
          filter: { stage },
        }))}
      />
      <BreakdownTable
        id="dashboard-by-officer"
        title={t('dashboard.byOfficer')}
        nameColumn={t('dashboard.column.officer')}
        onFilter={onFilter}
        rows={dashboard.byOfficer.map(({ officer, ...counts }) => ({
          key: officer?.id ?? 'unassigned',
          name: officer?.name ?? t('dashboard.unassigned'),
          counts,
        }))}
      />
    </div>
  );
}
