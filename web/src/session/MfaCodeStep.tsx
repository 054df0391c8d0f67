import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { TOO_MANY_ATTEMPTS, type Me, type MfaMethod } from '@refugio/contract';
import { postMfaCode } from '../api/account';
import { asFailure, type ApiFailure } from '../api/client';
import { Notice } from '../ui/Notice';
import { TextField } from '../ui/TextField';
import '../account/account.css';

/** Why a second step was refused, in the officer's language. */
export function mfaFailureText(t: TFunction, failure: ApiFailure): string {
  const code = failure.fields[0]?.code;
  if (code === TOO_MANY_ATTEMPTS) return t('account.signIn.tooManyAttempts');
  if (code === 'wrong_code') return t('account.signIn.wrongCode');
  return t(`errors.api.${failure.code}`);
}

/**
 * The second step of sign-in: the authenticator's code, or (switch) a recovery code. `onSignedIn`
 * gets the user; `onCancel` goes back to the password (the pending session is signed out).
 */
export function MfaCodeStep({
  onSignedIn,
  onCancel,
}: {
  onSignedIn: (me: Me) => void;
  onCancel: (why?: ApiFailure) => void;
}) {
  const { t } = useTranslation();
  const [method, setMethod] = useState<MfaMethod>('totp');
  const [code, setCode] = useState('');
  const [failure, setFailure] = useState<ApiFailure | null>(null);
  const [sending, setSending] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    setSending(true);
    postMfaCode({ method, code }).then(onSignedIn, (error: unknown) => {
      const refused = asFailure(error);
      setFailure(refused);
      setCode('');
      setSending(false);
      // Locked: the server ended the pending session; only a new sign-in can follow.
      if (refused.fields[0]?.code === TOO_MANY_ATTEMPTS || refused.code === 'unauthenticated')
        onCancel(refused);
    });
  };

  const switchMethod = () => {
    setMethod((m) => (m === 'totp' ? 'recovery_code' : 'totp'));
    setCode('');
    setFailure(null);
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="mfa-title">
      <h2 id="mfa-title">{t('account.signIn.mfaTitle')}</h2>
      <p>{method === 'totp' ? t('account.signIn.mfaIntro') : t('account.signIn.recoveryIntro')}</p>
      {failure && <Notice tone="error">{mfaFailureText(t, failure)}</Notice>}
      <TextField
        id="mfa-code"
        label={method === 'totp' ? t('account.signIn.code') : t('account.signIn.recoveryCode')}
        value={code}
        onValueChange={setCode}
        autoComplete="one-time-code"
        inputMode={method === 'totp' ? 'numeric' : 'text'}
        autoFocus
        required
      />
      <button
        type="submit"
        className="button button--primary button--wide"
        disabled={sending || code.trim() === ''}
      >
        {sending ? t('account.signIn.verifying') : t('account.signIn.verify')}
      </button>
      <p className="sign-in__links">
        <button type="button" className="button button--quiet" onClick={switchMethod}>
          {method === 'totp' ? t('account.signIn.useRecovery') : t('account.signIn.useTotp')}
        </button>{' '}
        <button type="button" className="button button--quiet" onClick={() => onCancel()}>
          {t('account.signIn.cancel')}
        </button>
      </p>
    </form>
  );
}
