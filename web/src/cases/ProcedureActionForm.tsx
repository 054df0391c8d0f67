import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  closureReasonIds,
  reopeningGroundIds,
  type CaseDetail,
  type ProcedureActionView,
} from '@refugio/contract';
import { takeProcedureAction } from '../api/endpoints';
import { CheckboxField } from '../ui/CheckboxField';
import { DateField } from '../ui/DateField';
import { FormFailure } from '../ui/FormFailure';
import { SelectField } from '../ui/SelectField';
import { TextAreaField } from '../ui/TextAreaField';
import { useFormSubmission } from '../ui/useFormSubmission';
import { useFormValues } from '../ui/useFormValues';
import type { CaseFormProps } from './caseForm';

type Values = Record<string, string>;

const dateFields = new Set([
  'interviewDate',
  'referralDate',
  'decisionDate',
  'notificationDate',
  'appealDate',
]);

/** The body the server expects: dates as YYYY-MM-DD, the complementary-protection assessment as an object. */
function toData(requires: readonly string[], values: Values): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const field of requires) {
    if (field === 'complementaryProtectionAssessment') {
      data[field] = {
        protectionNeeded: values.protectionNeeded === 'yes',
        reasons: values.protectionReasons ?? '',
      };
    } else if (values[field] !== undefined && values[field] !== '') {
      data[field] = values[field];
    }
  }
  return data;
}

// ProcedureActionView does not list the transition's closure reasons; `close` records any reason but the
// final decision, which `close_final` implies. The server refuses one the country's transition lacks.
const closureReasons = closureReasonIds.filter((r) => r !== 'final_decision');

interface ProcedureActionFormProps extends CaseFormProps {
  action: ProcedureActionView;
  onDone: (detail: CaseDetail) => void;
}

/** The data one procedure step asks for, sent with the case version the officer is looking at. */
export function ProcedureActionForm(props: ProcedureActionFormProps) {
  const { caseId, version, action, onDone, onConflict, onCancel } = props;
  const { t } = useTranslation();
  const { form, saving, failure, error, send } = useFormSubmission({
    onConflict,
    // The server names a step's data `data.<field>`, and the assessment's parts below its own name.
    fieldPath: (path) => path.replace(/^data\./, '').split('.')[0]!,
  });
  const { values, set, field } = useFormValues(
    (): Values => (action.outcomes?.length === 1 ? { outcome: action.outcomes[0]! } : {}),
    { idPrefix: `procedure-${action.action}`, error },
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    send(
      takeProcedureAction(caseId, action.action, { version, data: toData(action.requires, values) }),
      onDone,
    );
  };

  const outcomeOptions = (action.outcomes ?? []).map((value) => ({
    value,
    label: t(`procedure.outcomes.${value}`),
  }));
  // The server lists what this country's procedure allows; older answers fall back to the standard ids.
  const closureOptions = (action.closureReasons ?? closureReasons).map((value) => ({
    value,
    label: t(`procedure.closureReasons.${value}`),
  }));
  const groundOptions = (action.reopeningGrounds ?? reopeningGroundIds).map((value) => ({
    value,
    label: t(`procedure.reopeningGrounds.${value}`),
  }));
  return (
    <form ref={form} className="procedure-form" onSubmit={submit} noValidate aria-busy={saving}>
      <h3>{t(`procedure.actions.${action.action}`)}</h3>
      <FormFailure failure={failure} />
      {action.requires.map((name) => {
        if (dateFields.has(name))
          return <DateField key={name} {...field(name)} label={t(`procedure.fields.${name}`)} required />;
        if (name === 'outcome')
          return (
            <SelectField
              key={name}
              {...field(name)}
              label={t('procedure.fields.outcome')}
              options={outcomeOptions}
              placeholder={t('person.choose')}
              required
            />
          );
        if (name === 'closureReason' || name === 'reopeningGround') {
          return (
            <SelectField
              key={name}
              {...field(name)}
              label={t(`procedure.fields.${name}`)}
              options={name === 'closureReason' ? closureOptions : groundOptions}
              placeholder={t('person.choose')}
              required
            />
          );
        }
        if (name === 'complementaryProtectionAssessment')
          return (
            <fieldset key={name} className="procedure-form__group">
              <legend>{t('procedure.fields.complementaryProtectionAssessment')}</legend>
              <CheckboxField
                id={field('protectionNeeded').id}
                label={t('procedure.fields.protectionNeeded')}
                checked={values.protectionNeeded === 'yes'}
                onCheckedChange={(c) => set('protectionNeeded')(c ? 'yes' : 'no')}
              />
              <TextAreaField
                {...field('protectionReasons')}
                label={t('procedure.fields.protectionReasons')}
                required
                error={error(name)}
              />
            </fieldset>
          );
        return <TextAreaField key={name} {...field(name)} label={t(`procedure.fields.${name}`)} required />;
      })}
      <div className="procedure-form__buttons">
        <button type="submit" className="button button--primary" disabled={saving}>
          {t('procedure.confirm')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel} disabled={saving}>
          {t('procedure.cancel')}
        </button>
      </div>
    </form>
  );
}
