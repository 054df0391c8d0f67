import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listBreakGlass } from '../api/access';
import { useApi } from '../api/useApi';
import { FailureNotice } from '../app/FailureNotice';
import { useDocumentTitle } from '../app/useDocumentTitle';
import { OutcomeNotice, type Outcome } from '../ui/OutcomeNotice';
import { Progress } from '../ui/Progress';
import { SelectField } from '../ui/SelectField';
import { BreakGlassReviewRow } from './BreakGlassReviewRow';

const statuses = ['unreviewed', 'reviewed', 'all'] as const;
type Status = (typeof statuses)[number];

/** The uses of emergency access a supervisor or administrator reviews, unreviewed first. */
export function BreakGlassReviewPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('access.review.title'));
  const [status, setStatus] = useState<Status>('unreviewed');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const list = useApi(`break-glass:${status}`, (signal) => listBreakGlass({ status }, signal));
  const reviewed = () => {
    setOutcome({ tone: 'success', text: t('access.review.done') });
    list.reload();
  };

  return (
    <section className="page" aria-labelledby="break-glass-title">
      <div className="page__heading">
        <h1 id="break-glass-title">{t('access.review.title')}</h1>
      </div>
      <SelectField
        id="break-glass-status"
        label={t('access.review.status')}
        value={status}
        onValueChange={(value) => setStatus(statuses.find((s) => s === value) ?? 'unreviewed')}
        options={statuses.map((s) => ({ value: s, label: t(`access.review.statusOption.${s}`) }))}
        className="field--inline"
      />
      <OutcomeNotice outcome={outcome} />
      {list.error ? (
        <FailureNotice failure={list.error} onRetry={list.reload} />
      ) : !list.data ? (
        <Progress label={t('app.loading')} />
      ) : list.data.items.length === 0 ? (
        <p className="muted">{t('access.review.empty')}</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('access.review.user')}</th>
              <th scope="col">{t('access.review.case')}</th>
              <th scope="col">{t('access.review.reason')}</th>
              <th scope="col">{t('access.review.granted')}</th>
              <th scope="col">{t('access.review.expires')}</th>
              <th scope="col">{t('access.review.uses')}</th>
              <th scope="col">{t('access.review.outcome')}</th>
            </tr>
          </thead>
          <tbody>
            {list.data.items.map((grant) => (
              <BreakGlassReviewRow key={grant.id} grant={grant} onReviewed={reviewed} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
