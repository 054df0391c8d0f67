import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IdentityReviewPair, IdentifiedPerson, LinkKind } from '@refugio/contract';
import { asFailure } from '../api/client';
import { bulkConfirmIdentityPairs, decideIdentityPair, fetchIdentityReviewQueue } from '../api/identity';
import { useApi } from '../api/useApi';
import { FailureNotice } from '../app/FailureNotice';
import { useDocumentTitle } from '../app/useDocumentTitle';
import { formatDate } from '../i18n/dates';
import { useNames } from '../i18n/useNames';
import { OutcomeNotice, type Outcome } from '../ui/OutcomeNotice';
import { Progress } from '../ui/Progress';
import { MatchExplanation } from './MatchExplanation';
import './identity.css';

const BATCH = 20;

/**
 * The supervisors' review queue: candidate pairs with the score and its explanation side by side,
 * confirmed or rejected one by one, or the obvious ones in bulk above a score the supervisor chooses
 * (sent in batches, with progress). A pair someone else decided meanwhile is reported, not overwritten.
 */
export function ReviewQueuePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('identity.review.title'));
  const [kind, setKind] = useState<LinkKind>('same_person');
  const queue = useApi(`identity-review:${kind}`, (signal) =>
    fetchIdentityReviewQueue({ kind, status: 'pending', pageSize: 200 }, signal),
  );
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [minScore, setMinScore] = useState('0.99');
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);

  const decide = (pair: IdentityReviewPair, decision: 'confirm' | 'reject') => {
    setBusy(pair.id);
    setOutcome(null);
    decideIdentityPair(pair.id, { decision, version: pair.version })
      .then(
        () =>
          setOutcome({
            tone: 'success',
            text: decision === 'confirm' ? t('identity.review.confirmed') : t('identity.review.rejected'),
          }),
        (error: unknown) => {
          const failure = asFailure(error);
          setOutcome({
            tone: 'error',
            text: failure.code === 'conflict' ? t('identity.review.conflict') : failure.message,
          });
        },
      )
      .finally(() => {
        setBusy(null);
        queue.reload();
      });
  };

  const threshold = Number(minScore);
  const obvious = (queue.data?.items ?? []).filter((p) => p.score >= threshold);
  const bulkConfirm = async () => {
    setOutcome(null);
    const total = obvious.length;
    let confirmed = 0;
    let conflicts = 0;
    setProgress({ done: 0, total });
    try {
      for (let i = 0; i < total; i += BATCH) {
        const batch = obvious.slice(i, i + BATCH);
        const { results } = await bulkConfirmIdentityPairs({
          minScore: threshold,
          pairs: batch.map((p) => ({ id: p.id, version: p.version })),
        });
        confirmed += results.filter((r) => r.outcome === 'confirmed').length;
        conflicts += results.filter((r) => r.outcome === 'conflict').length;
        setProgress({ done: Math.min(i + BATCH, total), total });
      }
      setOutcome({ tone: 'success', text: t('identity.review.bulkDone', { confirmed, total, conflicts }) });
    } catch (error) {
      setOutcome({ tone: 'error', text: asFailure(error).message });
    } finally {
      setProgress(null);
      queue.reload();
    }
  };

  return (
    <section className="page" aria-labelledby="identity-review-title">
      <h1 id="identity-review-title">{t('identity.review.title')}</h1>
      <p className="page__intro">{t('identity.review.intro')}</p>
      <label>
        {t('identity.review.kind')}{' '}
        <select value={kind} onChange={(e) => setKind(e.target.value as LinkKind)}>
          <option value="same_person">{t('identity.review.kinds.same_person')}</option>
          <option value="family">{t('identity.review.kinds.family')}</option>
        </select>
      </label>
      <OutcomeNotice outcome={outcome} />
      {queue.error && <FailureNotice failure={queue.error} onRetry={queue.reload} />}
      {!queue.data && queue.loading && <Progress label={t('app.loading')} />}
      {queue.data && kind === 'same_person' && queue.data.items.length > 0 && (
        <div className="identity-review__bulk">
          <label>
            {t('identity.review.bulkScore')}{' '}
            <select value={minScore} onChange={(e) => setMinScore(e.target.value)}>
              {['0.999', '0.99', '0.98', '0.95'].map((s) => (
                <option key={s} value={s}>
                  {`${(Number(s) * 100).toFixed(1)} %`}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            className="button button--primary"
            disabled={obvious.length === 0 || progress !== null}
            onClick={() => void bulkConfirm()}
          >
            {t('identity.review.bulkButton', { count: obvious.length })}
          </button>
          {progress && (
            <>
              <progress max={progress.total} value={progress.done} />
              <Progress label={t('identity.review.bulkProgress', progress)} />
            </>
          )}
        </div>
      )}
      {queue.data &&
        (queue.data.items.length === 0 ? (
          <p className="empty">{t('identity.review.empty')}</p>
        ) : (
          <>
            <p>{t('identity.review.total', { count: queue.data.total })}</p>
            <ul className="identity-links">
              {queue.data.items.map((pair) => (
                <li key={pair.id} className="identity-review__pair">
                  <PersonCard title={t('identity.review.recordA')} person={pair.a} />
                  <PersonCard title={t('identity.review.recordB')} person={pair.b} />
                  <div>
                    <p className="identity-candidate__score">
                      {t('identity.candidates.score', { percent: Math.round(pair.score * 100) })}
                    </p>
                    <MatchExplanation fields={pair.fields} />
                    <div className="identity-candidate__actions">
                      <button
                        type="button"
                        className="button button--primary"
                        disabled={busy === pair.id}
                        onClick={() => decide(pair, 'confirm')}
                      >
                        {t('identity.review.confirm')}
                      </button>
                      <button
                        type="button"
                        className="button button--secondary"
                        disabled={busy === pair.id}
                        onClick={() => decide(pair, 'reject')}
                      >
                        {t('identity.review.reject')}
                      </button>
                    </div>
                  </div>
                </li>
              ))}
            </ul>
          </>
        ))}
    </section>
  );
}

function PersonCard({ title, person }: { title: string; person: IdentifiedPerson }) {
  const { t } = useTranslation();
  const names = useNames();
  return (
    <div className="identity-candidate__who">
      <span className="hint">{title}</span>
      <strong>
        {[person.givenNames, person.firstSurname, person.secondSurname].filter(Boolean).join(' ')}
      </strong>
      <span>
        {t('identity.candidates.born', { date: person.birthDate ? formatDate(person.birthDate) : '—' })}
      </span>
      <span>{person.nationalities.map(names.country).join(', ')}</span>
      <span>
        {t('identity.candidates.caseAt', { caseNumber: person.caseNumber, office: person.officeName })}
      </span>
    </div>
  );
}
