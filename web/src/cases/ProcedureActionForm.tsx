import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  closureReasonIds,
  reopeningGroundIds,
  type CaseDetail,
  type ProcedureActionView,
} from '@refugio/contract';
import { asFailure, type ApiFailure } from '../api/client';
import { takeProcedureAction } from '../api/endpoints';
import { issuesFromApi, translateIssue } from '../i18n/fieldErrors';
import { CheckboxField } from '../ui/CheckboxField';
import { DateField } from '../ui/DateField';
import { Notice } from '../ui/Notice';
import { SelectField } from '../ui/SelectField';
import { TextAreaField } from '../ui/TextAreaField';
import { useFocusFirstError } from '../ui/useFocusFirstError';

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

interface ProcedureActionFormProps {
  caseId: string;
  /** The case version on screen; after a conflict the reloaded one, so a retry is not refused again. */
  version: number;
  action: ProcedureActionView;
  onDone: (detail: CaseDetail) => void;
  /** Someone changed the case meanwhile (409): the page reloads it. */
  onConflict: () => void;
  onCancel: () => void;
}

/** The data one procedure step asks for, sent with the case version the officer is looking at. */
export function ProcedureActionForm(props: ProcedureActionFormProps) {
  const { caseId, version, action, onDone, onConflict, onCancel } = props;
  const { t } = useTranslation();
  const [values, setValues] = useState<Values>((): Values =>
    action.outcomes?.length === 1 ? { outcome: action.outcomes[0]! } : {},
  );
  const [failure, setFailure] = useState<ApiFailure | undefined>();
  const [saving, setSaving] = useState(false);
  const [attempts, setAttempts] = useState(0);
  const form = useFocusFirstError(attempts);
  const set = (field: string) => (value: string) => setValues((v) => ({ ...v, [field]: value }));
  const errors = issuesFromApi(failure?.fields ?? [], (path) => path.replace(/^data\./, '').split('.')[0]!);
  const error = (field: string) => (errors[field] ? translateIssue(t, errors[field]) : undefined);
  const id = (field: string) => `procedure-${action.action}-${field}`;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setFailure(undefined);
    setSaving(true);
    takeProcedureAction(caseId, action.action, { version, data: toData(action.requires, values) }).then(
      onDone,
      (e: unknown) => {
        const f = asFailure(e);
        setSaving(false);
        // Someone else moved the case meanwhile: show the officer what it is now.
        if (f.code === 'conflict') return onConflict();
        setFailure(f);
        setAttempts((n) => n + 1);
      },
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
      {failure && !failure.fields.length && <Notice tone="error">{t(`errors.api.${failure.code}`)}</Notice>}
      {action.requires.map((field) => {
        if (dateFields.has(field))
          return (
            <DateField
              key={field}
              id={id(field)}
              label={t(`procedure.fields.${field}`)}
              value={values[field] ?? ''}
              onValueChange={set(field)}
              required
              error={error(field)}
            />
          );
        if (field === 'outcome')
          return (
            <SelectField
              key={field}
              id={id(field)}
              label={t('procedure.fields.outcome')}
              value={values.outcome ?? ''}
              onValueChange={set('outcome')}
              options={outcomeOptions}
              placeholder={t('person.choose')}
              required
              error={error(field)}
            />
          );
        if (field === 'closureReason' || field === 'reopeningGround') {
          return (
            <SelectField
              key={field}
              id={id(field)}
              label={t(`procedure.fields.${field}`)}
              value={values[field] ?? ''}
              onValueChange={set(field)}
              options={field === 'closureReason' ? closureOptions : groundOptions}
              placeholder={t('person.choose')}
              required
              error={error(field)}
            />
          );
        }
        if (field === 'complementaryProtectionAssessment')
          return (
            <fieldset key={field} className="procedure-form__group">
              <legend>{t('procedure.fields.complementaryProtectionAssessment')}</legend>
              <CheckboxField
                id={id('protectionNeeded')}
                label={t('procedure.fields.protectionNeeded')}
                checked={values.protectionNeeded === 'yes'}
                onCheckedChange={(c) => set('protectionNeeded')(c ? 'yes' : 'no')}
              />
              <TextAreaField
                id={id('protectionReasons')}
                label={t('procedure.fields.protectionReasons')}
                value={values.protectionReasons ?? ''}
                onValueChange={set('protectionReasons')}
                required
                error={error(field)}
              />
            </fieldset>
          );
        return (
          <TextAreaField
            key={field}
            id={id(field)}
            label={t(`procedure.fields.${field}`)}
            value={values[field] ?? ''}
            onValueChange={set(field)}
            required
            error={error(field)}
          />
        );
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
