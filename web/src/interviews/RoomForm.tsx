import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { RoomInput, roomFeatures, type RoomView } from '@refugio/contract';
import { createRoom } from '../api/interviews';
import { useReference } from '../app/ReferenceContext';
import { CheckboxField } from '../ui/CheckboxField';
import { FormButtons } from '../ui/FormButtons';
import { FormFailure } from '../ui/FormFailure';
import { SelectField } from '../ui/SelectField';
import { TextField } from '../ui/TextField';
import { useFormSubmission } from '../ui/useFormSubmission';
import { useFormValues } from '../ui/useFormValues';

/** Adds a room to one of the offices the user keeps the rooms of. */
export function RoomForm({
  officeIds,
  onSaved,
}: {
  officeIds: readonly string[];
  onSaved: (room: RoomView) => void;
}) {
  const { t } = useTranslation();
  const { offices } = useReference();
  const submission = useFormSubmission();
  const { form, saving, failure, error, refuse, send } = submission;
  const fieldError = submission.error;
  const { values, field, reset } = useFormValues(
    { officeId: officeIds[0] ?? '', name: '', capacity: '4' },
    { idPrefix: 'room', error: fieldError },
  );
  const [features, setFeatures] = useState<string[]>([]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = RoomInput.safeParse({ ...values, capacity: Number(values.capacity), features });
    if (!parsed.success) return refuse(parsed.error.issues);
    send(createRoom(parsed.data), (room) => {
      reset();
      setFeatures([]);
      onSaved(room);
    });
  };

  return (
    <form ref={form} className="stacked-form" onSubmit={submit} noValidate aria-busy={saving}>
      <FormFailure failure={failure} />
      {officeIds.length > 1 && (
        <SelectField
          {...field('officeId')}
          label={t('interviews.rooms.office')}
          options={officeIds.map((id) => ({
            value: id,
            label: offices.find((o) => o.id === id)?.name ?? id,
          }))}
          required
        />
      )}
      <TextField {...field('name')} label={t('interviews.rooms.name')} maxLength={100} required />
      <TextField {...field('capacity')} label={t('interviews.rooms.capacity')} inputMode="numeric" required />
      <fieldset className="fieldset">
        <legend>{t('interviews.rooms.features')}</legend>
        {roomFeatures.map((f) => (
          <CheckboxField
            key={f}
            id={`room-feature-${f}`}
            label={t(`interviews.rooms.feature.${f}`)}
            checked={features.includes(f)}
            onCheckedChange={(on) => setFeatures((all) => (on ? [...all, f] : all.filter((x) => x !== f)))}
          />
        ))}
      </fieldset>
      {error('features') && <p className="field__error">{error('features')}</p>}
      <FormButtons label={t('interviews.rooms.save')} saving={saving} />
    </form>
  );
}
