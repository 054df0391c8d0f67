import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  consentDecisions,
  consentGivers,
  consentMethods,
  fullName,
  RecordConsentInput,
  sharingPurposes,
  todayIn,
  type CaseConsents,
  type CaseDetail,
} from '@refugio/contract';
import { recordConsent } from '../api/dataProtection';
import { useReference } from '../app/ReferenceContext';
import { DateField } from '../ui/DateField';
import { SubmitButton } from '../ui/FormButtons';
import { FormFailure } from '../ui/FormFailure';
import { OutcomeNotice, type Outcome } from '../ui/OutcomeNotice';
import { SelectField } from '../ui/SelectField';
import { TextAreaField } from '../ui/TextAreaField';
import { useFormSubmission } from '../ui/useFormSubmission';
import { useFormValues } from '../ui/useFormValues';

/** Records what a person (or their parent, guardian or representative) said about one kind of sharing. */
export function RecordConsentForm({
  detail,
  onRecorded,
}: {
  detail: CaseDetail;
  onRecorded: (consents: CaseConsents) => void;
}) {
  const { t } = useTranslation();
  const { profile } = useReference();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const { form, saving, failure, error, refuse, send } = useFormSubmission();
  const fresh = () => ({
    personId: detail.people[0]?.id ?? '',
    purpose: 'unhcr',
    decision: 'given',
    method: 'signed_form',
    givenBy: 'self',
    expressedOn: todayIn(profile.timeZone),
    note: '',
  });
  const { values, field, reset } = useFormValues(fresh, { idPrefix: 'consent', error });
  const options = <K extends string>(codes: readonly K[], prefix: string) =>
    codes.map((code) => ({ value: code, label: t(`${prefix}.${code}` as never) as string }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setOutcome(null);
    const parsed = RecordConsentInput.safeParse(values);
    if (!parsed.success) return refuse(parsed.error.issues);
    send(recordConsent(detail.id, parsed.data), (consents) => {
      onRecorded(consents);
      reset();
      setOutcome({ tone: 'success', text: t('dataProtection.record.done') });
    });
  };

  return (
    <details className="sharing-form">
      <summary>{t('dataProtection.record.title')}</summary>
      <form ref={form} className="stacked-form" onSubmit={submit} noValidate aria-busy={saving}>
        <FormFailure failure={failure} />
        <div className="form-row">
          <SelectField
            {...field('personId')}
            label={t('dataProtection.record.person')}
            options={detail.people.map((p) => ({ value: p.id, label: fullName(p) }))}
            required
          />
          <SelectField
            {...field('purpose')}
            label={t('dataProtection.record.purpose')}
            options={options(sharingPurposes, 'dataProtection.purpose')}
            required
          />
          <SelectField
            {...field('decision')}
            label={t('dataProtection.record.decision')}
            options={options(consentDecisions, 'dataProtection.decision')}
            required
          />
        </div>
        <div className="form-row">
          <SelectField
            {...field('method')}
            label={t('dataProtection.record.method')}
            options={options(consentMethods, 'dataProtection.method')}
            required
          />
          <SelectField
            {...field('givenBy')}
            label={t('dataProtection.record.givenBy')}
            options={options(consentGivers, 'dataProtection.givenBy')}
            required
          />
          <DateField {...field('expressedOn')} label={t('dataProtection.record.expressedOn')} required />
        </div>
        <TextAreaField {...field('note')} label={t('dataProtection.record.note')} rows={2} maxLength={2000} />
        <SubmitButton label={t('dataProtection.record.submit')} saving={saving} />
      </form>
      <OutcomeNotice outcome={outcome} />
    </details>
  );
}
