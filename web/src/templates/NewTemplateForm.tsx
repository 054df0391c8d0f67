import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { outcomeIds, templateKinds, TemplateInput } from '@refugio/contract';
import { createTemplate } from '../api/templates';
import { useNames } from '../i18n/useNames';
import { FormButtons } from '../ui/FormButtons';
import { FormFailure } from '../ui/FormFailure';
import { SelectField } from '../ui/SelectField';
import { TextField } from '../ui/TextField';
import { useFormSubmission } from '../ui/useFormSubmission';
import { useFormValues } from '../ui/useFormValues';
import { templatePath } from './paths';

/** A first body every kind of document can print; the administrator writes the rest in the editor. */
const firstBody = [{ type: 'heading' as const, text: '{{authority.name}}' }];

/** "Nueva plantilla": a first draft of a kind, outcome and language, then opened in the editor. */
export function NewTemplateForm({ onCancel }: { onCancel: () => void }) {
  const { t } = useTranslation();
  const names = useNames();
  const [, navigate] = useLocation();
  const { form, saving, failure, error, refuse, send } = useFormSubmission();
  const { values, field } = useFormValues(
    { kind: 'decision', outcome: '', language: 'spa', title: '', source: '' },
    { idPrefix: 'new-template', error },
  );
  const notice = values.kind === 'interview_notice';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = TemplateInput.safeParse({
      ...values,
      outcome: notice ? null : values.outcome,
      body: firstBody,
      basedOn: null,
    });
    if (!parsed.success) return refuse(parsed.error.issues);
    send(createTemplate(parsed.data), (draft) => navigate(templatePath(draft.id)));
  };

  return (
    <form
      ref={form}
      className="stacked-form panel"
      onSubmit={submit}
      noValidate
      aria-busy={saving}
      aria-labelledby="new-template-heading"
    >
      <h2 id="new-template-heading">{t('templates.create.title')}</h2>
      <p className="muted">{t('templates.create.intro')}</p>
      <FormFailure failure={failure} />
      <div className="form-row">
        <SelectField
          {...field('kind')}
          label={t('templates.create.kind')}
          options={templateKinds.map((k) => ({ value: k, label: t(`templates.kind.${k}`) }))}
          required
        />
        {notice ? (
          <p className="muted">{t('templates.create.noOutcome')}</p>
        ) : (
          <SelectField
            {...field('outcome')}
            label={t('templates.create.outcome')}
            options={outcomeIds.map((o) => ({ value: o, label: t(`decisions.outcome.${o}`) }))}
            placeholder={t('person.choose')}
            required
          />
        )}
        <SelectField
          {...field('language')}
          label={t('templates.create.language')}
          options={names.languageOptions}
          required
        />
      </div>
      <TextField {...field('title')} label={t('templates.create.titleLabel')} maxLength={300} required />
      <TextField
        {...field('source')}
        label={t('templates.create.source')}
        hint={t('templates.create.sourceHint')}
        maxLength={500}
        required
      />
      <FormButtons label={t('templates.create.submit')} saving={saving} onCancel={onCancel} />
    </form>
  );
}
