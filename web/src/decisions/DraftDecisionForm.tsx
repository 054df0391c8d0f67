import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DraftDecisionInput,
  fullName,
  type CaseDetail,
  type DecisionPersonInput,
  type DecisionVersionView,
  type DecisionView,
  type OutcomeId,
} from '@refugio/contract';
import { CheckboxField } from '../ui/CheckboxField';
import { FormButtons } from '../ui/FormButtons';
import { FormFailure } from '../ui/FormFailure';
import { SelectField } from '../ui/SelectField';
import { TextAreaField } from '../ui/TextAreaField';
import { useFormSubmission } from '../ui/useFormSubmission';
import { useFormValues } from '../ui/useFormValues';

const draftOutcomes: OutcomeId[] = ['recognized', 'complementary_protection', 'rejected'];
const bases = ['refugee_definition', 'expanded_definition'] as const;

/** What a draft says: the outcome and its basis, sur place, the dependants decided separately, the explanation. */
export interface DraftFields {
  outcome: OutcomeId;
  recognitionBasis: (typeof bases)[number] | null;
  surPlace: boolean;
  individualExplanation: string;
  /** Every dependant, in the case's order: following the principal or decided separately. */
  people: DecisionPersonInput[];
}

interface DraftDecisionFormProps {
  idPrefix: string;
  /** The people of the case: each dependant follows the principal unless decided separately. */
  people: readonly CaseDetail['people'][number][];
  /** The version to start from when correcting a draft; a blank refusal for a new one. */
  from?: DecisionVersionView;
  submitLabel: string;
  save: (fields: DraftFields) => Promise<DecisionView>;
  onSaved: (view: DecisionView) => void;
  onCancel?: () => void;
  onConflict: () => void;
}

const yes = 'yes';

/**
 * The text of a draft decision. The reasons themselves come from the assessment (taken when the
 * version is submitted); here the officer chooses the outcome, says whether the claim arose sur place,
 * decides a dependant separately where their own claim calls for it (with the outcome and why;
 * otherwise they follow the principal, MEX LRPCAP art. 12) and adds the individual explanation.
 */
export function DraftDecisionForm(props: DraftDecisionFormProps) {
  const { idPrefix, from, submitLabel, save, onSaved, onCancel, onConflict } = props;
  const { t } = useTranslation();
  const dependants = props.people.filter((p) => p.role === 'dependant');
  const { form, saving, failure, error, refuse, send } = useFormSubmission({ onConflict });
  const { values, field, set } = useFormValues<Record<string, string>>(
    () => {
      const initial: Record<string, string> = {
        outcome: from?.outcome ?? 'rejected',
        recognitionBasis: from?.recognitionBasis ?? 'refugee_definition',
        surPlace: from?.surPlace ? yes : '',
        individualExplanation: from?.individualExplanation ?? '',
      };
      dependants.forEach((person, i) => {
        const decided = from?.people.find((p) => p.personId === person.id && !p.followsPrincipal);
        initial[`people.${i}.separate`] = decided ? yes : '';
        initial[`people.${i}.outcome`] = decided?.outcome ?? '';
        initial[`people.${i}.reasons`] = decided?.reasons ?? '';
      });
      return initial;
    },
    { idPrefix, error },
  );
  const recognition = values.outcome === 'recognized';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = DraftDecisionInput.safeParse({
      outcome: values.outcome,
      recognitionBasis: recognition ? values.recognitionBasis : null,
      surPlace: values.surPlace === yes,
      individualExplanation: values.individualExplanation,
      people: dependants.map((person, i) =>
        values[`people.${i}.separate`] === yes
          ? {
              personId: person.id,
              followsPrincipal: false,
              outcome: values[`people.${i}.outcome`] || null,
              reasons: values[`people.${i}.reasons`],
            }
          : { personId: person.id, followsPrincipal: true },
      ),
    });
    if (!parsed.success) return refuse(parsed.error.issues);
    const { outcome, recognitionBasis, surPlace, individualExplanation, people } = parsed.data;
    send(save({ outcome, recognitionBasis, surPlace, individualExplanation, people }), onSaved);
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
      <CheckboxField
        id={`${idPrefix}-surPlace`}
        label={t('decisions.draft.surPlace')}
        checked={values.surPlace === yes}
        onCheckedChange={(checked) => set('surPlace')(checked ? yes : '')}
      />
      {dependants.length > 0 && (
        <fieldset className="fieldset">
          <legend>{t('decisions.draft.dependants')}</legend>
          <p className="muted">{t('decisions.draft.dependantsHint')}</p>
          {dependants.map((person, i) => {
            const separate = values[`people.${i}.separate`] === yes;
            const name = fullName(person);
            return (
              <div key={person.id} className="stacked-form">
                <CheckboxField
                  id={`${idPrefix}-people.${i}.separate`}
                  label={t('decisions.draft.separately', { name })}
                  checked={separate}
                  onCheckedChange={(checked) => set(`people.${i}.separate`)(checked ? yes : '')}
                />
                {separate && (
                  <>
                    <SelectField
                      {...field(`people.${i}.outcome`)}
                      label={t('decisions.draft.personOutcome', { name })}
                      placeholder=""
                      options={draftOutcomes.map((o) => ({ value: o, label: t(`decisions.outcome.${o}`) }))}
                      required
                    />
                    <TextAreaField
                      {...field(`people.${i}.reasons`)}
                      label={t('decisions.draft.personReasons', { name })}
                      rows={3}
                      maxLength={5000}
                      required
                    />
                  </>
                )}
              </div>
            );
          })}
        </fieldset>
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
