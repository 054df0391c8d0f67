import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  appealWithdrawalMethods,
  todayIn,
  WithdrawAppealInput,
  type AppealStepResult,
  type AppealView,
} from '@refugio/contract';
import { withdrawAppeal } from '../api/appeals';
import { useReference } from '../app/ReferenceContext';
import { DateField } from '../ui/DateField';
import { FormButtons } from '../ui/FormButtons';
import { FormFailure } from '../ui/FormFailure';
import { SelectField } from '../ui/SelectField';
import { TextAreaField } from '../ui/TextAreaField';
import { useFormSubmission } from '../ui/useFormSubmission';
import { useFormValues } from '../ui/useFormValues';

interface WithdrawAppealFormProps {
  appeal: AppealView;
  caseVersion: number;
  onWithdrawn: (result: AppealStepResult) => void;
  onConflict: () => void;
}

/**
 * Records that the applicant withdrew a lodged appeal: the day it was received, whether in writing or
 * in person, and their words if any. The first-instance decision then stands; it is folded away, as
 * it is the exception.
 */
export function WithdrawAppealForm({
  appeal,
  caseVersion,
  onWithdrawn,
  onConflict,
}: WithdrawAppealFormProps) {
  const { t } = useTranslation();
  const { profile } = useReference();
  const { form, saving, failure, error, refuse, send } = useFormSubmission({ onConflict });
  const { values, field } = useFormValues(
    () => ({ receivedOn: todayIn(profile.timeZone), method: '', note: '' }),
    { idPrefix: 'appeal-withdraw', error },
  );
  const methods = appealWithdrawalMethods.map((id) => ({
    value: id,
    label: t(`appeals.withdrawalMethods.${id}`),
  }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = WithdrawAppealInput.safeParse({
      caseVersion,
      version: appeal.version,
      ...values,
      method: values.method === '' ? undefined : values.method,
    });
    if (!parsed.success) return refuse(parsed.error.issues);
    send(withdrawAppeal(appeal.id, parsed.data), onWithdrawn);
  };

  return (
    <details style={{ marginTop: '1.5rem' }}>
      <summary>{t('appeals.withdraw.title')}</summary>
      <form ref={form} className="stacked-form" onSubmit={submit} noValidate aria-busy={saving}>
        <p className="muted">{t('appeals.withdraw.effect')}</p>
        <FormFailure failure={failure} />
        <DateField {...field('receivedOn')} label={t('appeals.withdraw.receivedOn')} required />
        <SelectField
          {...field('method')}
          label={t('appeals.withdraw.method')}
          options={methods}
          placeholder=""
          required
        />
        <TextAreaField {...field('note')} label={t('appeals.withdraw.note')} rows={3} maxLength={4000} />
        <FormButtons label={t('appeals.withdraw.submit')} saving={saving} />
      </form>
    </details>
  );
}
