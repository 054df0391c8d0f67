import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SuspendClocksInput, type SuspensionChangeResult, type SuspensionScope } from '@refugio/contract';
import { suspendClocks } from '../api/endpoints';
import { useReference } from '../app/ReferenceContext';
import { useMe } from '../session/SessionContext';
import { DateField } from '../ui/DateField';
import { FormButtons } from '../ui/FormButtons';
import { FormFailure } from '../ui/FormFailure';
import { Notice } from '../ui/Notice';
import { SelectField } from '../ui/SelectField';
import { TextAreaField } from '../ui/TextAreaField';
import { TextField } from '../ui/TextField';
import { useFormSubmission } from '../ui/useFormSubmission';
import { useFormValues } from '../ui/useFormValues';

type Values = Record<'scope' | 'officeId' | 'startsOn' | 'endsOn' | 'legalBasis' | 'reason', string>;

interface SuspendClocksFormProps {
  /** The scopes the server lets this user suspend at. */
  canSuspend: SuspensionScope[];
  /** The case the page was opened from; a case number alone is not enough to suspend one case. */
  caseFile?: { id: string; caseNumber?: string };
  onSaved: (result: SuspensionChangeResult) => void;
}

/** Stops the clocks of a case, an office or the whole authority from a day, with its legal basis. */
export function SuspendClocksForm({ canSuspend, caseFile, onSaved }: SuspendClocksFormProps) {
  const { t } = useTranslation();
  const me = useMe();
  const { offices } = useReference();
  const scopes = canSuspend.filter((s) => s !== 'case' || caseFile);
  const blank: Values = {
    scope: scopes[0] ?? '',
    officeId: me.user.office?.id ?? '',
    startsOn: '',
    endsOn: '',
    legalBasis: '',
    reason: '',
  };
  const { form, saving, failure, error, refuse, send } = useFormSubmission();
  const { values, field, reset } = useFormValues(blank, { idPrefix: 'suspend', error });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = SuspendClocksInput.safeParse({
      scope: values.scope,
      caseId: values.scope === 'case' ? caseFile?.id : undefined,
      officeId: values.scope === 'office' ? values.officeId || undefined : undefined,
      startsOn: values.startsOn,
      endsOn: values.endsOn || null,
      legalBasis: values.legalBasis,
      reason: values.reason,
    });
    if (!parsed.success) return refuse(parsed.error.issues);
    send(suspendClocks(parsed.data), (result) => {
      reset();
      onSaved(result);
    });
  };

  return (
    <form ref={form} className="stacked-form" onSubmit={submit} noValidate aria-busy={saving}>
      <FormFailure failure={failure} />
      {canSuspend.includes('case') && !caseFile && (
        <p className="muted">{t('suspensions.form.caseFromFile')}</p>
      )}
      <SelectField
        {...field('scope')}
        label={t('suspensions.form.scope')}
        options={scopes.map((s) => ({ value: s, label: t(`suspensions.scopes.${s}`) }))}
        required
      />
      {values.scope === 'case' && caseFile && (
        <p>
          {t('suspensions.form.case')}: <strong>{caseFile.caseNumber ?? caseFile.id}</strong>
        </p>
      )}
      {error('caseId') && <Notice tone="error">{error('caseId')}</Notice>}
      {values.scope === 'office' && (
        <SelectField
          {...field('officeId')}
          id="suspend-office"
          label={t('suspensions.form.office')}
          options={offices.map((o) => ({ value: o.id, label: o.name }))}
          placeholder={t('person.choose')}
          required
        />
      )}
      <div className="form-row">
        <DateField {...field('startsOn')} label={t('suspensions.form.startsOn')} required />
        <DateField
          {...field('endsOn')}
          label={t('suspensions.form.endsOn')}
          hint={t('suspensions.form.endsOnHint')}
        />
      </div>
      <TextField
        {...field('legalBasis')}
        label={t('suspensions.form.legalBasis')}
        hint={t('suspensions.form.legalBasisHint')}
        maxLength={500}
        required
      />
      <TextAreaField {...field('reason')} label={t('suspensions.form.reason')} maxLength={4000} required />
      <FormButtons label={t('suspensions.form.submit')} saving={saving} disabled={scopes.length === 0} />
    </form>
  );
}
