import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  LimitUnit,
  ProcedureEvent,
  RecordTimeLimitRuleInput,
  type TimeLimitId,
  type TimeLimitRuleChangeResult,
  type TimeLimitVersionView,
} from '@refugio/contract';
import { recordTimeLimitRule } from '../api/timeLimits';
import { DateField } from '../ui/DateField';
import { FormButtons } from '../ui/FormButtons';
import { FormFailure } from '../ui/FormFailure';
import { Notice } from '../ui/Notice';
import { SelectField } from '../ui/SelectField';
import { TextAreaField } from '../ui/TextAreaField';
import { TextField } from '../ui/TextField';
import { useFormSubmission } from '../ui/useFormSubmission';
import { useFormValues } from '../ui/useFormValues';
import { isKnown, latestKnown } from './versions';

interface RecordTimeLimitFormProps {
  limit: TimeLimitId;
  versions: TimeLimitVersionView[];
  onSaved: (result: TimeLimitRuleChangeResult) => void;
  onCancel: () => void;
}

/**
 * Records a version of one time limit from a date, with its legal basis. It starts from the events,
 * unit and holder of the latest known version, since a reform usually changes the length only.
 */
export function RecordTimeLimitForm({ limit, versions, onSaved, onCancel }: RecordTimeLimitFormProps) {
  const { t } = useTranslation();
  const { form, saving, failure, error, refuse, send } = useFormSubmission();
  const fieldError = error;
  const { values, field } = useFormValues(() => blank(versions), {
    idPrefix: `record-${limit}`,
    error: fieldError,
  });
  // "The same extension as before" only means something when an earlier version has one.
  const canKeepExtension = versions.some((v) => isKnown(v) && v.extendable);
  const choose = t('person.choose');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const length = values.length.trim();
    const parsed = RecordTimeLimitRuleInput.safeParse({
      ...values,
      limit,
      length: /^\d+$/.test(length) ? Number(length) : length || undefined,
    });
    if (!parsed.success)
      // Text where a number goes is not a missing value: say a whole number is expected.
      return refuse(
        parsed.error.issues.map((issue) =>
          issue.path[0] === 'length' && issue.code === 'invalid_type' && length
            ? { ...issue, code: 'invalid_length' }
            : issue,
        ),
      );
    send(recordTimeLimitRule(parsed.data), onSaved);
  };

  const events = ProcedureEvent.options.map((e) => ({
    value: e,
    label: t(`timeLimits.procedureEvents.${e}`),
  }));

  return (
    <form ref={form} className="stacked-form" onSubmit={submit} noValidate aria-busy={saving}>
      <h3>{t('timeLimits.record.title', { limit: t(`deadlines.limits.${limit}`) })}</h3>
      <FormFailure failure={failure} />
      {fieldError('limit') && (
        <Notice tone="error">
          <p>{fieldError('limit')}</p>
        </Notice>
      )}
      <DateField
        {...field('effectiveFrom')}
        label={t('timeLimits.record.effectiveFrom')}
        hint={t('timeLimits.record.effectiveFromHint')}
        required
      />
      <div className="form-row">
        <SelectField
          {...field('startsOn')}
          label={t('timeLimits.record.startsOn')}
          options={events}
          placeholder={choose}
          required
        />
        <SelectField
          {...field('metBy')}
          label={t('timeLimits.record.metBy')}
          options={events}
          placeholder={choose}
          required
        />
      </div>
      <div className="form-row">
        <TextField
          {...field('length')}
          label={t('timeLimits.record.length')}
          inputMode="numeric"
          className="field--short"
          required
        />
        <SelectField
          {...field('unit')}
          label={t('timeLimits.record.unit')}
          options={LimitUnit.options.map((u) => ({ value: u, label: t(`timeLimits.record.units.${u}`) }))}
          placeholder={choose}
          required
        />
        <SelectField
          {...field('whose')}
          label={t('timeLimits.record.whose')}
          options={(['applicant', 'administration'] as const).map((w) => ({
            value: w,
            label: t(`timeLimits.whose.${w}`),
          }))}
          placeholder={choose}
          required
        />
      </div>
      <TextField
        {...field('legalBasis')}
        label={t('timeLimits.record.legalBasis')}
        hint={t('timeLimits.record.legalBasisHint')}
        maxLength={500}
        required
      />
      <TextField
        {...field('source')}
        label={t('timeLimits.record.source')}
        hint={t('timeLimits.record.sourceHint')}
        maxLength={500}
        required
      />
      {canKeepExtension && (
        <SelectField
          {...field('extension')}
          label={t('timeLimits.record.extension')}
          options={(['none_known', 'previous'] as const).map((x) => ({
            value: x,
            label: t(`timeLimits.record.extensions.${x}`),
          }))}
        />
      )}
      <TextAreaField {...field('note')} label={t('timeLimits.record.note')} maxLength={2000} />
      <FormButtons label={t('timeLimits.record.submit')} saving={saving} onCancel={onCancel} />
    </form>
  );
}

/** The form's first values: the latest known version's events, unit and holder, if any. */
function blank(versions: readonly TimeLimitVersionView[]) {
  const latest = latestKnown(versions);
  return {
    effectiveFrom: '',
    startsOn: latest?.startsOn ?? '',
    metBy: latest?.metBy ?? '',
    length: '',
    unit: latest?.unit ?? '',
    whose: latest?.whose ?? '',
    legalBasis: '',
    source: '',
    extension: 'none_known',
    note: '',
  };
}
