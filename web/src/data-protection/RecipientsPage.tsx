import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { RecipientInput, recipientKinds, type RecipientView } from '@refugio/contract';
import { createRecipient, listRecipients, updateRecipient } from '../api/dataProtection';
import { useApi } from '../api/useApi';
import { asFailure, type ApiFailure } from '../api/client';
import { FailureNotice } from '../app/FailureNotice';
import { useDocumentTitle } from '../app/useDocumentTitle';
import { useNames } from '../i18n/useNames';
import { SubmitButton } from '../ui/FormButtons';
import { FormFailure } from '../ui/FormFailure';
import { OutcomeNotice, type Outcome } from '../ui/OutcomeNotice';
import { Progress } from '../ui/Progress';
import { SelectField } from '../ui/SelectField';
import { TextField } from '../ui/TextField';
import { useFormSubmission } from '../ui/useFormSubmission';
import { useFormValues } from '../ui/useFormValues';

/** The register of recipients the administrator keeps: who the authority may share data with. */
export function RecipientsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('dataProtection.recipients.title'));
  const names = useNames();
  const recipients = useApi('recipients', (signal) => listRecipients(signal));
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [toggleFailure, setToggleFailure] = useState<ApiFailure | undefined>(undefined);

  const toggle = (r: RecipientView) => {
    setOutcome(null);
    setToggleFailure(undefined);
    updateRecipient(r.id, {
      version: r.version,
      name: r.name,
      kind: r.kind,
      country: r.country,
      active: !r.active,
    }).then(
      () => {
        recipients.reload();
        setOutcome({ tone: 'success', text: t('dataProtection.recipients.changed') });
      },
      (e: unknown) => {
        const failure = asFailure(e);
        recipients.reload();
        if (failure.code === 'conflict')
          setOutcome({ tone: 'error', text: t('dataProtection.recipients.conflict') });
        else setToggleFailure(failure);
      },
    );
  };

  return (
    <section className="page" aria-labelledby="recipients-title">
      <h1 id="recipients-title">{t('dataProtection.recipients.title')}</h1>
      <p className="page__intro">{t('dataProtection.recipients.intro')}</p>
      {recipients.error && <FailureNotice failure={recipients.error} onRetry={recipients.reload} />}
      {recipients.loading && !recipients.data && <Progress label={t('app.loading')} />}
      <OutcomeNotice outcome={outcome} />
      {toggleFailure && <FailureNotice failure={toggleFailure} />}
      {recipients.data &&
        (recipients.data.recipients.length === 0 ? (
          <p className="empty">{t('dataProtection.recipients.none')}</p>
        ) : (
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('dataProtection.recipients.name')}</th>
                  <th scope="col">{t('dataProtection.recipients.kind')}</th>
                  <th scope="col">{t('dataProtection.recipients.country')}</th>
                  <th scope="col">{t('dataProtection.recipients.purposes')}</th>
                  <th scope="col">{t('dataProtection.recipients.active')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('dataProtection.recipients.activate')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {recipients.data.recipients.map((r) => (
                  <tr key={r.id}>
                    <td>{r.name}</td>
                    <td>{t(`dataProtection.recipients.kinds.${r.kind}`)}</td>
                    <td>{r.country ? names.country(r.country) : '—'}</td>
                    <td>{r.purposes.map((p) => t(`dataProtection.purpose.${p}`)).join(', ')}</td>
                    <td>{r.active ? t('app.yes') : t('app.no')}</td>
                    <td>
                      <button type="button" className="button button--secondary" onClick={() => toggle(r)}>
                        {r.active
                          ? t('dataProtection.recipients.deactivate')
                          : t('dataProtection.recipients.activate')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
      <AddRecipientForm onAdded={recipients.reload} />
    </section>
  );
}

function AddRecipientForm({ onAdded }: { onAdded: () => void }) {
  const { t } = useTranslation();
  const names = useNames();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const { form, saving, failure, error, refuse, send } = useFormSubmission();
  const { values, field, reset } = useFormValues(
    { name: '', kind: 'ngo', country: '' },
    { idPrefix: 'recipient', error },
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setOutcome(null);
    const parsed = RecipientInput.safeParse({
      ...values,
      country: values.country === '' ? null : values.country,
    });
    if (!parsed.success) return refuse(parsed.error.issues);
    send(createRecipient(parsed.data), () => {
      reset();
      onAdded();
      setOutcome({ tone: 'success', text: t('dataProtection.recipients.added') });
    });
  };

  return (
    <section className="panel" aria-labelledby="recipient-add-title">
      <h2 id="recipient-add-title">{t('dataProtection.recipients.add')}</h2>
      <form ref={form} className="stacked-form" onSubmit={submit} noValidate aria-busy={saving}>
        <FormFailure failure={failure} />
        <div className="form-row">
          <TextField {...field('name')} label={t('dataProtection.recipients.name')} required />
          <SelectField
            {...field('kind')}
            label={t('dataProtection.recipients.kind')}
            options={recipientKinds.map((k) => ({
              value: k,
              label: t(`dataProtection.recipients.kinds.${k}`),
            }))}
            required
          />
          <SelectField
            {...field('country')}
            label={t('dataProtection.recipients.country')}
            placeholder="—"
            options={names.countryOptions}
            required={values.kind === 'state_authority'}
          />
        </div>
        <SubmitButton label={t('dataProtection.recipients.submit')} saving={saving} />
      </form>
      <OutcomeNotice outcome={outcome} />
    </section>
  );
}
