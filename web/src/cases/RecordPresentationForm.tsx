import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { RecordPresentationInput, todayIn, type CaseDetail } from '@refugio/contract';
import { asFailure, type ApiFailure } from '../api/client';
import { recordPresentation } from '../api/endpoints';
import { useReference } from '../app/ReferenceContext';
import { issuesFromApi, issuesFromZod, translateIssue, type FieldErrors } from '../i18n/fieldErrors';
import { DateField } from '../ui/DateField';
import { Notice } from '../ui/Notice';
import { useFocusFirstError } from '../ui/useFocusFirstError';

interface RecordPresentationFormProps {
  caseId: string;
  /** The case version on screen; after a conflict the reloaded one, so a retry is not refused again. */
  version: number;
  onRecorded: (detail: CaseDetail, date: string) => void;
  /** Someone changed the case meanwhile (409): the page reloads it. */
  onConflict: () => void;
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
  const [date, setDate] = useState(() => todayIn(profile.timeZone));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<ApiFailure | undefined>();
  const [saving, setSaving] = useState(false);
  const [attempts, setAttempts] = useState(0);
  const form = useFocusFirstError(attempts);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setFailure(undefined);
    const parsed = RecordPresentationInput.safeParse({ version, date: date === '' ? undefined : date });
    if (!parsed.success) {
      setErrors(issuesFromZod(parsed.error.issues));
      setAttempts((n) => n + 1);
      return;
    }
    setErrors({});
    setSaving(true);
    recordPresentation(caseId, parsed.data).then(
      (detail) => {
        setSaving(false);
        onRecorded(detail, parsed.data.date);
      },
      (e: unknown) => {
        const f = asFailure(e);
        setSaving(false);
        if (f.code === 'conflict') return onConflict();
        setFailure(f);
        setErrors(issuesFromApi(f.fields));
        setAttempts((n) => n + 1);
      },
    );
  };

  return (
    <form
      ref={form}
      className="stacked-form presentation-form"
      onSubmit={submit}
      noValidate
      aria-busy={saving}
    >
      {failure && !failure.fields.length && <Notice tone="error">{t(`errors.api.${failure.code}`)}</Notice>}
      <div className="form-row">
        <DateField
          id="presentation-date"
          label={t('presentations.record.date')}
          value={date}
          onValueChange={setDate}
          required
          error={errors.date ? translateIssue(t, errors.date) : undefined}
        />
        <div className="presentation-form__submit">
          <button type="submit" className="button button--primary" disabled={saving}>
            {saving ? t('app.saving') : t('presentations.record.submit')}
          </button>
        </div>
      </div>
    </form>
  );
}
