import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { roles, type Role } from '@refugio/contract';
import { getMfaPolicy, setMfaPolicy } from '../api/account';
import { asFailure } from '../api/client';
import { useApi } from '../api/useApi';
import { FailureNotice } from '../app/FailureNotice';
import { CheckboxField } from '../ui/CheckboxField';
import { OutcomeNotice, type Outcome } from '../ui/OutcomeNotice';

/** The roles that must use two-step verification (administrators). */
export function MfaPolicyForm() {
  const { t } = useTranslation();
  const policy = useApi('mfa-policy', (signal) => getMfaPolicy(signal));
  // What the administrator ticked; until then, the policy in force.
  const [edited, setEdited] = useState<Role[] | null>(null);
  const chosen = edited ?? policy.data?.roles ?? [];
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [saving, setSaving] = useState(false);

  const toggle = (role: Role) => (on: boolean) =>
    setEdited(on ? [...chosen, role] : chosen.filter((r) => r !== role));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setOutcome(null);
    setMfaPolicy({ roles: chosen }).then(
      (saved) => {
        setSaving(false);
        policy.replace(saved);
        setOutcome({ tone: 'success', text: t('account.policy.saved') });
      },
      (error: unknown) => {
        setSaving(false);
        setOutcome({ tone: 'error', text: t(`errors.api.${asFailure(error).code}`) });
      },
    );
  };

  return (
    <form className="panel panel--form" onSubmit={submit} aria-labelledby="mfa-policy-title">
      <h2 id="mfa-policy-title">{t('account.policy.title')}</h2>
      <p>{t('account.policy.hint')}</p>
      {policy.error && <FailureNotice failure={policy.error} onRetry={policy.reload} />}
      <OutcomeNotice outcome={outcome} />
      <fieldset className="fieldset">
        <legend className="visually-hidden">{t('account.policy.title')}</legend>
        {roles.map((role) => (
          <CheckboxField
            key={role}
            id={`mfa-policy-${role}`}
            label={t(`role.${role}`)}
            checked={chosen.includes(role)}
            onCheckedChange={toggle(role)}
          />
        ))}
      </fieldset>
      <button type="submit" className="button button--primary" disabled={saving || !policy.data}>
        {saving ? t('app.saving') : t('account.policy.save')}
      </button>
    </form>
  );
}
