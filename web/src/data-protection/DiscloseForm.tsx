import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DiscloseInput, fullName, type CaseDetail, type DisclosurePackage } from '@refugio/contract';
import { disclose, listRecipients } from '../api/dataProtection';
import { useApi } from '../api/useApi';
import { FailureNotice } from '../app/FailureNotice';
import { CheckboxField } from '../ui/CheckboxField';
import { SubmitButton } from '../ui/FormButtons';
import { FormFailure } from '../ui/FormFailure';
import { OutcomeNotice, type Outcome } from '../ui/OutcomeNotice';
import { SelectField } from '../ui/SelectField';
import { TextAreaField } from '../ui/TextAreaField';
import { useFormSubmission } from '../ui/useFormSubmission';
import { useFormValues } from '../ui/useFormValues';

/** Saves the package the server made as a JSON file named after the case and the recipient. */
function download(pkg: DisclosurePackage): string {
  const file = `${pkg.case.caseNumber}-${pkg.disclosedAt.slice(0, 10)}-${pkg.purpose}.json`.replace(
    /[^\w.-]+/g,
    '_',
  );
  const url = URL.createObjectURL(new Blob([JSON.stringify(pkg, null, 2)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file;
  link.click();
  URL.revokeObjectURL(url);
  return file;
}

/** A supervisor shares people of the case with a registered recipient for one purpose. */
export function DiscloseForm({ detail, onDisclosed }: { detail: CaseDetail; onDisclosed: () => void }) {
  const { t } = useTranslation();
  const recipients = useApi('recipients', (signal) => listRecipients(signal));
  const [people, setPeople] = useState<string[]>(() => detail.people.map((p) => p.id));
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const { form, saving, failure, error, refuse, send } = useFormSubmission();
  const { values, field, set } = useFormValues(
    { recipientId: '', purpose: '', note: '' },
    { idPrefix: 'disclose', error },
  );
  const recipient = recipients.data?.recipients.find((r) => r.id === values.recipientId);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setOutcome(null);
    const parsed = DiscloseInput.safeParse({ ...values, personIds: people });
    if (!parsed.success) return refuse(parsed.error.issues);
    send(disclose(detail.id, parsed.data), (made) => {
      const file = download(made.package);
      onDisclosed();
      setOutcome({
        tone: 'success',
        text: t('dataProtection.disclose.done', { recipient: made.disclosure.recipient.name, file }),
      });
    });
  };

  if (recipients.error) return <FailureNotice failure={recipients.error} onRetry={recipients.reload} />;
  if (recipients.data?.recipients.length === 0)
    return <p className="muted">{t('dataProtection.disclose.noRecipients')}</p>;

  return (
    <details className="sharing-form">
      <summary>{t('dataProtection.disclose.title')}</summary>
      <form ref={form} className="stacked-form" onSubmit={submit} noValidate aria-busy={saving}>
        <FormFailure failure={failure} />
        <div className="form-row">
          <SelectField
            {...field('recipientId')}
            onValueChange={(value) => {
              set('recipientId')(value);
              set('purpose')('');
            }}
            label={t('dataProtection.disclose.recipient')}
            placeholder="—"
            options={(recipients.data?.recipients ?? []).map((r) => ({ value: r.id, label: r.name }))}
            required
          />
          <SelectField
            {...field('purpose')}
            label={t('dataProtection.disclose.purpose')}
            placeholder="—"
            options={(recipient?.purposes ?? []).map((p) => ({
              value: p,
              label: t(`dataProtection.purpose.${p}`),
            }))}
            required
          />
        </div>
        <fieldset className="sharing-people">
          <legend>{t('dataProtection.disclose.people')}</legend>
          {detail.people.map((person) => {
            const index = people.indexOf(person.id);
            // A refusal names each person it refuses (`personIds.N`) with its reason.
            const refusal = index === -1 ? undefined : error(`personIds.${index}`);
            return (
              <div key={person.id}>
                <CheckboxField
                  id={`disclose-person-${person.id}`}
                  label={fullName(person)}
                  checked={index !== -1}
                  onCheckedChange={(checked) =>
                    setPeople((now) =>
                      checked
                        ? detail.people.map((p) => p.id).filter((id) => id === person.id || now.includes(id))
                        : now.filter((id) => id !== person.id),
                    )
                  }
                />
                {refusal && (
                  <p className="field__error" role="alert">
                    {refusal}
                  </p>
                )}
              </div>
            );
          })}
        </fieldset>
        <TextAreaField
          {...field('note')}
          label={t('dataProtection.disclose.note')}
          rows={2}
          maxLength={2000}
        />
        <SubmitButton label={t('dataProtection.disclose.submit')} saving={saving} />
      </form>
      <OutcomeNotice outcome={outcome} />
    </details>
  );
}
