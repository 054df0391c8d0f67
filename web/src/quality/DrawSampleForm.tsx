import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { QualityDrawInput, todayIn, type QualityDrawView } from '@refugio/contract';
import { drawQualitySample } from '../api/quality';
import { useReference } from '../app/ReferenceContext';
import { DateField } from '../ui/DateField';
import { SubmitButton } from '../ui/FormButtons';
import { FormFailure } from '../ui/FormFailure';
import { TextField } from '../ui/TextField';
import { useFormSubmission } from '../ui/useFormSubmission';
import { useFormValues } from '../ui/useFormValues';

/** Draws a period's decisions of the supervisor's office: every risk-flagged one and a random share. */
export function DrawSampleForm({
  officeId,
  onDrawn,
}: {
  officeId: string;
  onDrawn: (draw: QualityDrawView) => void;
}) {
  const { t } = useTranslation();
  const { profile } = useReference();
  const { form, saving, failure, error, refuse, send } = useFormSubmission();
  const today = todayIn(profile.timeZone);
  const { values, field } = useFormValues(
    () => ({ periodFrom: `${today.slice(0, 8)}01`, periodTo: today, randomRate: '10' }),
    {
      idPrefix: 'quality-draw',
      error,
    },
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const rate = values.randomRate.trim() === '' ? NaN : Number(values.randomRate.replace(',', '.')) / 100;
    const parsed = QualityDrawInput.safeParse({
      officeId,
      periodFrom: values.periodFrom,
      periodTo: values.periodTo,
      randomRate: rate,
    });
    if (!parsed.success) return refuse(parsed.error.issues);
    send(drawQualitySample(parsed.data), onDrawn);
  };

  return (
    <form ref={form} className="stacked-form" onSubmit={submit} noValidate aria-busy={saving}>
      <FormFailure failure={failure} />
      <div className="form-row">
        <DateField {...field('periodFrom')} label={t('quality.draw.periodFrom')} required />
        <DateField {...field('periodTo')} label={t('quality.draw.periodTo')} required />
        <TextField {...field('randomRate')} label={t('quality.draw.randomRate')} required />
      </div>
      <SubmitButton label={t('quality.draw.submit')} saving={saving} />
    </form>
  );
}
