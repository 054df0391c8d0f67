import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { RecordPresentationInput, todayIn, type CaseDetail } from '@refugio/contract';
import { recordPresentation } from '../api/endpoints';
import { useReference } from '../app/ReferenceContext';
import { DateField } from '../ui/DateField';
import { SubmitButton } from '../ui/FormButtons';
import { FormFailure } from '../ui/FormFailure';
import { useFormSubmission } from '../ui/useFormSubmission';
import { useFormValues } from '../ui/useFormValues';
import type { CaseFormProps } from './caseForm';

interface RecordPresentationFormProps extends Omit<CaseFormProps, 'onCancel'> {
  onRecorded: (detail: CaseDetail, date: string) => void;
}

/** Records that the applicant signed at the office on a date: today unless the officer says otherwise. */
export function RecordPresentationForm({
  caseId,
  version,
  onRecorded,
  onConflict,
}: RecordPresentationFormProps) {
  const { t } = useTranslation();
  const { profile } = useReference();
  const { form, saving, failure, error, refuse, send } = useFormSubmission({ onConflict });
  const { values, field } = useFormValues(() => ({ date: todayIn(profile.timeZone) }), {
    idPrefix: 'presentation',
    error,
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { date } = values;
    const parsed = RecordPresentationInput.safeParse({ version, date: date === '' ? undefined : date });
    if (!parsed.success) return refuse(parsed.error.issues);
    send(recordPresentation(caseId, parsed.data), (detail) => onRecorded(detail, parsed.data.date));
  };

  return (
    <form
      ref={form}
      className="stacked-form presentation-form"
      onSubmit={submit}
      noValidate
      aria-busy={saving}
    >
      <FormFailure failure={failure} />
      <div className="form-row">
        <DateField {...field('date')} label={t('presentations.record.date')} required />
        <div className="presentation-form__submit">
          <SubmitButton label={t('presentations.record.submit')} saving={saving} />
        </div>
      </div>
    </form>
  );
}
