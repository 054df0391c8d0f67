import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { breakGlassOutcomes, type BreakGlassGrantView } from '@refugio/contract';
import { reviewBreakGlass } from '../api/access';
import { useReference } from '../app/ReferenceContext';
import { paths } from '../app/paths';
import { formatDateTime } from '../i18n/dates';
import { FormFailure } from '../ui/FormFailure';
import { SelectField } from '../ui/SelectField';
import { TextField } from '../ui/TextField';
import { useFormSubmission } from '../ui/useFormSubmission';

/** One use of emergency access: who, which case, why, how often used, and its review (or the form). */
export function BreakGlassReviewRow({
  grant,
  onReviewed,
}: {
  grant: BreakGlassGrantView;
  onReviewed: () => void;
}) {
  const { t } = useTranslation();
  const { profile } = useReference();
  const [outcome, setOutcome] = useState('');
  const [note, setNote] = useState('');
  const { form, saving, failure, error, send, refuse } = useFormSubmission({ onConflict: onReviewed });
  const when = (instant: string) => formatDateTime(instant, profile.timeZone);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const chosen = breakGlassOutcomes.find((o) => o === outcome);
    if (!chosen) return refuse([{ path: ['outcome'], code: 'invalid_value', message: '' }]);
    send(reviewBreakGlass(grant.id, { outcome: chosen, note }), onReviewed);
  };

  return (
    <tr>
      <td>{grant.user.name}</td>
      <td>
        <Link href={paths.case(grant.case.id)}>{grant.case.caseNumber}</Link>
      </td>
      <td className="break-glass__reason">{grant.reason}</td>
      <td>{when(grant.grantedAt)}</td>
      <td>
        {when(grant.expiresAt)}
        {grant.active && <span className="badge badge--warning">{t('access.review.active')}</span>}
      </td>
      <td>{grant.uses}</td>
      <td>
        {grant.review ? (
          <>
            <strong>{t(`access.review.outcomeOption.${grant.review.outcome}`)}</strong>
            {grant.review.by && ` · ${grant.review.by.name}`}
            {grant.review.note && <p className="muted">{grant.review.note}</p>}
          </>
        ) : grant.canReview ? (
          <form
            ref={form}
            onSubmit={submit}
            noValidate
            aria-busy={saving}
            aria-label={t('access.review.outcome')}
            className="break-glass__review"
          >
            <SelectField
              id={`review-outcome-${grant.id}`}
              label={t('access.review.outcome')}
              value={outcome}
              onValueChange={setOutcome}
              options={breakGlassOutcomes.map((o) => ({
                value: o,
                label: t(`access.review.outcomeOption.${o}`),
              }))}
              placeholder="—"
              error={error('outcome')}
            />
            <TextField
              id={`review-note-${grant.id}`}
              label={t('access.review.note')}
              value={note}
              onValueChange={setNote}
              error={error('note')}
            />
            <button type="submit" className="button button--primary" disabled={saving}>
              {t('access.review.submit')}
            </button>
            <FormFailure failure={failure} />
          </form>
        ) : (
          <span className="muted">{t('access.review.statusOption.unreviewed')}</span>
        )}
      </td>
    </tr>
  );
}
