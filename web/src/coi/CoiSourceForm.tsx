import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CoiSourceInput, type CoiSourceView } from '@refugio/contract';
import { createCoiSource, fileToBase64 } from '../api/coi';
import { parseUserDate } from '../i18n/dates';
import { useNames } from '../i18n/useNames';
import { DateField } from '../ui/DateField';
import { Field } from '../ui/Field';
import { FormButtons } from '../ui/FormButtons';
import { FormFailure } from '../ui/FormFailure';
import { SelectField } from '../ui/SelectField';
import { TextAreaField } from '../ui/TextAreaField';
import { TextField } from '../ui/TextField';
import { useFormSubmission } from '../ui/useFormSubmission';
import { useFormValues } from '../ui/useFormValues';

const blank = {
  title: '',
  publisher: '',
  publishedOn: '',
  datePrecision: 'day',
  url: '',
  countries: '',
  topics: '',
  language: '',
  summary: '',
};

const list = (text: string) =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/** Adds a source to the library, with its link, its PDF, or both. */
export function CoiSourceForm({ onSaved }: { onSaved: (source: CoiSourceView) => void }) {
  const { t } = useTranslation();
  const names = useNames();
  const { form, saving, failure, error, refuse, send } = useFormSubmission();
  const { values, field, reset } = useFormValues(blank, { idPrefix: 'coi-source', error });
  const [file, setFile] = useState<File | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = CoiSourceInput.safeParse({
      ...values,
      publishedOn: parseUserDate(values.publishedOn),
      countries: list(values.countries.toUpperCase()),
      topics: list(values.topics),
      language: values.language || null,
      file: file ? { fileName: file.name, contentBase64: await fileToBase64(file) } : null,
    });
    if (!parsed.success) return refuse(parsed.error.issues);
    send(createCoiSource(parsed.data), (source) => {
      reset();
      setFile(null);
      onSaved(source);
    });
  };

  return (
    <form ref={form} className="stacked-form" onSubmit={(e) => void submit(e)} noValidate aria-busy={saving}>
      <FormFailure failure={failure} />
      <TextField {...field('title')} label={t('coi.source.title')} maxLength={500} required />
      <TextField {...field('publisher')} label={t('coi.source.publisher')} maxLength={300} required />
      <DateField {...field('publishedOn')} label={t('coi.source.publishedOn')} required />
      <SelectField
        {...field('datePrecision')}
        label={t('coi.source.datePrecision')}
        options={(['day', 'month', 'year'] as const).map((p) => ({
          value: p,
          label: t(`coi.source.precision.${p}`),
        }))}
      />
      <TextField {...field('url')} type="url" label={t('coi.source.url')} maxLength={2000} />
      <Field
        id="coi-source-file"
        label={t('coi.source.file')}
        hint={t('coi.source.fileHint')}
        error={error('file.contentBase64')}
      >
        {(control) => (
          <input
            {...control}
            type="file"
            accept="application/pdf"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        )}
      </Field>
      <TextField
        {...field('countries')}
        label={t('coi.source.countries')}
        hint={t('coi.source.countriesHint')}
        error={error('countries') ?? error('countries.0')}
        required
      />
      <TextField {...field('topics')} label={t('coi.source.topics')} hint={t('coi.source.topicsHint')} />
      <SelectField
        {...field('language')}
        label={t('coi.source.language')}
        placeholder=""
        options={names.languageOptions}
      />
      <TextAreaField {...field('summary')} label={t('coi.source.summary')} rows={4} maxLength={20000} />
      <FormButtons label={t('coi.add.submit')} saving={saving} />
    </form>
  );
}
