import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '@refugio/contract';
import { liftSensitivity } from '../api/access';
import { FormButtons } from '../ui/FormButtons';
import { FormFailure } from '../ui/FormFailure';
import { TextAreaField } from '../ui/TextAreaField';
import { useFormSubmission } from '../ui/useFormSubmission';

interface LiftMarkFormProps {
  detail: CaseDetail;
  markId: string;
  onDone: (detail: CaseDetail) => void;
  onCancel: () => void;
  onConflict: () => void;
}

/** Lifts one sensitivity mark, with the reason. */
export function LiftMarkForm({ detail, markId, onDone, onCancel, onConflict }: LiftMarkFormProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const { form, saving, failure, error, send } = useFormSubmission({ onConflict });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    send(liftSensitivity(detail.id, markId, { version: detail.version, reason }), onDone);
  };
  return (
    <form ref={form} onSubmit={submit} noValidate aria-busy={saving} className="access-form">
      <TextAreaField
        id={`lift-reason-${markId}`}
        label={t('access.lift.reason')}
        value={reason}
        onValueChange={setReason}
        maxLength={2000}
        required
        error={error('reason')}
      />
      <FormFailure failure={failure} />
      <FormButtons saving={saving} label={t('access.lift.submit')} onCancel={onCancel} />
    </form>
  );
}
