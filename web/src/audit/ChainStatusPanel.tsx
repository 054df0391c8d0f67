import { useTranslation } from 'react-i18next';
import { getAuditChainStatus } from '../api/audit';
import { useApi } from '../api/useApi';
import { FailureNotice } from '../app/FailureNotice';
import { formatDateTime } from '../i18n/dates';
import { Progress } from '../ui/Progress';

/** The hash chain as last sealed: what an auditor records elsewhere to check the log later. */
export function ChainStatusPanel({ timeZone }: { timeZone: string }) {
  const { t } = useTranslation();
  const status = useApi('audit-chain', (signal) => getAuditChainStatus(signal));
  const data = status.data;
  return (
    <section className="panel" aria-labelledby="audit-chain-title">
      <h2 id="audit-chain-title">{t('audit.chain.title')}</h2>
      {status.error && <FailureNotice failure={status.error} onRetry={status.reload} />}
      {status.loading && !data && <Progress label={t('app.loading')} />}
      {data && (
        <dl className="audit-chain">
          <dt>{t('audit.chain.sealed')}</dt>
          <dd>{data.sealedCount}</dd>
          <dt>{t('audit.chain.unsealed')}</dt>
          <dd>{data.unsealedCount}</dd>
          <dt>{t('audit.chain.lastSealed')}</dt>
          <dd>{data.lastSealedAt ? formatDateTime(data.lastSealedAt, timeZone) : t('audit.chain.never')}</dd>
          <dt>{t('audit.chain.head')}</dt>
          <dd>
            <code className="audit-chain__hash">{data.headHash ?? '—'}</code>
          </dd>
        </dl>
      )}
      <p className="field__hint">{t('audit.chain.hint')}</p>
    </section>
  );
}
