import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RetentionDueReport } from '@refugio/contract';
import { getRetentionDue, listDisposals, listLegalHolds, runRetention } from '../api/retention';
import { useApi } from '../api/useApi';
import { asFailure, type ApiFailure } from '../api/client';
import { FailureNotice } from '../app/FailureNotice';
import { useDocumentTitle } from '../app/useDocumentTitle';
import { formatDate, formatDateTime } from '../i18n/dates';
import { useReference } from '../app/ReferenceContext';
import { CheckboxField } from '../ui/CheckboxField';
import { OutcomeNotice, type Outcome } from '../ui/OutcomeNotice';
import { Progress } from '../ui/Progress';
import { DisposalLog, HoldsInForce } from './DisposalLog';
import { SchedulesSection } from './SchedulesSection';

/** Cases disposed of per request: the page asks again until none is left. */
const SLICE = 50;

/**
 * The administrator's retention page: what is due (a dry run, changing nothing), a confirmed run,
 * the legal holds in force, the disposal log and the retention periods.
 */
export function RetentionPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('retention.title'));
  const due = useApi('retention-due', (signal) => getRetentionDue(signal));
  const holds = useApi('retention-holds', (signal) => listLegalHolds(signal));
  const log = useApi('retention-disposals', (signal) => listDisposals(signal));
  const [confirmed, setConfirmed] = useState(false);
  const [running, setRunning] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [failure, setFailure] = useState<ApiFailure | undefined>();

  const run = async () => {
    setOutcome(null);
    setFailure(undefined);
    if (!confirmed) return setOutcome({ tone: 'error', text: t('retention.due.confirmFirst') });
    setRunning(true);
    let disposed = 0;
    let remaining: number;
    try {
      // One slice per request, each case in its own transaction on the server.
      for (;;) {
        const result = await runRetention(SLICE);
        disposed += result.disposedCases;
        remaining = result.remainingCases;
        if (remaining === 0 || result.disposedCases === 0) break;
      }
      setOutcome({ tone: 'success', text: t('retention.due.done', { count: disposed, remaining }) });
    } catch (e: unknown) {
      setFailure(asFailure(e));
    } finally {
      setRunning(false);
      setConfirmed(false);
      due.reload();
      log.reload();
    }
  };

  return (
    <section className="page" aria-labelledby="retention-title">
      <h1 id="retention-title">{t('retention.title')}</h1>
      <p className="page__intro">{t('retention.intro')}</p>
      <section className="panel" aria-labelledby="due-title">
        <h2 id="due-title">{t('retention.due.title')}</h2>
        {due.error && <FailureNotice failure={due.error} onRetry={due.reload} />}
        {!due.data && due.loading && <Progress label={t('app.loading')} />}
        <OutcomeNotice outcome={outcome} />
        {failure && <FailureNotice failure={failure} />}
        {due.data && (
          <DueList
            report={due.data}
            confirmed={confirmed}
            onConfirm={setConfirmed}
            running={running}
            onRun={() => void run()}
          />
        )}
      </section>
      {holds.data && <HoldsInForce holds={holds.data} />}
      {log.data && <DisposalLog log={log.data} />}
      <SchedulesSection onChanged={due.reload} />
    </section>
  );
}

function DueList(props: {
  report: RetentionDueReport;
  confirmed: boolean;
  onConfirm: (value: boolean) => void;
  running: boolean;
  onRun: () => void;
}) {
  const { t } = useTranslation();
  const { profile } = useReference();
  const { report } = props;
  const anything = report.totalCases > 0 || report.records.some((r) => r.count > 0);
  return (
    <>
      <p>
        {t('retention.due.asOf', { date: formatDate(report.asOf) })}.{' '}
        {t('retention.due.summary', { count: report.totalCases, held: report.heldCases })}
      </p>
      {report.cases.length === 0 ? (
        <p className="empty">{t('retention.due.none')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('retention.due.caseNumber')}</th>
                <th scope="col">{t('retention.due.recordType')}</th>
                <th scope="col">{t('retention.due.closedOn')}</th>
                <th scope="col">{t('retention.due.dueOn')}</th>
              </tr>
            </thead>
            <tbody>
              {report.cases.map((c) => (
                <tr key={c.caseId}>
                  <td>{c.caseNumber}</td>
                  <td>{t(`retention.recordTypes.${c.recordType}`)}</td>
                  <td>{formatDate(c.triggerDate)}</td>
                  <td>{formatDate(c.dueOn)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h3>{t('retention.due.records')}</h3>
      <ul>
        {report.records.map((r) => (
          <li key={r.recordType}>
            {t(`retention.recordTypes.${r.recordType}`)}:{' '}
            {t('retention.due.recordsCount', {
              count: r.count,
              date: formatDateTime(r.before, profile.timeZone),
            })}
          </li>
        ))}
      </ul>
      {anything && (
        <div className="stacked-form">
          <CheckboxField
            id="retention-confirm"
            label={t('retention.due.confirmLabel')}
            checked={props.confirmed}
            onCheckedChange={props.onConfirm}
          />
          <button
            type="button"
            className="button button--primary"
            onClick={props.onRun}
            disabled={props.running}
            aria-busy={props.running}
          >
            {t('retention.due.run')}
          </button>
        </div>
      )}
    </>
  );
}
