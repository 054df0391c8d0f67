import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_PASSWORD_LENGTH } from '@refugio/contract';
import { changePassword } from '../api/account';
import { asFailure, type ApiFailure } from '../api/client';
import { Notice } from '../ui/Notice';
import { OutcomeNotice, type Outcome } from '../ui/OutcomeNotice';
import { TextField } from '../ui/TextField';

type Fields = 'currentPassword' | 'newPassword';
const knownCodes = [
  'too_short',
  'too_long',
  'common',
  'contains_email',
  'unchanged',
  'wrong_password',
  'too_many_attempts',
  'required',
] as const;
type Known = (typeof knownCodes)[number];
const isKnown = (code: string): code is Known => (knownCodes as readonly string[]).includes(code);

/** Change the own password: the current one, then a new one by the server's rules (errors by field). */
export function ChangePasswordForm() {
  const { t } = useTranslation();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Fields, string>>>({});
  const [failure, setFailure] = useState<ApiFailure>();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [saving, setSaving] = useState(false);
  const message = (code: string) =>
    isKnown(code) ? t(`account.password.errors.${code}`) : t('errors.api.validation_failed');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setOutcome(null);
    setFailure(undefined);
    const local: Partial<Record<Fields, string>> = {};
    if (current === '') local.currentPassword = message('required');
    if ([...next].length < MIN_PASSWORD_LENGTH) local.newPassword = message('too_short');
    setErrors(local);
    if (Object.keys(local).length > 0) return;
    setSaving(true);
    changePassword({ currentPassword: current, newPassword: next }).then(
      ({ sessionsEnded }) => {
        setSaving(false);
        setCurrent('');
        setNext('');
        setOutcome({ tone: 'success', text: t('account.password.changed', { count: sessionsEnded }) });
      },
      (error: unknown) => {
        const refused = asFailure(error);
        setSaving(false);
        const byField: Partial<Record<Fields, string>> = {};
        for (const f of refused.fields) {
          const path: Fields = f.path === 'currentPassword' ? 'currentPassword' : 'newPassword';
          byField[path] ??= message(f.code);
        }
        setErrors(byField);
        if (refused.fields.length === 0) setFailure(refused);
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate className="panel panel--form" aria-labelledby="password-title">
      <h2 id="password-title">{t('account.password.title')}</h2>
      <OutcomeNotice outcome={outcome} />
      {failure && <Notice tone="error">{t(`errors.api.${failure.code}`)}</Notice>}
      <TextField
        id="password-current"
        label={t('account.password.current')}
        type="password"
        autoComplete="current-password"
        value={current}
        onValueChange={setCurrent}
        error={errors.currentPassword}
        required
      />
      <TextField
        id="password-new"
        label={t('account.password.new')}
        type="password"
        autoComplete="new-password"
        hint={t('account.password.hint')}
        value={next}
        onValueChange={setNext}
        error={errors.newPassword}
        required
      />
      <button type="submit" className="button button--primary" disabled={saving}>
        {saving ? t('app.saving') : t('account.password.submit')}
      </button>
    </form>
  );
}
