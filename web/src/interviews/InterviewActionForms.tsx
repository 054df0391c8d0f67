import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CancelInterviewInput,
  contactMethods,
  RecordNoShowInput,
  type InterviewStepResult,
  type InterviewView,
} from '@refugio/contract';
import { cancelInterview, recordNoShow } from '../api/interviews';
import { DateField } from '../ui/DateField';
import { FormButtons } from '../ui/FormButtons';
import { FormFailure } from '../ui/FormFailure';
import { SelectField } from '../ui/SelectField';
import { TextAreaField } from '../ui/TextAreaField';
import { TextField } from '../ui/TextField';
import { useFormSubmission } from '../ui/useFormSubmission';
import { useFormValues } from '../ui/useFormValues';

interface FormProps<T> {
  interview: InterviewView;
  onDone: (result: T) => void;
  onClose: () => void;
  onConflict: () => void;
}

/** Cancels a scheduled interview with its reason; its bookings are freed. */
export function CancelInterviewForm({ interview, onDone, onClose, onConflict }: FormProps<InterviewView>) {
  const { t } = useTranslation();
  const { form, saving, failure, error, refuse, send } = useFormSubmission({ onConflict });
  const { values, field } = useFormValues({ reason: '' }, { idPrefix: `cancel-${interview.id}`, error });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = CancelInterviewInput.safeParse({ ...values, version: interview.version });
    if (!parsed.success) return refuse(parsed.error.issues);
    send(cancelInterview(interview.id, parsed.data), onDone);
  };
  return (
    <form ref={form} className="stacked-form" onSubmit={submit} noValidate aria-busy={saving}>
      <FormFailure failure={failure} />
      <TextAreaField {...field('reason')} label={t('interviews.cancel.reason')} maxLength={1000} required />
      <FormButtons label={t('interviews.cancel.submit')} saving={saving} onCancel={onClose} />
    </form>
  );
}

/** Records a no-show: until when the officer waited and one attempt to reach the person. */
export function NoShowForm({
  interview,
  caseVersion,
  onDone,
  onClose,
  onConflict,
}: FormProps<InterviewStepResult> & { caseVersion: number }) {
  const { t } = useTranslation();
  const { form, saving, failure, error, refuse, send } = useFormSubmission({
    onConflict,
    fieldPath: (path) => path.replace(/^contactAttempts\.0\./, 'attempt.'),
  });
  const { values, field } = useFormValues(
    { waitedUntil: '', on: '', method: 'phone', outcome: '' },
    {
      idPrefix: `noshow-${interview.id}`,
      error: (name) => error(['on', 'method', 'outcome'].includes(name) ? `attempt.${name}` : name),
    },
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const attempt =
      values.on || values.outcome ? [{ on: values.on, method: values.method, outcome: values.outcome }] : [];
    const parsed = RecordNoShowInput.safeParse({
      version: interview.version,
      caseVersion,
      waitedUntil: values.waitedUntil,
      contactAttempts: attempt,
    });
    if (!parsed.success)
      return refuse(
        parsed.error.issues.map((i) => ({
          ...i,
          path: i.path[0] === 'contactAttempts' ? ['attempt', ...i.path.slice(2)] : i.path,
        })),
      );
    send(recordNoShow(interview.id, parsed.data), onDone);
  };
  return (
    <form ref={form} className="stacked-form" onSubmit={submit} noValidate aria-busy={saving}>
      <FormFailure failure={failure} />
      <TextField
        {...field('waitedUntil')}
        label={t('interviews.noShow.waitedUntil')}
        hint={t('interviews.form.timeHint')}
        maxLength={5}
        required
      />
      <DateField {...field('on')} label={t('interviews.noShow.attemptOn')} />
      <SelectField
        {...field('method')}
        label={t('interviews.noShow.attemptMethod')}
        options={contactMethods.map((m) => ({ value: m, label: t(`interviews.noShow.methods.${m}`) }))}
      />
      <TextField {...field('outcome')} label={t('interviews.noShow.attemptOutcome')} maxLength={300} />
      <FormButtons label={t('interviews.noShow.submit')} saving={saving} onCancel={onClose} />
    </form>
  );
}
