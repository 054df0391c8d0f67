import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ReleaseUnavailabilityInput, type UnavailabilityView } from '@refugio/contract';
import { releaseUnavailability } from '../api/agenda';
import { FormButtons } from '../ui/FormButtons';
import { FormFailure } from '../ui/FormFailure';
import { TextAreaField } from '../ui/TextAreaField';
import { useFormSubmission } from '../ui/useFormSubmission';
import { useFormValues } from '../ui/useFormValues';
import { spanText } from './spanText';

/** Frees a block of unavailability, saying why; the block stays on record as released. */
export function ReleaseUnavailabilityForm({
  block,
  name,
  onReleased,
  onCancel,
}: {
  block: UnavailabilityView;
  name: string;
  onReleased: (block: UnavailabilityView) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { form, saving, failure, error, refuse, send } = useFormSubmission();
  const { values, field } = useFormValues({ reason: '' }, { idPrefix: `release-${block.id}`, error });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = ReleaseUnavailabilityInput.safeParse(values);
    if (!parsed.success) return refuse(parsed.error.issues);
    send(releaseUnavailability(block.id, parsed.data), onReleased);
  };

  return (
    <form ref={form} className="stacked-form" onSubmit={submit} noValidate aria-busy={saving}>
      <p>{t('agenda.release.what', { name, when: spanText(t, block) })}</p>
      {block.note && <p className="muted">{block.note}</p>}
      <FormFailure failure={failure} />
      <TextAreaField
        {...field('reason')}
        label={t('agenda.release.reason')}
        rows={2}
        maxLength={1000}
        required
      />
      <FormButtons label={t('agenda.release.submit')} saving={saving} onCancel={onCancel} />
    </form>
  );
}
