import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DraftDecisionInput,
  type DecisionVersionView,
  type DecisionView,
  type OutcomeId,
} from '@refugio/contract';
import { FormButtons } from '../ui/FormButtons';
import { FormFailure } from '../ui/FormFailure';
import { SelectField } from '../ui/SelectField';
import { TextAreaField } from '../ui/TextAreaField';
import { useFormSubmission } from '../ui/useFormSubmission';
import { useFormValues } from '../ui/useFormValues';

const draftOutcomes: OutcomeId[] = ['recognized', 'complementary_protection', 'rejected'];
const bases = ['refugee_definition', 'expanded_definition'] as const;

/** What a draft says: the outcome, the basis of a recognition and the officer's own explanation. */
export interface DraftFields {
  outcome: OutcomeId;
  recognitionBasis: (typeof bases)[number] | null;
  individualExplanation: string;
}

interface DraftDecisionFormProps {
  idPrefix: string;
  /** The version to start from when correcting a draft; a blank refusal for a new one. */
  from?: DecisionVersionView;
  submitLabel: string;
  save: (fields: DraftFields) => Promise<DecisionView>;
  onSaved: (view: DecisionView) => void;
  onCancel?: () => void;
  onConflict: () => void;
}

/**
 * The text of a draft decision. The reasons themselves come from the assessment (taken when the
 * version is submitted); here the officer chooses the outcome and adds the individual explanation.
 */
export function DraftDecisionForm(props: DraftDecisionFormProps) {
  const { idPrefix, from, submitLabel, save, onSaved, onCancel, onConflict } = props;
  const { t } = useTranslation();
  const { form, saving, failure, error, refuse, send } = useFormSubmission({ onConflict });
  const { values, field } = useFormValues(
    {
      outcome: from?.outcome ?? 'rejected',
      recognitionBasis: from?.recognitionBasis ?? 'refugee_definition',
      individualExplanation: from?.individualExplanation ?? '',
    },
    { idPrefix, error },
  );
  const recognition = values.outcome === 'recognized';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = DraftDecisionInput.safeParse({
      outcome: values.outcome,
      recognitionBasis: recognition ? values.recognitionBasis : null,
      individualExplanation: values.individualExplanation,
    });
    if (!parsed.success) return refuse(parsed.error.issues);
    const { outcome, recognitionBasis, individualExplanation } = parsed.data;
    send(save({ outcome, recognitionBasis, individualExplanation }), onSaved);
  };

  return (
    <form ref={form} className="stacked-form" onSubmit={submit} noValidate aria-busy={saving}>
      <FormFailure failure={failure} />
      <SelectField
        {...field('outcome')}
        label={t('decisions.draft.outcome')}
        options={draftOutcomes.map((o) => ({ value: o, label: t(`decisions.outcome.${o}`) }))}
        required
      />
      {recognition && (
        <SelectField
          {...field('recognitionBasis')}
          label={t('decisions.draft.basis')}
          options={bases.map((b) => ({ value: b, label: t(`decisions.basis.${b}`) }))}
          required
        />
      )}
      <TextAreaField
        {...field('individualExplanation')}
        label={t('decisions.draft.explanation')}
        hint={t('decisions.draft.explanationHint')}
        rows={5}
        maxLength={20000}
      />
      <FormButtons label={submitLabel} saving={saving} onCancel={onCancel} />
    </form>
  );
}
