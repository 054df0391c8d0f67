import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  WithdrawDeclaredDayInput,
  type DeclaredDayChangeResult,
  type DeclaredDayView,
} from '@refugio/contract';
import { asFailure, type ApiFailure } from '../api/client';
import { withdrawDeclaredDay } from '../api/endpoints';
import { formatDate } from '../i18n/dates';
import { issuesFromApi, issuesFromZod, translateIssue, type FieldErrors } from '../i18n/fieldErrors';
import { Notice } from '../ui/Notice';
import { TextAreaField } from '../ui/TextAreaField';
import { useFocusFirstError } from '../ui/useFocusFirstError';

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
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<ApiFailure | undefined>();
  const [saving, setSaving] = useState(false);
  const [attempts, setAttempts] = useState(0);
  const form = useFocusFirstError(attempts);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setFailure(undefined);
    const parsed = WithdrawDeclaredDayInput.safeParse({ reason });
    if (!parsed.success) {
      setErrors(issuesFromZod(parsed.error.issues));
      setAttempts((n) => n + 1);
      return;
    }
    setErrors({});
    setSaving(true);
    withdrawDeclaredDay(day.id, parsed.data).then(onSaved, (e: unknown) => {
      const f = asFailure(e);
      if (f.code === 'conflict') return onConflict();
      setFailure(f);
      setErrors(issuesFromApi(f.fields));
      setSaving(false);
      setAttempts((n) => n + 1);
    });
  };

  return (
    <form ref={form} className="stacked-form" onSubmit={submit} noValidate aria-busy={saving}>
      <h3>{t('calendar.withdrawTitle', { date: formatDate(day.date) })}</h3>
      {failure && !failure.fields.length && <Notice tone="error">{t(`errors.api.${failure.code}`)}</Notice>}
      <TextAreaField
        id={`withdraw-${day.id}-reason`}
        label={t('calendar.withdrawReason')}
        value={reason}
        onValueChange={setReason}
        maxLength={2000}
        required
        error={errors.reason ? translateIssue(t, errors.reason) : undefined}
      />
      <div className="form-buttons">
        <button type="submit" className="button button--primary" disabled={saving}>
          {saving ? t('app.saving') : t('calendar.withdrawSubmit')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel} disabled={saving}>
          {t('app.cancel')}
        </button>
      </div>
    </form>
  );
}
