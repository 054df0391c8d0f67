import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CorrectSuspensionInput,
  LiftSuspensionInput,
  WithdrawSuspensionInput,
  type SuspensionChangeResult,
  type SuspensionView,
} from '@refugio/contract';
import { changeSuspension } from '../api/endpoints';
import { DateField } from '../ui/DateField';
import { FormButtons } from '../ui/FormButtons';
import { FormFailure } from '../ui/FormFailure';
import { TextAreaField } from '../ui/TextAreaField';
import { TextField } from '../ui/TextField';
import { useFormSubmission } from '../ui/useFormSubmission';
import { useFormValues } from '../ui/useFormValues';

export type SuspensionAction = SuspensionView['actions'][number];

interface SuspensionChangeFormProps {
  suspension: SuspensionView;
  action: SuspensionAction;
  onSaved: (result: SuspensionChangeResult) => void;
  /** Someone changed the suspension meanwhile (409): the page reloads it. */
  onConflict: () => void;
  onCancel: () => void;
}

/** Lift (the last day), correct (dates, basis and why) or withdraw (why), with the version seen. */
export function SuspensionChangeForm(props: SuspensionChangeFormProps) {
  const { suspension, action, onSaved, onConflict, onCancel } = props;
  const { t } = useTranslation();
  const { form, saving, failure, error, refuse, send } = useFormSubmission({ onConflict });
  const { values, field } = useFormValues(
    {
      startsOn: suspension.startsOn,
      endsOn: action === 'correct' ? (suspension.endsOn ?? '') : '',
      legalBasis: suspension.legalBasis,
      reason: '',
    },
    { idPrefix: `suspension-${suspension.id}-${action}`, error },
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { version } = suspension;
    switch (action) {
      case 'lift': {
        const parsed = LiftSuspensionInput.safeParse({ version, endsOn: values.endsOn });
        if (!parsed.success) return refuse(parsed.error.issues);
        return send(changeSuspension(suspension.id, 'lift', parsed.data), onSaved);
      }
      case 'correct': {
        const parsed = CorrectSuspensionInput.safeParse({
          version,
          ...values,
          endsOn: values.endsOn || null,
        });
        if (!parsed.success) return refuse(parsed.error.issues);
        return send(changeSuspension(suspension.id, 'correct', parsed.data), onSaved);
      }
      case 'withdraw': {
        const parsed = WithdrawSuspensionInput.safeParse({ version, reason: values.reason });
        if (!parsed.success) return refuse(parsed.error.issues);
        return send(changeSuspension(suspension.id, 'withdraw', parsed.data), onSaved);
      }
    }
  };

  return (
    <form ref={form} className="stacked-form" onSubmit={submit} noValidate aria-busy={saving}>
      <h3>{t(`suspensions.actionTitles.${action}`)}</h3>
      <FormFailure failure={failure} />
      {action === 'correct' && (
        <DateField {...field('startsOn')} label={t('suspensions.form.startsOn')} required />
      )}
      {action !== 'withdraw' && (
        <DateField
          {...field('endsOn')}
          label={t('suspensions.form.endsOn')}
          hint={action === 'correct' ? t('suspensions.form.endsOnHint') : undefined}
          required={action === 'lift'}
        />
      )}
      {action === 'correct' && (
        <TextField
          {...field('legalBasis')}
          label={t('suspensions.form.legalBasis')}
          maxLength={500}
          required
        />
      )}
      {action !== 'lift' && (
        <TextAreaField
          {...field('reason')}
          label={t(`suspensions.actionReason.${action}`)}
          maxLength={4000}
          required
        />
      )}
      <FormButtons label={t(`suspensions.actionTitles.${action}`)} saving={saving} onCancel={onCancel} />
    </form>
  );
}
