import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ExtendDeadlineInput,
  extensionReasonCodes,
  type CaseDetail,
  type DeadlineView,
} from '@refugio/contract';
import { asFailure, type ApiFailure } from '../api/client';
import { extendDeadline } from '../api/endpoints';
import { issuesFromApi, issuesFromZod, translateIssue, type FieldErrors } from '../i18n/fieldErrors';
import { Notice } from '../ui/Notice';
import { SelectField } from '../ui/SelectField';
import { TextAreaField } from '../ui/TextAreaField';
import { TextField } from '../ui/TextField';
import { useFocusFirstError } from '../ui/useFocusFirstError';

interface ExtendDeadlineFormProps {
  caseId: string;
  /** The case version on screen; after a conflict the reloaded one, so a retry is not refused again. */
  version: number;
  deadline: DeadlineView;
  onExtended: (detail: CaseDetail) => void;
  /** Someone changed the case meanwhile (409): the page reloads it. */
  onConflict: () => void;
  onCancel: () => void;
}

/** Extends one time limit by a reason the law lists, in the limit's own unit. */
export function ExtendDeadlineForm(props: ExtendDeadlineFormProps) {
  const { caseId, version, deadline, onExtended, onConflict, onCancel } = props;
  const { t } = useTranslation();
  const [values, setValues] = useState({ reason: '', length: '', note: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<ApiFailure | undefined>();
  const [saving, setSaving] = useState(false);
  const [attempts, setAttempts] = useState(0);
  const form = useFocusFirstError(attempts);
  const set = (field: keyof typeof values) => (value: string) => setValues((v) => ({ ...v, [field]: value }));
  const error = (path: string) => (errors[path] ? translateIssue(t, errors[path]) : undefined);
  const id = (field: string) => `extend-${deadline.limit}-${field}`;
  const limitName = t(`deadlines.limits.${deadline.limit}`);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setFailure(undefined);
    const length = values.length.trim();
    const parsed = ExtendDeadlineInput.safeParse({
      version,
      reason: values.reason,
      length: length === '' ? undefined : Number(length),
      note: values.note,
    });
    if (!parsed.success) {
      setErrors(issuesFromZod(parsed.error.issues));
      setAttempts((n) => n + 1);
      return;
    }
    setErrors({});
    setSaving(true);
    extendDeadline(caseId, deadline.limit, parsed.data).then(onExtended, (e: unknown) => {
      const f = asFailure(e);
      setSaving(false);
      if (f.code === 'conflict') return onConflict();
      setFailure(f);
      setErrors(issuesFromApi(f.fields));
      setAttempts((n) => n + 1);
    });
  };

  return (
    <form ref={form} className="stacked-form" onSubmit={submit} noValidate aria-busy={saving}>
      <h3>{t('deadlines.extend.title', { limit: limitName })}</h3>
      {failure && !failure.fields.length && <Notice tone="error">{t(`errors.api.${failure.code}`)}</Notice>}
      <SelectField
        id={id('reason')}
        label={t('deadlines.extend.reason')}
        value={values.reason}
        onValueChange={set('reason')}
        options={extensionReasonCodes.map((r) => ({ value: r, label: t(`deadlines.reasons.${r}`) }))}
        placeholder={t('person.choose')}
        required
        error={error('reason')}
      />
      <TextField
        id={id('length')}
        label={t('deadlines.extend.length', { unit: t(`deadlines.units.${deadline.unit}`) })}
        value={values.length}
        onValueChange={set('length')}
        inputMode="numeric"
        className="field--short"
        required
        error={error('length')}
      />
      <TextAreaField
        id={id('note')}
        label={t('deadlines.extend.note')}
        value={values.note}
        onValueChange={set('note')}
        maxLength={4000}
        error={error('note')}
      />
      <div className="form-buttons">
        <button type="submit" className="button button--primary" disabled={saving}>
          {saving ? t('app.saving') : t('deadlines.extend.submit')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel} disabled={saving}>
          {t('app.cancel')}
        </button>
      </div>
    </form>
  );
}
