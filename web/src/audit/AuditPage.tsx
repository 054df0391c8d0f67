import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntryView } from '@refugio/contract';
import { auditExportUrl, getAuditFilterOptions, searchAudit } from '../api/audit';
import { asFailure, type ApiFailure } from '../api/client';
import { useApi } from '../api/useApi';
import { FailureNotice } from '../app/FailureNotice';
import { useDocumentTitle } from '../app/useDocumentTitle';
import { Progress } from '../ui/Progress';
import { AuditEntryTable } from './AuditEntryTable';
import { AuditFiltersForm, filtersOf, noAuditFilters, type AuditFilterValues } from './AuditFiltersForm';
import { ChainStatusPanel } from './ChainStatusPanel';
import './audit.css';

const PAGE = 50;

interface LoadedMore {
  /** The search these pages belong to. */
  key: string;
  entries: AuditEntryView[];
  cursor: string | null;
}

/** The auditor's view of the audit log: search by user, case, action and period; export; chain status. */
export function AuditPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('audit.title'));
  const options = useApi('audit-filters', (signal) => getAuditFilterOptions(signal));
  const [applied, setApplied] = useState<AuditFilterValues>(noAuditFilters);
  const filters = filtersOf(applied);
  const key = JSON.stringify(filters);
  const first = useApi(options.data ? key : null, (signal) =>
    searchAudit({ ...filters, limit: PAGE }, signal),
  );
  const [more, setMore] = useState<LoadedMore | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<ApiFailure | null>(null);
  const timeZone = options.data?.timeZone ?? 'UTC';

  const current = more?.key === key ? more : null;
  const entries = [...(first.data?.entries ?? []), ...(current?.entries ?? [])];
  const cursor = current ? current.cursor : (first.data?.nextCursor ?? null);

  const loadMore = async () => {
    if (!cursor) return;
    setLoadingMore(true);
    setMoreError(null);
    try {
      const page = await searchAudit({ ...filters, limit: PAGE, before: cursor });
      setMore({ key, entries: [...(current?.entries ?? []), ...page.entries], cursor: page.nextCursor });
    } catch (error) {
      setMoreError(asFailure(error));
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <section className="page" aria-labelledby="audit-title">
      <div className="page__heading">
        <h1 id="audit-title">{t('audit.title')}</h1>
        <a className="button button--secondary" href={auditExportUrl(filters)} download>
          {t('audit.export')}
        </a>
      </div>
      <p className="page__intro">{t('audit.intro')}</p>
      {options.error && <FailureNotice failure={options.error} onRetry={options.reload} />}
      {options.data && <ChainStatusPanel timeZone={timeZone} />}
      {options.data && <AuditFiltersForm options={options.data} applied={applied} onApply={setApplied} />}
      <section aria-labelledby="audit-entries-title">
        <h2 id="audit-entries-title">{t('audit.table.title')}</h2>
        {first.error && <FailureNotice failure={first.error} onRetry={first.reload} />}
        {first.loading && <Progress label={t('app.loading')} />}
        {first.data && entries.length === 0 && <p>{t('audit.table.empty')}</p>}
        {entries.length > 0 && <AuditEntryTable entries={entries} timeZone={timeZone} />}
        {first.data && entries.length > 0 && (
          <p className="field__hint">{t('audit.table.shown', { n: entries.length })}</p>
        )}
        {moreError && <FailureNotice failure={moreError} onRetry={() => void loadMore()} />}
        {first.data && cursor && (
          <button
            type="button"
            className="button button--secondary"
            disabled={loadingMore}
            onClick={() => void loadMore()}
          >
            {loadingMore ? t('app.loading') : t('audit.table.loadMore')}
          </button>
        )}
      </section>
    </section>
  );
}
