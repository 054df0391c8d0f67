import { useTranslation } from 'react-i18next';
import { useLocation, useSearch } from 'wouter';
import { getDeadlineDashboard } from '../api/endpoints';
import { useApi } from '../api/useApi';
import { FailureNotice } from '../app/FailureNotice';
import { paths } from '../app/paths';
import { useDocumentTitle } from '../app/useDocumentTitle';
import { Pagination } from '../cases/Pagination';
import { formatDate } from '../i18n/dates';
import { useMe } from '../session/SessionContext';
import { Progress } from '../ui/Progress';
import { DeadlineBreakdown } from './DeadlineBreakdown';
import { DeadlineCounts } from './DeadlineCounts';
import { DeadlineFilters } from './DeadlineFilters';
import { DeadlineItems } from './DeadlineItems';
import {
  readDashboardQuery,
  toDashboardApiQuery,
  writeDashboardQuery,
  type DashboardQuery,
} from './dashboardQuery';

/** Which time limits are overdue, due soon or suspended, counted and listed for the officer's scope. */
export function DeadlineDashboardPage() {
  const { t } = useTranslation();
  const me = useMe();
  const search = useSearch();
  const [, navigate] = useLocation();
  useDocumentTitle(t('dashboard.title'));
  const query = readDashboardQuery(search);
  const key = writeDashboardQuery(query);
  const dashboard = useApi(`deadlines?${key}`, (signal) =>
    getDeadlineDashboard(toDashboardApiQuery(query), signal),
  );
  // Only administrators work across offices (server/src/access/policy.ts); the server scopes the rest.
  const officeFilter = me.user.role === 'administrator';

  const update = (change: Partial<DashboardQuery>) => {
    // Any change other than paging starts again from the first page.
    const qs = writeDashboardQuery({ ...query, page: 1, ...change });
    navigate(qs ? `${paths.deadlines}?${qs}` : paths.deadlines);
  };
  const d = dashboard.data;

  return (
    <section className="page" aria-labelledby="dashboard-title">
      <div className="page__heading">
        <h1 id="dashboard-title">{t('dashboard.title')}</h1>
      </div>
      {d && (
        <p className="page__intro">
          {t('dashboard.today', { today: formatDate(d.today), until: formatDate(d.dueSoonUntil) })}
        </p>
      )}
      <DeadlineFilters query={query} onChange={update} officeFilter={officeFilter} />
      {dashboard.error && <FailureNotice failure={dashboard.error} onRetry={dashboard.reload} />}
      {!d && dashboard.loading && <Progress label={t('app.loading')} className="progress--page" />}
      {d && (
        <>
          <DeadlineCounts totals={d.totals} status={query.status} onStatus={(status) => update({ status })} />
          <DeadlineBreakdown dashboard={d} officeFilter={officeFilter} onFilter={update} />
          <section aria-labelledby="dashboard-items-title">
            <h2 id="dashboard-items-title">{t('dashboard.items')}</h2>
            <div className="list-status">
              <p className="list-status__count">{t('dashboard.count', { count: d.total })}</p>
              {dashboard.loading && <Progress label={t('app.loading')} />}
            </div>
            <DeadlineItems items={d.items} busy={dashboard.loading} />
            <Pagination
              page={query.page}
              pageSize={query.pageSize}
              total={d.total}
              onPage={(page) => update({ page })}
              onPageSize={(pageSize) => update({ pageSize })}
            />
          </section>
        </>
      )}
    </section>
  );
}
