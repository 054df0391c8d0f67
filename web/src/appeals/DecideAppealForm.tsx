import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DecideAppealInput,
  todayIn,
  type AppealStepResult,
  type AppealView,
  type OutcomeId,
} from '@refugio/contract';
import { decideAppeal } from '../api/appeals';
import { useReference } from '../app/ReferenceContext';
import { DateField } from '../ui/DateField';
import { FormButtons } from '../ui/FormButtons';
import { FormFailure } from '../ui/FormFailure';
import { SelectField } from '../ui/SelectField';
import { TextAreaField } from '../ui/TextAreaField';
import { useFormSubmission } from '../ui/useFormSubmission';
import { useFormValues } from '../ui/useFormValues';

interface DecideAppealFormProps {
  appeal: AppealView;
  caseVersion: number;
  /** The outcomes the country's procedure allows an appeal decision. */
  outcomes: readonly OutcomeId[];
  onDecided: (result: AppealStepResult) => void;
  onConflict: () => void;
}

/** The appeals officer's decision: outcome, reasons and date. */
export function DecideAppealForm({
  appeal,
  caseVersion,
  outcomes,
  onDecided,
  onConflict,
}: DecideAppealFormProps) {
  const { t } = useTranslation();
  const { profile } = useReference();
  const { form, saving, failure, error, refuse, send } = useFormSubmission({ onConflict });
  const { values, field } = useFormValues(
    () => ({ outcome: '', reasons: '', decidedOn: todayIn(profile.timeZone) }),
    { idPrefix: 'appeal-decide', error },
  );
  const options = outcomes.map((id) => ({ value: id, label: t(`procedure.outcomes.${id}`) }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = DecideAppealInput.safeParse({
      caseVersion,
      version: appeal.version,
      ...values,
      outcome: values.outcome === '' ? undefined : values.outcome,
    });
    if (!parsed.success) return refuse(parsed.error.issues);
    send(decideAppeal(appeal.id, parsed.data), onDecided);
  };

  return (
    <form ref={form} className="stacked-form" onSubmit={submit} noValidate aria-busy={saving}>
      <h3 className="panel__subheading">{t('appeals.decide.title')}</h3>
      <p className="muted">{t('appeals.decide.independence')}</p>
      <FormFailure failure={failure} />
      <SelectField
        {...field('outcome')}
        label={t('appeals.decide.outcome')}
        options={options}
        placeholder=""
        required
      />
      <TextAreaField
        {...field('reasons')}
        label={t('appeals.decide.reasons')}
        rows={6}
        maxLength={20000}
        required
      />
      <DateField {...field('decidedOn')} label={t('appeals.decide.decidedOn')} required />
      <FormButtons label={t('appeals.decide.submit')} saving={saving} />
    </form>
  );
}
