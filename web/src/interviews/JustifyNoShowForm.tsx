import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  JustifyNoShowInput,
  noShowReasons,
  type InterviewStepResult,
  type InterviewView,
} from '@refugio/contract';
import { justifyNoShow } from '../api/interviews';
import { DateField } from '../ui/DateField';
import { FormButtons } from '../ui/FormButtons';
import { FormFailure } from '../ui/FormFailure';
import { SelectField } from '../ui/SelectField';
import { TextAreaField } from '../ui/TextAreaField';
import { useFormSubmission } from '../ui/useFormSubmission';
import { useFormValues } from '../ui/useFormValues';

interface Props {
  interview: InterviewView;
  caseVersion: number;
  onDone: (result: InterviewStepResult) => void;
  onClose: () => void;
  onConflict: () => void;
}

/** Records that the person justified a missed interview later: when, why, what they said or brought. */
export function JustifyNoShowForm({ interview, caseVersion, onDone, onClose, onConflict }: Props) {
  const { t } = useTranslation();
  const { form, saving, failure, error, refuse, send } = useFormSubmission({ onConflict });
  const { values, field } = useFormValues(
    { receivedOn: '', reason: 'illness', details: '' },
    { idPrefix: `justify-${interview.id}`, error },
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = JustifyNoShowInput.safeParse({ ...values, version: interview.version, caseVersion });
    if (!parsed.success) return refuse(parsed.error.issues);
    send(justifyNoShow(interview.id, parsed.data), onDone);
  };
  return (
    <form ref={form} className="stacked-form" onSubmit={submit} noValidate aria-busy={saving}>
      <FormFailure failure={failure} />
      <DateField {...field('receivedOn')} label={t('interviews.justify.receivedOn')} required />
      <SelectField
        {...field('reason')}
        label={t('interviews.justify.reason')}
        options={noShowReasons.map((r) => ({ value: r, label: t(`interviews.justify.reasons.${r}`) }))}
        required
      />
      <TextAreaField
        {...field('details')}
        label={t('interviews.justify.details')}
        hint={t('interviews.justify.detailsHint')}
        maxLength={2000}
        required
      />
      <FormButtons label={t('interviews.justify.submit')} saving={saving} onCancel={onClose} />
    </form>
  );
}
