import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SupersedeCoiSourceInput, type CoiSourceView } from '@refugio/contract';
import { supersedeCoiSource } from '../api/coi';
import { FormButtons } from '../ui/FormButtons';
import { FormFailure } from '../ui/FormFailure';
import { TextAreaField } from '../ui/TextAreaField';
import { useFormSubmission } from '../ui/useFormSubmission';
import { useFormValues } from '../ui/useFormValues';
import { CoiSourcePicker } from './CoiSourcePicker';

/** Marks a source superseded, with the reason and, when there is one, the source that replaces it. */
export function SupersedeForm({
  source,
  onSaved,
  onConflict,
}: {
  source: CoiSourceView;
  onSaved: (source: CoiSourceView) => void;
  onConflict: () => void;
}) {
  const { t } = useTranslation();
  const { form, saving, failure, error, refuse, send } = useFormSubmission({ onConflict });
  const { values, field } = useFormValues({ reason: '' }, { idPrefix: 'supersede', error });
  const [successor, setSuccessor] = useState<CoiSourceView | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = SupersedeCoiSourceInput.safeParse({
      version: source.version,
      reason: values.reason,
      supersededBy: successor?.id ?? null,
    });
    if (!parsed.success) return refuse(parsed.error.issues);
    send(supersedeCoiSource(source.id, parsed.data), onSaved);
  };

  return (
    <form ref={form} className="stacked-form" onSubmit={submit} noValidate aria-busy={saving}>
      <FormFailure failure={failure} />
      <TextAreaField {...field('reason')} label={t('coi.supersede.reason')} maxLength={2000} required />
      <CoiSourcePicker
        id="supersede-successor"
        label={t('coi.supersede.successor')}
        hint={t('coi.supersede.successorHint')}
        error={error('supersededBy')}
        chosen={successor}
        onChoose={setSuccessor}
        exclude={source.id}
      />
      <FormButtons label={t('coi.supersede.submit')} saving={saving} />
    </form>
  );
}
