import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CorrectSuspensionInput,
  LiftSuspensionInput,
  WithdrawSuspensionInput,
  type SuspensionChangeResult,
  type SuspensionView,
} from '@refugio/contract';
import { asFailure, type ApiFailure } from '../api/client';
import { changeSuspension } from '../api/endpoints';
import {
  issuesFromApi,
  issuesFromZod,
  translateIssue,
  type FieldErrors,
  type ZodLikeIssue,
} from '../i18n/fieldErrors';
import { DateField } from '../ui/DateField';
import { Notice } from '../ui/Notice';
import { TextAreaField } from '../ui/TextAreaField';
import { TextField } from '../ui/TextField';
import { useFocusFirstError } from '../ui/useFocusFirstError';

export type SuspensionAction = SuspensionView['actions'][number];

interface SuspensionChangeFormProps {
  suspension: SuspensionView;
  action: SuspensionAction;
  onSaved: (result: SuspensionChangeResult) => void;
  /** Someone changed the suspension meanwhile (409): the page reloads it. */
  onConflict: () => void;
  onCancel: () => void;
}

/** Lift (the last day), correct (dates, basis and why) or withdraw (why), with the version seen. */
export function SuspensionChangeForm(props: SuspensionChangeFormProps) {
  const { suspension, action, onSaved, onConflict, onCancel } = props;
  const { t } = useTranslation();
  const [values, setValues] = useState({
    startsOn: suspension.startsOn,
    endsOn: action === 'correct' ? (suspension.endsOn ?? '') : '',
    legalBasis: suspension.legalBasis,
    reason: '',
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<ApiFailure | undefined>();
  const [saving, setSaving] = useState(false);
  const [attempts, setAttempts] = useState(0);
  const form = useFocusFirstError(attempts);
  const set = (field: keyof typeof values) => (value: string) => setValues((v) => ({ ...v, [field]: value }));
  const error = (path: string) => (errors[path] ? translateIssue(t, errors[path]) : undefined);
  const id = (field: string) => `suspension-${suspension.id}-${action}-${field}`;

  const invalid = (issues: readonly ZodLikeIssue[]) => {
    setErrors(issuesFromZod(issues));
    setAttempts((n) => n + 1);
  };

  const send = (sent: Promise<SuspensionChangeResult>) => {
    setErrors({});
    setFailure(undefined);
    setSaving(true);
    sent.then(onSaved, (e: unknown) => {
      const f = asFailure(e);
      setSaving(false);
      if (f.code === 'conflict') return onConflict();
      setFailure(f);
      setErrors(issuesFromApi(f.fields));
      setAttempts((n) => n + 1);
    });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { version } = suspension;
    switch (action) {
      case 'lift': {
        const parsed = LiftSuspensionInput.safeParse({ version, endsOn: values.endsOn });
        if (!parsed.success) return invalid(parsed.error.issues);
        return send(changeSuspension(suspension.id, 'lift', parsed.data));
      }
      case 'correct': {
        const parsed = CorrectSuspensionInput.safeParse({
          version,
          ...values,
          endsOn: values.endsOn || null,
        });
        if (!parsed.success) return invalid(parsed.error.issues);
        return send(changeSuspension(suspension.id, 'correct', parsed.data));
      }
      case 'withdraw': {
        const parsed = WithdrawSuspensionInput.safeParse({ version, reason: values.reason });
        if (!parsed.success) return invalid(parsed.error.issues);
        return send(changeSuspension(suspension.id, 'withdraw', parsed.data));
      }
    }
  };

  return (
    <form ref={form} className="stacked-form" onSubmit={submit} noValidate aria-busy={saving}>
      <h3>{t(`suspensions.actionTitles.${action}`)}</h3>
      {failure && !failure.fields.length && <Notice tone="error">{t(`errors.api.${failure.code}`)}</Notice>}
      {action === 'correct' && (
        <DateField
          id={id('startsOn')}
          label={t('suspensions.form.startsOn')}
          value={values.startsOn}
          onValueChange={set('startsOn')}
          required
          error={error('startsOn')}
        />
      )}
      {action !== 'withdraw' && (
        <DateField
          id={id('endsOn')}
          label={t('suspensions.form.endsOn')}
          value={values.endsOn}
          onValueChange={set('endsOn')}
          hint={action === 'correct' ? t('suspensions.form.endsOnHint') : undefined}
          required={action === 'lift'}
          error={error('endsOn')}
        />
      )}
      {action === 'correct' && (
        <TextField
          id={id('legalBasis')}
          label={t('suspensions.form.legalBasis')}
          value={values.legalBasis}
          onValueChange={set('legalBasis')}
          maxLength={500}
          required
          error={error('legalBasis')}
        />
      )}
      {action !== 'lift' && (
        <TextAreaField
          id={id('reason')}
          label={t(`suspensions.actionReason.${action}`)}
          value={values.reason}
          onValueChange={set('reason')}
          maxLength={4000}
          required
          error={error('reason')}
        />
      )}
      <div className="form-buttons">
        <button type="submit" className="button button--primary" disabled={saving}>
          {saving ? t('app.saving') : t(`suspensions.actionTitles.${action}`)}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel} disabled={saving}>
          {t('app.cancel')}
        </button>
      </div>
    </form>
  );
}
