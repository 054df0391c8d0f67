import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { WithdrawTimeLimitRuleInput, type TimeLimitRuleChangeResult } from '@refugio/contract';
import { withdrawTimeLimitRule } from '../api/timeLimits';
import { formatDate } from '../i18n/dates';
import { FormButtons } from '../ui/FormButtons';
import { FormFailure } from '../ui/FormFailure';
import { TextAreaField } from '../ui/TextAreaField';
import { useFormSubmission } from '../ui/useFormSubmission';
import { useFormValues } from '../ui/useFormValues';

interface WithdrawTimeLimitFormProps {
  version: { id: string; effectiveFrom: string };
  onSaved: (result: TimeLimitRuleChangeResult) => void;
  /** Someone withdrew it meanwhile (409): the page reloads the list. */
  onConflict: () => void;
  onCancel: () => void;
}

/** Withdraws a version entered in error or repealed; the row stays, with who withdrew it and why. */
export function WithdrawTimeLimitForm({
  version,
  onSaved,
  onConflict,
  onCancel,
}: WithdrawTimeLimitFormProps) {
  const { t } = useTranslation();
  const { form, saving, failure, error, refuse, send } = useFormSubmission({ onConflict });
  const { values, field } = useFormValues({ reason: '' }, { idPrefix: `withdraw-${version.id}`, error });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = WithdrawTimeLimitRuleInput.safeParse(values);
    if (!parsed.success) return refuse(parsed.error.issues);
    send(withdrawTimeLimitRule(version.id, parsed.data), onSaved);
  };

  return (
    <form ref={form} className="stacked-form" onSubmit={submit} noValidate aria-busy={saving}>
      <h3>{t('timeLimits.withdraw.title', { date: formatDate(version.effectiveFrom) })}</h3>
      <FormFailure failure={failure} />
      <TextAreaField {...field('reason')} label={t('timeLimits.withdraw.reason')} maxLength={2000} required />
      <FormButtons label={t('timeLimits.withdraw.submit')} saving={saving} onCancel={onCancel} />
    </form>
  );
}
