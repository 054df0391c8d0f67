import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import type { QualitySampleView } from '@refugio/contract';
import { assignQualitySample, openQualityReview } from '../api/quality';
import { asFailure, type ApiFailure } from '../api/client';
import { FailureNotice } from '../app/FailureNotice';
import { paths } from '../app/paths';
import { formatDate } from '../i18n/dates';
import { qualityReviewPath } from './paths';

/** One sampled decision: why it was drawn, who reviews it, and the review. */
export function SampleRow({ sample, onChanged }: { sample: QualitySampleView; onChanged: () => void }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [reviewerId, setReviewerId] = useState(sample.reviewerCandidates[0]?.id ?? '');
  const [failure, setFailure] = useState<ApiFailure | undefined>();
  const [busy, setBusy] = useState(false);
  const run = <T,>(request: Promise<T>, then: (result: T) => void) => {
    setBusy(true);
    setFailure(undefined);
    request.then(
      (result) => {
        setBusy(false);
        then(result);
      },
      (e: unknown) => {
        setBusy(false);
        setFailure(asFailure(e));
      },
    );
  };
  const reason =
    sample.reason === 'risk'
      ? `${t('quality.reasons.risk')}: ${sample.riskIndicators.map((r) => t(`quality.risk.${r}`)).join(', ')}`
      : t('quality.reasons.random');
  const selectId = `assign-${sample.id}`;

  return (
    <tr>
      <td>
        <Link href={paths.case(sample.caseId)}>{sample.caseNumber}</Link>
      </td>
      <td>{sample.decisionIssuedOn ? formatDate(sample.decisionIssuedOn) : '—'}</td>
      <td>{sample.author?.name ?? '—'}</td>
      <td>{reason}</td>
      <td>
        {sample.reviewer?.name ??
          (sample.reviewerCandidates.length > 0 ? (
            <span className="inline-form">
              <label htmlFor={selectId} className="visually-hidden">
                {t('quality.draws.assignTo')}
              </label>
              <select id={selectId} value={reviewerId} onChange={(e) => setReviewerId(e.target.value)}>
                {sample.reviewerCandidates.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>{' '}
              <button
                type="button"
                className="button button--secondary"
                disabled={busy}
                onClick={() =>
                  run(assignQualitySample(sample.id, { version: sample.version, reviewerId }), onChanged)
                }
              >
                {t('quality.draws.assign')}
              </button>
            </span>
          ) : (
            '—'
          ))}
      </td>
      <td>{t(`quality.sampleStatus.${sample.status}`)}</td>
      <td>
        {sample.canReview ? (
          <button
            type="button"
            className="button button--primary"
            disabled={busy}
            onClick={() =>
              run(openQualityReview(sample.id), (review) => navigate(qualityReviewPath(review.id)))
            }
          >
            {t('quality.draws.open')}
          </button>
        ) : (
          sample.reviewId && <Link href={qualityReviewPath(sample.reviewId)}>{t('quality.draws.view')}</Link>
        )}
        {failure && <FailureNotice failure={failure} />}
      </td>
    </tr>
  );
}
