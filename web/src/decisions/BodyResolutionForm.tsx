import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { BodyResolutionInput, type DecisionStepResult, type DecisionView } from '@refugio/contract';
import { recordBodyResolution } from '../api/decisions';
import { DateField } from '../ui/DateField';
import { FormButtons } from '../ui/FormButtons';
import { FormFailure } from '../ui/FormFailure';
import { TextField } from '../ui/TextField';
import { useFormSubmission } from '../ui/useFormSubmission';
import { useFormValues } from '../ui/useFormValues';

interface BodyResolutionFormProps {
  decision: DecisionView;
  caseVersion: number;
  onRecorded: (result: DecisionStepResult) => void;
  onConflict: () => void;
}

/**
 * Where a commission decides (not Mexico), the supervisor records its resolution adopting the referred
 * draft: the decision is issued on the body's date and its letter cites the resolution's number.
 */
export function BodyResolutionForm({
  decision,
  caseVersion,
  onRecorded,
  onConflict,
}: BodyResolutionFormProps) {
  const { t } = useTranslation();
  const { form, saving, failure, error, refuse, send } = useFormSubmission({ onConflict });
  const { values, field } = useFormValues(
    { resolvedOn: '', reference: '' },
    { idPrefix: `resolution-${decision.id}`, error },
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = BodyResolutionInput.safeParse({
      ...values,
      version: decision.version,
      caseVersion,
      agreesWithRecommendation: true,
    });
    if (!parsed.success) return refuse(parsed.error.issues);
    send(recordBodyResolution(decision.id, parsed.data), onRecorded);
  };

  return (
    <form ref={form} className="stacked-form" onSubmit={submit} noValidate aria-busy={saving}>
      <p>{t('decisions.resolution.intro')}</p>
      <FormFailure failure={failure} />
      <DateField {...field('resolvedOn')} label={t('decisions.resolution.date')} required />
      <TextField {...field('reference')} label={t('decisions.resolution.reference')} maxLength={300} />
      <FormButtons label={t('decisions.action.recordResolution')} saving={saving} />
    </form>
  );
}
