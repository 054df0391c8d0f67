import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  fullName,
  NotifyDecisionInput,
  type CaseDetail,
  type DecisionStepResult,
  type DecisionView,
} from '@refugio/contract';
import { notifyDecision } from '../api/decisions';
import { FormButtons } from '../ui/FormButtons';
import { FormFailure } from '../ui/FormFailure';
import { SelectField } from '../ui/SelectField';
import { useFormSubmission } from '../ui/useFormSubmission';
import { useFormValues } from '../ui/useFormValues';
import { NotificationFields } from './NotificationFields';

interface NotifyDecisionFormProps {
  decision: DecisionView;
  detail: CaseDetail;
  onNotified: (result: DecisionStepResult) => void;
  onConflict: () => void;
}

/**
 * Records that a person was notified of the issued decision: when, how, in which language it was
 * explained (MEX LRPCAP art. 25) and the proof kept. The first notification starts the appeal window.
 */
export function NotifyDecisionForm({ decision, detail, onNotified, onConflict }: NotifyDecisionFormProps) {
  const { t } = useTranslation();
  const principal = detail.people.find((p) => p.role === 'principal') ?? detail.people[0];
  // Each person is notified on their own: the form starts with the first one not yet notified.
  const notified = new Set(decision.notifications.map((n) => n.personId));
  const next = detail.people.find((p) => !notified.has(p.id)) ?? principal;
  const { form, saving, failure, error, refuse, send } = useFormSubmission({ onConflict });
  const { values, field } = useFormValues(
    {
      personId: next?.id ?? '',
      notifiedOn: '',
      method: 'in_person',
      explainedIn: next?.languages[0] ?? '',
      proofKind: 'signed_acknowledgement',
      proofReference: '',
    },
    { idPrefix: `notify-${decision.id}`, error },
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = NotifyDecisionInput.safeParse({
      ...values,
      version: decision.version,
      caseVersion: detail.version,
      explainedIn: values.explainedIn || null,
    });
    if (!parsed.success) return refuse(parsed.error.issues);
    send(notifyDecision(decision.id, parsed.data), onNotified);
  };

  return (
    <form ref={form} className="stacked-form" onSubmit={submit} noValidate aria-busy={saving}>
      <FormFailure failure={failure} />
      <SelectField
        {...field('personId')}
        label={t('decisions.notify.person')}
        options={detail.people.map((p) => ({ value: p.id, label: fullName(p) }))}
        required
      />
      <NotificationFields field={field} />
      <FormButtons label={t('decisions.action.notify')} saving={saving} />
    </form>
  );
}
