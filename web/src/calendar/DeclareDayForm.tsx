import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DeclareNonWorkingDayInput, type DeclaredDayChangeResult } from '@refugio/contract';
import { declareNonWorkingDay } from '../api/endpoints';
import { DateField } from '../ui/DateField';
import { FormButtons } from '../ui/FormButtons';
import { FormFailure } from '../ui/FormFailure';
import { TextField } from '../ui/TextField';
import { useFormSubmission } from '../ui/useFormSubmission';
import { useFormValues } from '../ui/useFormValues';

const blank = { date: '', reason: '', legalBasis: '', source: '' };

/** Declares one day non-working for the whole authority, with the act that declares it. */
export function DeclareDayForm({ onSaved }: { onSaved: (result: DeclaredDayChangeResult) => void }) {
  const { t } = useTranslation();
  const { form, saving, failure, error, refuse, send } = useFormSubmission();
  const { values, field, reset } = useFormValues(blank, { idPrefix: 'declare', error });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = DeclareNonWorkingDayInput.safeParse(values);
    if (!parsed.success) return refuse(parsed.error.issues);
    send(declareNonWorkingDay(parsed.data), (result) => {
      reset();
      onSaved(result);
    });
  };

  return (
    <form ref={form} className="stacked-form" onSubmit={submit} noValidate aria-busy={saving}>
      <FormFailure failure={failure} />
      <DateField {...field('date')} label={t('calendar.declare.date')} required />
      <TextField {...field('reason')} label={t('calendar.declare.reason')} maxLength={300} required />
      <TextField
        {...field('legalBasis')}
        label={t('calendar.declare.legalBasis')}
        hint={t('calendar.declare.legalBasisHint')}
        maxLength={500}
        required
      />
      <TextField
        {...field('source')}
        label={t('calendar.declare.source')}
        hint={t('calendar.declare.sourceHint')}
        maxLength={500}
      />
      <FormButtons label={t('calendar.declare.submit')} saving={saving} />
    </form>
  );
}
