import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DeclareNonWorkingDayInput, type DeclaredDayChangeResult } from '@refugio/contract';
import { asFailure, type ApiFailure } from '../api/client';
import { declareNonWorkingDay } from '../api/endpoints';
import { issuesFromApi, issuesFromZod, translateIssue, type FieldErrors } from '../i18n/fieldErrors';
import { DateField } from '../ui/DateField';
import { Notice } from '../ui/Notice';
import { TextField } from '../ui/TextField';
import { useFocusFirstError } from '../ui/useFocusFirstError';

const blank = { date: '', reason: '', legalBasis: '', source: '' };

/** Declares one day non-working for the whole authority, with the act that declares it. */
export function DeclareDayForm({ onSaved }: { onSaved: (result: DeclaredDayChangeResult) => void }) {
  const { t } = useTranslation();
  const [values, setValues] = useState(blank);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<ApiFailure | undefined>();
  const [saving, setSaving] = useState(false);
  const [attempts, setAttempts] = useState(0);
  const form = useFocusFirstError(attempts);
  const set = (field: keyof typeof blank) => (value: string) => setValues((v) => ({ ...v, [field]: value }));
  const error = (path: string) => (errors[path] ? translateIssue(t, errors[path]) : undefined);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setFailure(undefined);
    const parsed = DeclareNonWorkingDayInput.safeParse(values);
    if (!parsed.success) {
      setErrors(issuesFromZod(parsed.error.issues));
      setAttempts((n) => n + 1);
      return;
    }
    setErrors({});
    setSaving(true);
    declareNonWorkingDay(parsed.data).then(
      (result) => {
        setSaving(false);
        setValues(blank);
        onSaved(result);
      },
      (e: unknown) => {
        const f = asFailure(e);
        setFailure(f);
        setErrors(issuesFromApi(f.fields));
        setSaving(false);
        setAttempts((n) => n + 1);
      },
    );
  };

  return (
    <form ref={form} className="stacked-form" onSubmit={submit} noValidate aria-busy={saving}>
      {failure && !failure.fields.length && <Notice tone="error">{t(`errors.api.${failure.code}`)}</Notice>}
      <DateField
        id="declare-date"
        label={t('calendar.declare.date')}
        value={values.date}
        onValueChange={set('date')}
        required
        error={error('date')}
      />
      <TextField
        id="declare-reason"
        label={t('calendar.declare.reason')}
        value={values.reason}
        onValueChange={set('reason')}
        maxLength={300}
        required
        error={error('reason')}
      />
      <TextField
        id="declare-legalBasis"
        label={t('calendar.declare.legalBasis')}
        value={values.legalBasis}
        onValueChange={set('legalBasis')}
        hint={t('calendar.declare.legalBasisHint')}
        maxLength={500}
        required
        error={error('legalBasis')}
      />
      <TextField
        id="declare-source"
        label={t('calendar.declare.source')}
        value={values.source}
        onValueChange={set('source')}
        hint={t('calendar.declare.sourceHint')}
        maxLength={500}
        error={error('source')}
      />
      <div className="form-buttons">
        <button type="submit" className="button button--primary" disabled={saving}>
          {saving ? t('app.saving') : t('calendar.declare.submit')}
        </button>
      </div>
    </form>
  );
}
