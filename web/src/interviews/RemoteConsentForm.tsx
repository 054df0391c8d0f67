import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { RemoteConsentInput, remoteConsentMethods } from '@refugio/contract';
import { recordRemoteConsent } from '../api/interviews';
import { DateField } from '../ui/DateField';
import { FormButtons } from '../ui/FormButtons';
import { FormFailure } from '../ui/FormFailure';
import { SelectField } from '../ui/SelectField';
import { useFormSubmission } from '../ui/useFormSubmission';
import { useFormValues } from '../ui/useFormValues';

/** Records the interviewee's consent to a remote interview (without it none is booked). */
export function RemoteConsentForm({
  caseId,
  personId,
  onSaved,
}: {
  caseId: string;
  personId: string;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const { form, saving, failure, error, refuse, send } = useFormSubmission();
  const { values, field } = useFormValues({ givenOn: '', method: 'written' }, { idPrefix: 'consent', error });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = RemoteConsentInput.safeParse(values);
    if (!parsed.success) return refuse(parsed.error.issues);
    send(recordRemoteConsent(caseId, personId, parsed.data), onSaved);
  };

  return (
    <form ref={form} className="stacked-form" onSubmit={submit} noValidate aria-busy={saving}>
      <FormFailure failure={failure} />
      <DateField {...field('givenOn')} label={t('interviews.form.consentGivenOn')} required />
      <SelectField
        {...field('method')}
        label={t('interviews.form.consentMethod')}
        options={remoteConsentMethods.map((m) => ({
          value: m,
          label: t(`interviews.form.consentMethods.${m}`),
        }))}
        required
      />
      <FormButtons label={t('interviews.form.recordConsent')} saving={saving} />
    </form>
  );
}
