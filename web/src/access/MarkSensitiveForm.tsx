import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fullName, sensitivityCategories, type CaseDetail } from '@refugio/contract';
import { markSensitive } from '../api/access';
import { FormButtons } from '../ui/FormButtons';
import { FormFailure } from '../ui/FormFailure';
import { SelectField } from '../ui/SelectField';
import { TextAreaField } from '../ui/TextAreaField';
import { useFormSubmission } from '../ui/useFormSubmission';

interface MarkSensitiveFormProps {
  detail: CaseDetail;
  onDone: (detail: CaseDetail) => void;
  onCancel: () => void;
  onConflict: () => void;
}

/** Marks the case, or one person of it, sensitive: a category and the reason (kept out of the audit). */
export function MarkSensitiveForm({ detail, onDone, onCancel, onConflict }: MarkSensitiveFormProps) {
  const { t } = useTranslation();
  const [category, setCategory] = useState('');
  const [personId, setPersonId] = useState('');
  const [reason, setReason] = useState('');
  const { form, saving, failure, error, send, refuse } = useFormSubmission({ onConflict });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const chosen = sensitivityCategories.find((c) => c === category);
    if (!chosen) return refuse([{ path: ['category'], code: 'invalid_value', message: '' }]);
    send(
      markSensitive(detail.id, {
        version: detail.version,
        category: chosen,
        reason,
        personId: personId === '' ? null : personId,
      }),
      onDone,
    );
  };

  return (
    <form ref={form} onSubmit={submit} noValidate aria-busy={saving} className="access-form">
      <fieldset>
        <legend>{t('access.mark.legend')}</legend>
        <SelectField
          id="sensitivity-category"
          label={t('access.mark.category')}
          value={category}
          onValueChange={setCategory}
          options={sensitivityCategories.map((c) => ({ value: c, label: t(`access.category.${c}`) }))}
          placeholder="—"
          required
          error={error('category')}
        />
        <SelectField
          id="sensitivity-person"
          label={t('access.mark.person')}
          value={personId}
          onValueChange={setPersonId}
          options={detail.people.map((p) => ({ value: p.id, label: fullName(p) }))}
          placeholder={t('access.wholeCase')}
          error={error('personId')}
        />
        <TextAreaField
          id="sensitivity-reason"
          label={t('access.mark.reason')}
          value={reason}
          onValueChange={setReason}
          maxLength={2000}
          required
          error={error('reason')}
        />
      </fieldset>
      <FormFailure failure={failure} />
      <FormButtons saving={saving} label={t('access.mark.submit')} onCancel={onCancel} />
    </form>
  );
}
