import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ReturnDecisionInput, type DecisionStepResult, type DecisionView } from '@refugio/contract';
import { returnDecision } from '../api/decisions';
import { FormButtons } from '../ui/FormButtons';
import { FormFailure } from '../ui/FormFailure';
import { TextAreaField } from '../ui/TextAreaField';
import { useFormSubmission } from '../ui/useFormSubmission';
import { useFormValues } from '../ui/useFormValues';

interface ReturnDecisionFormProps {
  decision: DecisionView;
  caseVersion: number;
  onReturned: (result: DecisionStepResult) => void;
  onConflict: () => void;
}

/** The reviewer sends the submitted version back to its author, saying what must change. */
export function ReturnDecisionForm({
  decision,
  caseVersion,
  onReturned,
  onConflict,
}: ReturnDecisionFormProps) {
  const { t } = useTranslation();
  const { form, saving, failure, error, refuse, send } = useFormSubmission({ onConflict });
  const { values, field } = useFormValues({ comments: '' }, { idPrefix: `return-${decision.id}`, error });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = ReturnDecisionInput.safeParse({ ...values, version: decision.version, caseVersion });
    if (!parsed.success) return refuse(parsed.error.issues);
    send(
      returnDecision(decision.id, parsed.data.version, parsed.data.caseVersion, parsed.data.comments),
      onReturned,
    );
  };

  return (
    <form ref={form} className="stacked-form" onSubmit={submit} noValidate aria-busy={saving}>
      <FormFailure failure={failure} />
      <TextAreaField
        {...field('comments')}
        label={t('decisions.action.comments')}
        maxLength={10000}
        required
      />
      <FormButtons label={t('decisions.action.return')} saving={saving} />
    </form>
  );
}
