import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { BreakGlassGranted } from '@refugio/contract';
import { requestBreakGlass } from '../api/access';
import { useReference } from '../app/ReferenceContext';
import { paths } from '../app/paths';
import { formatDateTime } from '../i18n/dates';
import { FormButtons } from '../ui/FormButtons';
import { FormFailure } from '../ui/FormFailure';
import { Notice } from '../ui/Notice';
import { TextAreaField } from '../ui/TextAreaField';
import { TextField } from '../ui/TextField';
import { useFormSubmission } from '../ui/useFormSubmission';

/**
 * Asks for emergency access to a case outside one's scope: its number and why. The server grants it
 * for a few hours, records it, and lists it for the supervisors' review.
 */
export function BreakGlassRequestForm({ onGranted }: { onGranted?: (granted: BreakGlassGranted) => void }) {
  const { t } = useTranslation();
  const { profile } = useReference();
  const [caseNumber, setCaseNumber] = useState('');
  const [reason, setReason] = useState('');
  const [granted, setGranted] = useState<BreakGlassGranted | null>(null);
  const { form, saving, failure, error, send } = useFormSubmission();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    send(requestBreakGlass({ caseNumber, reason }), (result) => {
      setGranted(result);
      onGranted?.(result);
    });
  };

  if (granted) {
    return (
      <Notice tone="warning">
        <p>
          {t('access.breakGlass.granted', { until: formatDateTime(granted.expiresAt, profile.timeZone) })}
        </p>
        <p>
          <Link href={paths.case(granted.caseId)}>{t('access.breakGlass.open')}</Link>
        </p>
      </Notice>
    );
  }
  return (
    <form ref={form} onSubmit={submit} noValidate aria-busy={saving} className="access-form">
      <fieldset>
        <legend>{t('access.breakGlass.title')}</legend>
        <p className="muted">{t('access.breakGlass.offerBody')}</p>
        <TextField
          id="break-glass-case-number"
          label={t('access.breakGlass.caseNumber')}
          value={caseNumber}
          onValueChange={setCaseNumber}
          required
          error={error('caseNumber')}
        />
        <TextAreaField
          id="break-glass-reason"
          label={t('access.breakGlass.reason')}
          value={reason}
          onValueChange={setReason}
          maxLength={2000}
          required
          error={error('reason')}
        />
      </fieldset>
      <FormFailure failure={failure} />
      <FormButtons saving={saving} label={t('access.breakGlass.submit')} />
    </form>
  );
}
