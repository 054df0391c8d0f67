import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CorrectNotificationInput,
  type DecisionNotificationView,
  type DecisionStepResult,
  type DecisionView,
} from '@refugio/contract';
import { correctNotification } from '../api/decisions';
import { FormButtons } from '../ui/FormButtons';
import { FormFailure } from '../ui/FormFailure';
import { TextAreaField } from '../ui/TextAreaField';
import { useFormSubmission } from '../ui/useFormSubmission';
import { useFormValues } from '../ui/useFormValues';
import { NotificationFields } from './NotificationFields';

interface CorrectNotificationFormProps {
  decision: DecisionView;
  /** The notification as it now stands (the latest correction of it, if any). */
  notification: DecisionNotificationView;
  caseVersion: number;
  onCorrected: (result: DecisionStepResult) => void;
  onCancel: () => void;
  onConflict: () => void;
}

/**
 * Corrects a recorded notification (a mistyped date, method or proof): the form starts from what was
 * recorded and asks why it is corrected. The correction is appended; the original stays on file.
 */
export function CorrectNotificationForm(props: CorrectNotificationFormProps) {
  const { decision, notification, caseVersion, onCorrected, onCancel, onConflict } = props;
  const { t } = useTranslation();
  const { form, saving, failure, error, refuse, send } = useFormSubmission({ onConflict });
  const { values, field } = useFormValues(
    {
      notifiedOn: notification.notifiedOn,
      method: notification.method as string,
      explainedIn: notification.explainedIn ?? '',
      proofKind: notification.proofKind as string,
      proofReference: notification.proofReference,
      reason: '',
    },
    { idPrefix: `correct-${notification.id}`, error },
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = CorrectNotificationInput.safeParse({
      ...values,
      version: decision.version,
      caseVersion,
      explainedIn: values.explainedIn || null,
    });
    if (!parsed.success) return refuse(parsed.error.issues);
    send(correctNotification(notification.id, parsed.data), onCorrected);
  };

  return (
    <form ref={form} className="stacked-form" onSubmit={submit} noValidate aria-busy={saving}>
      <FormFailure failure={failure} />
      <NotificationFields field={field} />
      <TextAreaField
        {...field('reason')}
        label={t('decisions.correct.reason')}
        hint={t('decisions.correct.reasonHint')}
        rows={3}
        maxLength={2000}
        required
      />
      <FormButtons label={t('decisions.correct.submit')} saving={saving} onCancel={onCancel} />
    </form>
  );
}
