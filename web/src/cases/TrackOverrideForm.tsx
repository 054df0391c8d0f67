import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { OverrideTrackInput, type CaseDetail, type TrackId } from '@refugio/contract';
import { asFailure, type ApiFailure } from '../api/client';
import { overrideTrack } from '../api/endpoints';
import { issuesFromApi, issuesFromZod, translateIssue, type FieldErrors } from '../i18n/fieldErrors';
import type { Option } from '../i18n/useNames';
import { Notice } from '../ui/Notice';
import { SelectField } from '../ui/SelectField';
import { TextAreaField } from '../ui/TextAreaField';
import { useFocusFirstError } from '../ui/useFocusFirstError';

interface TrackOverrideFormProps {
  caseId: string;
  /** The case version on screen; after a conflict the reloaded one, so a retry is not refused again. */
  version: number;
  /** The profile's other tracks, named in the UI language. */
  tracks: readonly Option[];
  onOverridden: (detail: CaseDetail, track: TrackId) => void;
  /** Someone changed the case meanwhile (409): the page reloads it. */
  onConflict: () => void;
  onCancel: () => void;
}

/** A supervisor moves the case to another of the profile's tracks, saying why. */
export function TrackOverrideForm(props: TrackOverrideFormProps) {
  const { caseId, version, tracks, onOverridden, onConflict, onCancel } = props;
  const { t } = useTranslation();
  const [values, setValues] = useState({ track: '', reason: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<ApiFailure | undefined>();
  const [saving, setSaving] = useState(false);
  const [attempts, setAttempts] = useState(0);
  const form = useFocusFirstError(attempts);
  const set = (field: keyof typeof values) => (value: string) => setValues((v) => ({ ...v, [field]: value }));
  const error = (path: string) => (errors[path] ? translateIssue(t, errors[path]) : undefined);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setFailure(undefined);
    const parsed = OverrideTrackInput.safeParse({
      version,
      track: values.track === '' ? undefined : values.track,
      reason: values.reason,
    });
    if (!parsed.success) {
      setErrors(issuesFromZod(parsed.error.issues));
      setAttempts((n) => n + 1);
      return;
    }
    setErrors({});
    setSaving(true);
    overrideTrack(caseId, parsed.data).then(
      (detail) => onOverridden(detail, parsed.data.track),
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
    <form ref={form} className="stacked-form" onSubmit={submit} noValidate aria-busy={saving}>
      <h3>{t('triage.change.title')}</h3>
      {failure && !failure.fields.length && <Notice tone="error">{t(`errors.api.${failure.code}`)}</Notice>}
      <SelectField
        id="track-override-track"
        label={t('triage.change.track')}
        value={values.track}
        onValueChange={set('track')}
        options={tracks}
        placeholder={t('person.choose')}
        required
        error={error('track')}
      />
      <TextAreaField
        id="track-override-reason"
        label={t('triage.change.reason')}
        value={values.reason}
        onValueChange={set('reason')}
        maxLength={2000}
        required
        error={error('reason')}
      />
      <div className="form-buttons">
        <button type="submit" className="button button--primary" disabled={saving}>
          {saving ? t('app.saving') : t('triage.change.submit')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel} disabled={saving}>
          {t('app.cancel')}
        </button>
      </div>
    </form>
  );
}
