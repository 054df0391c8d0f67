import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SuspendClocksInput, type SuspensionChangeResult, type SuspensionScope } from '@refugio/contract';
import { asFailure, type ApiFailure } from '../api/client';
import { suspendClocks } from '../api/endpoints';
import { useReference } from '../app/ReferenceContext';
import { issuesFromApi, issuesFromZod, translateIssue, type FieldErrors } from '../i18n/fieldErrors';
import { useMe } from '../session/SessionContext';
import { DateField } from '../ui/DateField';
import { Notice } from '../ui/Notice';
import { SelectField } from '../ui/SelectField';
import { TextAreaField } from '../ui/TextAreaField';
import { TextField } from '../ui/TextField';
import { useFocusFirstError } from '../ui/useFocusFirstError';

type Values = Record<'scope' | 'officeId' | 'startsOn' | 'endsOn' | 'legalBasis' | 'reason', string>;

interface SuspendClocksFormProps {
  /** The scopes the server lets this user suspend at. */
  canSuspend: SuspensionScope[];
  /** The case the page was opened from; a case number alone is not enough to suspend one case. */
  caseFile?: { id: string; caseNumber?: string };
  onSaved: (result: SuspensionChangeResult) => void;
}

/** Stops the clocks of a case, an office or the whole authority from a day, with its legal basis. */
export function SuspendClocksForm({ canSuspend, caseFile, onSaved }: SuspendClocksFormProps) {
  const { t } = useTranslation();
  const me = useMe();
  const { offices } = useReference();
  const scopes = canSuspend.filter((s) => s !== 'case' || caseFile);
  const blank: Values = {
    scope: scopes[0] ?? '',
    officeId: me.user.office?.id ?? '',
    startsOn: '',
    endsOn: '',
    legalBasis: '',
    reason: '',
  };
  const [values, setValues] = useState(blank);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<ApiFailure | undefined>();
  const [saving, setSaving] = useState(false);
  const [attempts, setAttempts] = useState(0);
  const form = useFocusFirstError(attempts);
  const set = (field: keyof Values) => (value: string) => setValues((v) => ({ ...v, [field]: value }));
  const error = (path: string) => (errors[path] ? translateIssue(t, errors[path]) : undefined);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setFailure(undefined);
    const parsed = SuspendClocksInput.safeParse({
      scope: values.scope,
      caseId: values.scope === 'case' ? caseFile?.id : undefined,
      officeId: values.scope === 'office' ? values.officeId || undefined : undefined,
      startsOn: values.startsOn,
      endsOn: values.endsOn || null,
      legalBasis: values.legalBasis,
      reason: values.reason,
    });
    if (!parsed.success) {
      setErrors(issuesFromZod(parsed.error.issues));
      setAttempts((n) => n + 1);
      return;
    }
    setErrors({});
    setSaving(true);
    suspendClocks(parsed.data).then(
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
      {canSuspend.includes('case') && !caseFile && (
        <p className="muted">{t('suspensions.form.caseFromFile')}</p>
      )}
      <SelectField
        id="suspend-scope"
        label={t('suspensions.form.scope')}
        value={values.scope}
        onValueChange={set('scope')}
        options={scopes.map((s) => ({ value: s, label: t(`suspensions.scopes.${s}`) }))}
        required
        error={error('scope')}
      />
      {values.scope === 'case' && caseFile && (
        <p>
          {t('suspensions.form.case')}: <strong>{caseFile.caseNumber ?? caseFile.id}</strong>
        </p>
      )}
      {error('caseId') && <Notice tone="error">{error('caseId')}</Notice>}
      {values.scope === 'office' && (
        <SelectField
          id="suspend-office"
          label={t('suspensions.form.office')}
          value={values.officeId}
          onValueChange={set('officeId')}
          options={offices.map((o) => ({ value: o.id, label: o.name }))}
          placeholder={t('person.choose')}
          required
          error={error('officeId')}
        />
      )}
      <div className="form-row">
        <DateField
          id="suspend-startsOn"
          label={t('suspensions.form.startsOn')}
          value={values.startsOn}
          onValueChange={set('startsOn')}
          required
          error={error('startsOn')}
        />
        <DateField
          id="suspend-endsOn"
          label={t('suspensions.form.endsOn')}
          value={values.endsOn}
          onValueChange={set('endsOn')}
          hint={t('suspensions.form.endsOnHint')}
          error={error('endsOn')}
        />
      </div>
      <TextField
        id="suspend-legalBasis"
        label={t('suspensions.form.legalBasis')}
        value={values.legalBasis}
        onValueChange={set('legalBasis')}
        hint={t('suspensions.form.legalBasisHint')}
        maxLength={500}
        required
        error={error('legalBasis')}
      />
      <TextAreaField
        id="suspend-reason"
        label={t('suspensions.form.reason')}
        value={values.reason}
        onValueChange={set('reason')}
        maxLength={4000}
        required
        error={error('reason')}
      />
      <div className="form-buttons">
        <button type="submit" className="button button--primary" disabled={saving || scopes.length === 0}>
          {saving ? t('app.saving') : t('suspensions.form.submit')}
        </button>
      </div>
    </form>
  );
}
