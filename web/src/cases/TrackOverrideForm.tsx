import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { OverrideTrackInput, type CaseDetail, type TrackId } from '@refugio/contract';
import { overrideTrack } from '../api/endpoints';
import type { Option } from '../i18n/useNames';
import { FormButtons } from '../ui/FormButtons';
import { FormFailure } from '../ui/FormFailure';
import { SelectField } from '../ui/SelectField';
import { TextAreaField } from '../ui/TextAreaField';
import { useFormSubmission } from '../ui/useFormSubmission';
import { useFormValues } from '../ui/useFormValues';
import type { CaseFormProps } from './caseForm';

interface TrackOverrideFormProps extends CaseFormProps {
  /** The profile's other tracks, named in the UI language. */
  tracks: readonly Option[];
  onOverridden: (detail: CaseDetail, track: TrackId) => void;
}

/** A supervisor moves the case to another of the profile's tracks, saying why. */
export function TrackOverrideForm(props: TrackOverrideFormProps) {
  const { caseId, version, tracks, onOverridden, onConflict, onCancel } = props;
  const { t } = useTranslation();
  const { form, saving, failure, error, refuse, send } = useFormSubmission({ onConflict });
  const { values, field } = useFormValues({ track: '', reason: '' }, { idPrefix: 'track-override', error });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = OverrideTrackInput.safeParse({
      version,
      track: values.track === '' ? undefined : values.track,
      reason: values.reason,
    });
    if (!parsed.success) return refuse(parsed.error.issues);
    send(overrideTrack(caseId, parsed.data), (detail) => onOverridden(detail, parsed.data.track));
  };

  return (
    <form ref={form} className="stacked-form" onSubmit={submit} noValidate aria-busy={saving}>
      <h3>{t('triage.change.title')}</h3>
      <FormFailure failure={failure} />
      <SelectField
        {...field('track')}
        label={t('triage.change.track')}
        options={tracks}
        placeholder={t('person.choose')}
        required
      />
      <TextAreaField {...field('reason')} label={t('triage.change.reason')} maxLength={2000} required />
      <FormButtons label={t('triage.change.submit')} saving={saving} onCancel={onCancel} />
    </form>
  );
}
