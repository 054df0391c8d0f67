import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ExtendDeadlineInput,
  extensionReasonCodes,
  type CaseDetail,
  type DeadlineView,
} from '@refugio/contract';
import { extendDeadline } from '../api/endpoints';
import { FormButtons } from '../ui/FormButtons';
import { FormFailure } from '../ui/FormFailure';
import { SelectField } from '../ui/SelectField';
import { TextAreaField } from '../ui/TextAreaField';
import { TextField } from '../ui/TextField';
import { useFormSubmission } from '../ui/useFormSubmission';
import { useFormValues } from '../ui/useFormValues';
import type { CaseFormProps } from './caseForm';

interface ExtendDeadlineFormProps extends CaseFormProps {
  deadline: DeadlineView;
  onExtended: (detail: CaseDetail) => void;
}

/** Extends one time limit by a reason the law lists, in the limit's own unit. */
export function ExtendDeadlineForm(props: ExtendDeadlineFormProps) {
  const { caseId, version, deadline, onExtended, onConflict, onCancel } = props;
  const { t } = useTranslation();
  const { form, saving, failure, error, refuse, send } = useFormSubmission({ onConflict });
  const { values, field } = useFormValues(
    { reason: '', length: '', note: '' },
    { idPrefix: `extend-${deadline.limit}`, error },
  );
  const limitName = t(`deadlines.limits.${deadline.limit}`);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const length = values.length.trim();
    const parsed = ExtendDeadlineInput.safeParse({
      version,
      reason: values.reason,
      length: length === '' ? undefined : Number(length),
      note: values.note,
    });
    if (!parsed.success) return refuse(parsed.error.issues);
    send(extendDeadline(caseId, deadline.limit, parsed.data), onExtended);
  };

  return (
    <form ref={form} className="stacked-form" onSubmit={submit} noValidate aria-busy={saving}>
      <h3>{t('deadlines.extend.title', { limit: limitName })}</h3>
      <FormFailure failure={failure} />
      <SelectField
        {...field('reason')}
        label={t('deadlines.extend.reason')}
        options={extensionReasonCodes.map((r) => ({ value: r, label: t(`deadlines.reasons.${r}`) }))}
        placeholder={t('person.choose')}
        required
      />
      <TextField
        {...field('length')}
        label={t('deadlines.extend.length', { unit: t(`deadlines.units.${deadline.unit}`) })}
        inputMode="numeric"
        className="field--short"
        required
      />
      <TextAreaField {...field('note')} label={t('deadlines.extend.note')} maxLength={4000} />
      <FormButtons label={t('deadlines.extend.submit')} saving={saving} onCancel={onCancel} />
    </form>
  );
}
