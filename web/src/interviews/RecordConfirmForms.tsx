import type { FormEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  AddendumInput,
  addendumKinds,
  applicantConfirmations,
  ConfirmInterviewRecordInput,
  type InterviewRecordStepResult,
  type InterviewRecordView,
} from '@refugio/contract';
import { addInterviewAddendum, confirmInterviewRecord } from '../api/interviews';
import { useNames } from '../i18n/useNames';
import { CheckboxField } from '../ui/CheckboxField';
import { FormButtons } from '../ui/FormButtons';
import { FormFailure } from '../ui/FormFailure';
import { SelectField } from '../ui/SelectField';
import { TextAreaField } from '../ui/TextAreaField';
import { useFormSubmission } from '../ui/useFormSubmission';
import { useFormValues } from '../ui/useFormValues';

/** The read-back and the applicant's answer; confirming locks the record. */
export function ConfirmRecordForm({
  record,
  caseVersion,
  onConfirmed,
  onConflict,
}: {
  record: InterviewRecordView;
  caseVersion: number;
  onConfirmed: (result: InterviewRecordStepResult) => void;
  onConflict: () => void;
}) {
  const { t } = useTranslation();
  const names = useNames();
  const { form, saving, failure, error, refuse, send } = useFormSubmission({ onConflict });
  const { values, field } = useFormValues(
    { readBackLanguage: record.language, applicantConfirmation: 'confirmed', applicantRemarks: '' },
    { idPrefix: 'confirm', error },
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = ConfirmInterviewRecordInput.safeParse({
      ...values,
      version: record.version,
      caseVersion,
      readBackInterpreterId: record.interpreter?.id ?? null,
    });
    if (!parsed.success) return refuse(parsed.error.issues);
    send(confirmInterviewRecord(record.id, parsed.data), onConfirmed);
  };
  return (
    <form ref={form} className="stacked-form" onSubmit={submit} noValidate aria-busy={saving}>
      <FormFailure failure={failure} />
      <SelectField
        {...field('readBackLanguage')}
        label={t('interviews.record.readBackLanguage')}
        options={names.languageOptions}
        required
      />
      <SelectField
        {...field('applicantConfirmation')}
        label={t('interviews.record.applicantConfirmation')}
        options={applicantConfirmations.map((c) => ({
          value: c,
          label: t(`interviews.record.confirmations.${c}`),
        }))}
        required
      />
      <TextAreaField
        {...field('applicantRemarks')}
        label={t('interviews.record.applicantRemarks')}
        maxLength={5000}
      />
      <FormButtons label={t('interviews.record.confirm')} saving={saving} />
    </form>
  );
}

/** Amends a confirmed record: the record never changes, the addendum follows it. */
export function AddendumForm({
  record,
  onSaved,
}: {
  record: InterviewRecordView;
  onSaved: (record: InterviewRecordView) => void;
}) {
  const { t } = useTranslation();
  const { form, saving, failure, error, refuse, send } = useFormSubmission();
  const { values, field, reset } = useFormValues(
    { kind: 'correction', text: '' },
    { idPrefix: 'addendum', error },
  );
  const [readBack, setReadBack] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = AddendumInput.safeParse({ ...values, readBack });
    if (!parsed.success) return refuse(parsed.error.issues);
    send(addInterviewAddendum(record.id, parsed.data), (saved) => {
      reset();
      setReadBack(false);
      onSaved(saved);
    });
  };
  return (
    <form ref={form} className="stacked-form" onSubmit={submit} noValidate aria-busy={saving}>
      <FormFailure failure={failure} />
      <SelectField
        {...field('kind')}
        label={t('interviews.record.addendumKind')}
        options={addendumKinds.map((k) => ({ value: k, label: t(`interviews.record.addendumKinds.${k}`) }))}
        required
      />
      <TextAreaField
        {...field('text')}
        label={t('interviews.record.addendumText')}
        maxLength={20000}
        required
      />
      <CheckboxField
        id="addendum-readBack"
        label={t('interviews.record.addendumReadBack')}
        checked={readBack}
        onCheckedChange={setReadBack}
      />
      <FormButtons label={t('interviews.record.addAddendum')} saving={saving} />
    </form>
  );
}
