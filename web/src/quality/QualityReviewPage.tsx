import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import {
  SaveQualityReviewInput,
  qualityIndicators,
  qualityRatings,
  type QualityReviewView,
} from '@refugio/contract';
import { getQualityReview, saveQualityReview } from '../api/quality';
import { useApi } from '../api/useApi';
import { FailureNotice } from '../app/FailureNotice';
import { useDocumentTitle } from '../app/useDocumentTitle';
import { Notice } from '../ui/Notice';
import { OutcomeNotice, type Outcome } from '../ui/OutcomeNotice';
import { Progress } from '../ui/Progress';
import { SelectField } from '../ui/SelectField';
import { TextAreaField } from '../ui/TextAreaField';
import { SubmitButton } from '../ui/FormButtons';
import { FormFailure } from '../ui/FormFailure';
import { useFormSubmission } from '../ui/useFormSubmission';
import { qualityPath } from './paths';

/** The second reading of a sampled decision: each indicator rated, a comment for a deficiency. */
export function QualityReviewPage({ params }: { params: Record<string, string | undefined> }) {
  const { t } = useTranslation();
  const id = params.id ?? '';
  const review = useApi(`quality-review:${id}`, (signal) => getQualityReview(id, signal));
  // Kept here: the form starts afresh from each saved version.
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  useDocumentTitle(
    review.data
      ? t('quality.review.title', { caseNumber: review.data.sample.caseNumber })
      : t('quality.title'),
  );

  return (
    <section className="page" aria-labelledby="quality-review-title">
      <p className="breadcrumb">
        <Link href={qualityPath}>← {t('quality.review.back')}</Link>
      </p>
      <h1 id="quality-review-title">
        {review.data
          ? t('quality.review.title', { caseNumber: review.data.sample.caseNumber })
          : t('quality.title')}
      </h1>
      {review.error && <FailureNotice failure={review.error} onRetry={review.reload} />}
      {review.loading && !review.data && <Progress label={t('app.loading')} />}
      <OutcomeNotice outcome={outcome} />
      {review.data && (
        <ReviewForm
          key={review.data.version}
          review={review.data}
          onOutcome={setOutcome}
          onSaved={review.replace}
          onConflict={review.reload}
        />
      )}
    </section>
  );
}

function ReviewForm({
  review,
  onOutcome: setOutcome,
  onSaved,
  onConflict,
}: {
  review: QualityReviewView;
  onOutcome: (outcome: Outcome | null) => void;
  onSaved: (review: QualityReviewView) => void;
  onConflict: () => void;
}) {
  const { t } = useTranslation();
  const { form, saving, failure, error, refuse, send } = useFormSubmission({
    onConflict: () => {
      setOutcome({ tone: 'error', text: t('quality.review.conflict') });
      onConflict();
    },
  });
  const initial = Object.fromEntries(review.scores.map((s) => [s.indicatorId, s]));
  const [ratings, setRatings] = useState<Record<string, string>>(() =>
    Object.fromEntries(qualityIndicators.map((i) => [i.id, initial[i.id]?.rating ?? ''])),
  );
  const [notes, setNotes] = useState<Record<string, string>>(() =>
    Object.fromEntries(qualityIndicators.map((i) => [i.id, initial[i.id]?.comment ?? ''])),
  );
  const [comments, setComments] = useState(review.comments);
  // Which button submitted: read in the submit handler, before React re-renders.
  const complete = useRef(false);
  const readOnly = !review.canEdit;
  const rated = qualityIndicators.filter((i) => ratings[i.id] !== '');
  // Field errors come by position in the list sent; show them by indicator.
  const errorOf = (indicatorId: string, field: 'rating' | 'comment') => {
    const index = rated.findIndex((i) => i.id === indicatorId);
    return (
      (index >= 0 ? error(`scores.${index}.${field}`) : undefined) ??
      (field === 'rating' ? error(`scores.${indicatorId}`) : undefined)
    );
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = {
      version: review.version,
      comments,
      scores: rated.map((i) => ({ indicatorId: i.id, rating: ratings[i.id], comment: notes[i.id] ?? '' })),
    };
    const parsed = SaveQualityReviewInput.safeParse(input);
    if (!parsed.success) return refuse(parsed.error.issues);
    const completing = complete.current;
    send(saveQualityReview(review.id, parsed.data, completing), (saved) => {
      setOutcome({
        tone: 'success',
        text: completing ? t('quality.review.completed') : t('quality.review.saved'),
      });
      onSaved(saved);
    });
  };

  const ratingOptions = qualityRatings.map((r) => ({ value: r, label: t(`quality.ratings.${r}`) }));
  const areas = [...new Set(qualityIndicators.map((i) => i.area))];
  return (
    <form ref={form} className="stacked-form" onSubmit={submit} noValidate aria-busy={saving}>
      {readOnly && review.status === 'completed' && (
        <Notice tone="info">
          <p>{t('quality.review.completedOn')}</p>
        </Notice>
      )}
      <FormFailure failure={failure} />
      {areas.map((area) => (
        <fieldset key={area} className="panel" disabled={readOnly}>
          <legend>{t(`quality.review.areas.${area}`)}</legend>
          {qualityIndicators
            .filter((i) => i.area === area)
            .map((i) => (
              <div key={i.id} className="form-row">
                <SelectField
                  id={`rating-${i.id}`}
                  label={t(`quality.indicators.${i.id}`)}
                  value={ratings[i.id] ?? ''}
                  onValueChange={(v) => setRatings((r) => ({ ...r, [i.id]: v }))}
                  options={ratingOptions}
                  placeholder=""
                  error={errorOf(i.id, 'rating')}
                />
                <TextAreaField
                  id={`comment-${i.id}`}
                  label={`${t('quality.review.comment')} · ${t(`quality.indicators.${i.id}`)}`}
                  value={notes[i.id] ?? ''}
                  onValueChange={(v) => setNotes((n) => ({ ...n, [i.id]: v }))}
                  rows={2}
                  maxLength={4000}
                  required={ratings[i.id] === 'minor' || ratings[i.id] === 'significant'}
                  error={errorOf(i.id, 'comment')}
                />
              </div>
            ))}
        </fieldset>
      ))}
      <TextAreaField
        id="quality-comments"
        label={t('quality.review.comments')}
        value={comments}
        onValueChange={setComments}
        rows={4}
        maxLength={20000}
      />
      {!readOnly && (
        <div className="form-buttons">
          <span onClickCapture={() => (complete.current = false)}>
            <SubmitButton label={t('quality.review.save')} saving={saving} />
          </span>
          <span onClickCapture={() => (complete.current = true)}>
            <SubmitButton label={t('quality.review.complete')} saving={saving} />
          </span>
        </div>
      )}
    </form>
  );
}
