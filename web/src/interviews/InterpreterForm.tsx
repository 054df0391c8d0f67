import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { InterpreterInput, interpreterEngagements, sexes, type InterpreterView } from '@refugio/contract';
import { createInterpreter, updateInterpreter } from '../api/interviews';
import { useReference } from '../app/ReferenceContext';
import { useNames } from '../i18n/useNames';
import { CheckboxField } from '../ui/CheckboxField';
import { DateField } from '../ui/DateField';
import { FormButtons } from '../ui/FormButtons';
import { FormFailure } from '../ui/FormFailure';
import { MultiSelectField } from '../ui/MultiSelectField';
import { SelectField } from '../ui/SelectField';
import { TextField } from '../ui/TextField';
import { useFormSubmission } from '../ui/useFormSubmission';
import { useFormValues } from '../ui/useFormValues';
import { useState } from 'react';

interface Props {
  /** The entry to change; a new one when absent. */
  interpreter?: InterpreterView;
  onSaved: (saved: InterpreterView) => void;
  onCancel?: () => void;
  onConflict: () => void;
}

/** Adds an interpreter to the register or changes one: languages, sex, offices, confidentiality. */
export function InterpreterForm({ interpreter, onSaved, onCancel, onConflict }: Props) {
  const { t } = useTranslation();
  const names = useNames();
  const { offices } = useReference();
  const submission = useFormSubmission({ onConflict });
  const { form, saving, failure, error, refuse, send } = submission;
  const prefix = interpreter ? `interpreter-${interpreter.id}` : 'interpreter-new';
  const { values, field } = useFormValues(
    {
      fullName: interpreter?.fullName ?? '',
      sex: interpreter?.sex ?? '',
      engagement: interpreter?.engagement ?? 'contracted',
      languageNotes: interpreter?.languageNotes ?? '',
      phone: interpreter?.phone ?? '',
      email: interpreter?.email ?? '',
      confidentialitySignedOn: interpreter?.confidentialitySignedOn ?? '',
    },
    { idPrefix: prefix, error },
  );
  const [languages, setLanguages] = useState<string[]>(interpreter?.languages ?? []);
  const [officeIds, setOfficeIds] = useState<string[]>(interpreter?.officeIds ?? []);
  const [active, setActive] = useState(interpreter?.active ?? true);
  const officeName = (id: string) => offices.find((o) => o.id === id)?.name ?? id;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const candidate = {
      ...values,
      languages,
      officeIds,
      active,
      confidentialitySignedOn: values.confidentialitySignedOn || null,
    };
    const parsed = InterpreterInput.safeParse(candidate);
    if (!parsed.success) return refuse(parsed.error.issues);
    send(
      interpreter
        ? updateInterpreter(interpreter.id, { ...parsed.data, version: interpreter.version })
        : createInterpreter(parsed.data),
      onSaved,
    );
  };

  return (
    <form ref={form} className="stacked-form" onSubmit={submit} noValidate aria-busy={saving}>
      <FormFailure failure={failure} />
      <TextField
        {...field('fullName')}
        label={t('interviews.interpreters.fullName')}
        maxLength={200}
        required
      />
      <SelectField
        {...field('sex')}
        label={t('interviews.interpreters.sex')}
        placeholder="—"
        options={sexes.map((s) => ({ value: s, label: t(`sex.${s}`) }))}
        required
      />
      <MultiSelectField
        id={`${prefix}-languages`}
        label={t('interviews.interpreters.languages')}
        addLabel={t('interviews.interpreters.addLanguage')}
        placeholder={t('interviews.interpreters.languagePlaceholder')}
        options={names.languageOptions}
        values={languages}
        onValuesChange={setLanguages}
        nameOf={names.spokenLanguage}
        error={error('languages')}
        required
      />
      <TextField
        {...field('languageNotes')}
        label={t('interviews.interpreters.languageNotes')}
        maxLength={1000}
      />
      <MultiSelectField
        id={`${prefix}-offices`}
        label={t('interviews.interpreters.offices')}
        hint={t('interviews.interpreters.officesHint')}
        addLabel={t('interviews.interpreters.addOffice')}
        placeholder={t('interviews.interpreters.officePlaceholder')}
        options={offices.map((o) => ({ value: o.id, label: o.name }))}
        values={officeIds}
        onValuesChange={setOfficeIds}
        nameOf={officeName}
        error={error('officeIds')}
      />
      <SelectField
        {...field('engagement')}
        label={t('interviews.interpreters.engagement')}
        options={interpreterEngagements.map((e) => ({ value: e, label: t(`interviews.engagement.${e}`) }))}
        required
      />
      <TextField {...field('phone')} label={t('interviews.interpreters.phone')} maxLength={50} />
      <TextField
        {...field('email')}
        label={t('interviews.interpreters.email')}
        maxLength={200}
        type="email"
      />
      <DateField
        {...field('confidentialitySignedOn')}
        label={t('interviews.interpreters.confidentialitySignedOn')}
        hint={t('interviews.interpreters.confidentialityHint')}
      />
      <CheckboxField
        id={`${prefix}-active`}
        label={t('interviews.interpreters.active')}
        checked={active}
        onCheckedChange={setActive}
      />
      <FormButtons label={t('interviews.interpreters.save')} saving={saving} onCancel={onCancel} />
    </form>
  );
}
