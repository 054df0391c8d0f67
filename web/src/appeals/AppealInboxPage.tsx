import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearch } from 'wouter';
import { AppealStatus, appealStatuses } from '@refugio/contract';
import { listAppealInbox } from '../api/appeals';
import { useApi } from '../api/useApi';
import { FailureNotice } from '../app/FailureNotice';
import { paths } from '../app/paths';
import { useDocumentTitle } from '../app/useDocumentTitle';
import { formatDate } from '../i18n/dates';
import { Progress } from '../ui/Progress';
import { SelectField } from '../ui/SelectField';

export const appealInboxPath = '/appeals';

/** Appeals by status (lodged: those awaiting a decision), oldest first; each opens its case file. */
export function AppealInboxPage() {
  const { t } = useTranslation();
  const search = useSearch();
  const [, navigate] = useLocation();
  useDocumentTitle(t('appeals.inbox.title'));
  const parsed = AppealStatus.safeParse(new URLSearchParams(search).get('status') ?? undefined);
  const status = parsed.success ? parsed.data : 'lodged';
  const inbox = useApi(`appeal-inbox:${status}`, (signal) => listAppealInbox(status, signal));
  const options = appealStatuses.map((s) => ({ value: s, label: t(`appeals.status.${s}`) }));
  const items = inbox.data?.items ?? [];

  return (
    <section className="page" aria-labelledby="appeal-inbox-title">
      <div className="page__heading">
        <h1 id="appeal-inbox-title">{t('appeals.inbox.title')}</h1>
      </div>
      <p className="page__intro">{t('appeals.inbox.intro')}</p>
      <div className="list-status">
        <SelectField
          id="appeal-inbox-status"
          label={t('appeals.inbox.status')}
          value={status}
          options={options}
          onValueChange={(next) =>
            navigate(next === 'lodged' ? appealInboxPath : `${appealInboxPath}?status=${next}`)
          }
        />
      </div>
      {inbox.error && <FailureNotice failure={inbox.error} onRetry={inbox.reload} />}
      {inbox.loading && !inbox.data && <Progress label={t('app.loading')} />}
      {inbox.data && items.length === 0 && <p className="empty">{t('appeals.inbox.empty')}</p>}
      {items.length > 0 && (
        <div className="table-wrap" aria-busy={inbox.loading}>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('appeals.inbox.caseNumber')}</th>
                <th scope="col">{t('appeals.inbox.office')}</th>
                <th scope="col">{t('appeals.inbox.filedOn')}</th>
                <th scope="col">{t('appeals.inbox.timeliness')}</th>
                <th scope="col">{t('appeals.inbox.decisionOutcome')}</th>
                <th scope="col">{t('appeals.inbox.outcome')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.id}>
                  <td>
                    <Link href={paths.case(item.caseId)}>{item.caseNumber}</Link>
                  </td>
                  <td>{item.office.code}</td>
                  <td>{formatDate(item.filedOn)}</td>
                  <td>{t(`appeals.timeliness.${item.timeliness}`)}</td>
                  <td>{item.decisionOutcome ? t(`procedure.outcomes.${item.decisionOutcome}`) : '—'}</td>
                  <td>
                    {item.outcome
                      ? `${t(`procedure.outcomes.${item.outcome}`)} · ${item.decidedOn ? formatDate(item.decidedOn) : ''}`
                      : '—'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
