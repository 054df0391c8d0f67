import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  WithdrawDeclaredDayInput,
  type DeclaredDayChangeResult,
  type DeclaredDayView,
} from '@refugio/contract';
import { withdrawDeclaredDay } from '../api/endpoints';
import { formatDate } from '../i18n/dates';
import { FormButtons } from '../ui/FormButtons';
import { FormFailure } from '../ui/FormFailure';
import { TextAreaField } from '../ui/TextAreaField';
import { useFormSubmission } from '../ui/useFormSubmission';
import { useFormValues } from '../ui/useFormValues';

interface WithdrawDayFormProps {
  day: DeclaredDayView;
  onSaved: (result: DeclaredDayChangeResult) => void;
  /** Someone withdrew it meanwhile (409): the page reloads the calendar. */
  onConflict: () => void;
  onCancel: () => void;
}

/** Withdraws a declaration entered in error or revoked; the reason stays in its record. */
export function WithdrawDayForm({ day, onSaved, onConflict, onCancel }: WithdrawDayFormProps) {
  const { t } = useTranslation();
  const { form, saving, failure, error, refuse, send } = useFormSubmission({ onConflict });
  const { values, field } = useFormValues({ reason: '' }, { idPrefix: `withdraw-${day.id}`, error });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = WithdrawDeclaredDayInput.safeParse(values);
    if (!parsed.success) return refuse(parsed.error.issues);
    send(withdrawDeclaredDay(day.id, parsed.data), onSaved);
  };

  return (
    <form ref={form} className="stacked-form" onSubmit={submit} noValidate aria-busy={saving}>
      <h3>{t('calendar.withdrawTitle', { date: formatDate(day.date) })}</h3>
      <FormFailure failure={failure} />
      <TextAreaField {...field('reason')} label={t('calendar.withdrawReason')} maxLength={2000} required />
      <FormButtons label={t('calendar.withdrawSubmit')} saving={saving} onCancel={onCancel} />
    </form>
  );
}
