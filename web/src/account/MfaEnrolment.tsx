import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import QRCode from 'qrcode';
import type { Me, MfaEnrolment as Enrolment, RecoveryCodes } from '@refugio/contract';
import { confirmMfaEnrolment, startMfaEnrolment } from '../api/account';
import { asFailure, type ApiFailure } from '../api/client';
import { Notice } from '../ui/Notice';
import { TextField } from '../ui/TextField';
import { RecoveryCodesNotice } from './RecoveryCodesNotice';

/** The otpauth URI as an SVG QR code, drawn in the browser: the secret never goes to a third party. */
function useQrCode(uri: string | undefined): string | undefined {
  const [src, setSrc] = useState<string>();
  useEffect(() => {
    if (!uri) return;
    let live = true;
    QRCode.toString(uri, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }).then(
      (svg) => live && setSrc(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [uri]);
  return src;
}

/**
 * MFA enrolment: start (secret and QR code), confirm with a first code, then the recovery codes,
 * shown once. `onDone` runs when the user leaves the codes (with `me` when this was a forced
 * enrolment at sign-in, which signs them in).
 */
export function MfaEnrolment({ onDone }: { onDone: (me?: Me) => void }) {
  const { t } = useTranslation();
  const [enrolment, setEnrolment] = useState<Enrolment>();
  const [code, setCode] = useState('');
  const [codeError, setCodeError] = useState<string>();
  const [failure, setFailure] = useState<ApiFailure>();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<RecoveryCodes>();
  const qr = useQrCode(enrolment?.uri);

  const start = () => {
    setBusy(true);
    setFailure(undefined);
    startMfaEnrolment().then(
      (e) => {
        setEnrolment(e);
        setBusy(false);
      },
      (error: unknown) => {
        setFailure(asFailure(error));
        setBusy(false);
      },
    );
  };

  const confirm = (event: FormEvent) => {
    event.preventDefault();
    setCodeError(undefined);
    setFailure(undefined);
    if (!/^\d{6}$/.test(code.replace(/\s+/g, ''))) {
      setCodeError(t('account.mfa.wrongCode'));
      return;
    }
    setBusy(true);
    confirmMfaEnrolment(code).then(
      (r) => {
        setResult(r);
        setBusy(false);
      },
      (error: unknown) => {
        const refused = asFailure(error);
        if (refused.fields.some((f) => f.path === 'code')) setCodeError(t('account.mfa.wrongCode'));
        else setFailure(refused);
        setCode('');
        setBusy(false);
      },
    );
  };

  if (result) {
    return (
      <div>
        <Notice tone="success">{t('account.mfa.enabled')}</Notice>
        <RecoveryCodesNotice codes={result.recoveryCodes} />
        <button type="button" className="button button--primary" onClick={() => onDone(result.me)}>
          {t('account.signIn.continue')}
        </button>
      </div>
    );
  }

  if (!enrolment) {
    return (
      <div>
        {failure && <Notice tone="error">{t(`errors.api.${failure.code}`)}</Notice>}
        <button type="button" className="button button--primary" onClick={start} disabled={busy}>
          {t('account.mfa.start')}
        </button>
      </div>
    );
  }

  return (
    <form onSubmit={confirm} noValidate className="mfa-enrolment">
      <p>{t('account.mfa.scan')}</p>
      {qr && (
        <img className="mfa-enrolment__qr" src={qr} alt={t('account.mfa.qrAlt')} width={200} height={200} />
      )}
      <p>
        {t('account.mfa.manualKey')}{' '}
        <code className="mfa-enrolment__key" data-testid="mfa-secret">
          {enrolment.secret.match(/.{1,4}/g)?.join(' ')}
        </code>
      </p>
      {failure && <Notice tone="error">{t(`errors.api.${failure.code}`)}</Notice>}
      <TextField
        id="mfa-confirm-code"
        label={t('account.mfa.confirmCode')}
        value={code}
        onValueChange={setCode}
        autoComplete="one-time-code"
        inputMode="numeric"
        error={codeError}
        required
      />
      <button type="submit" className="button button--primary" disabled={busy}>
        {busy ? t('app.saving') : t('account.mfa.confirm')}
      </button>
    </form>
  );
}
