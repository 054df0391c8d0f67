import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearch } from 'wouter';
import { listCases } from '../api/endpoints';
import { useApi } from '../api/useApi';
import { FailureNotice } from '../app/FailureNotice';
import { paths } from '../app/paths';
import { can, useMe } from '../session/SessionContext';
import { Progress } from '../ui/Progress';
import { CaseFilters } from './CaseFilters';
import { CaseTable } from './CaseTable';
import { Pagination } from './Pagination';
import { readListQuery, toApiQuery, writeListQuery, type ListQuery } from './caseListQuery';
import { useDocumentTitle } from '../app/useDocumentTitle';

export function CaseListPage() {
  const { t } = useTranslation();
  const me = useMe();
  const search = useSearch();
  const [, navigate] = useLocation();
  useDocumentTitle(t('cases.title'));
  const query = readListQuery(search);
  const key = writeListQuery(query);
  const cases = useApi(`cases?${key}`, (signal) => listCases(toApiQuery(query), signal));

  const update = (change: Partial<ListQuery>) => {
    // Any change other than paging starts again from the first page.
    const next = { ...query, page: 1, ...change };
    const qs = writeListQuery(next);
    navigate(qs ? `${paths.cases}?${qs}` : paths.cases);
  };

  return (
    <section className="page" aria-labelledby="cases-title">
      <div className="page__heading">
        <h1 id="cases-title">{t('cases.title')}</h1>
        {can(me, 'case.register') && (
          <Link href={paths.register} className="button button--primary">
            {t('cases.register')}
          </Link>
        )}
      </div>
      <CaseFilters query={query} onChange={update} />
      <div className="list-status">
        {cases.data && <p className="list-status__count">{t('cases.count', { count: cases.data.total })}</p>}
        {cases.loading && <Progress label={t('app.loading')} />}
      </div>
      {cases.error && <FailureNotice failure={cases.error} onRetry={cases.reload} />}
      {cases.data && (
        <>
          <CaseTable items={cases.data.items} query={query} onSort={update} busy={cases.loading} />
          <Pagination
            page={query.page}
            pageSize={query.pageSize}
            total={cases.data.total}
            onPage={(page) => update({ page })}
            onPageSize={(pageSize) => update({ pageSize })}
          />
        </>
      )}
    </section>
  );
}
