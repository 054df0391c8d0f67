import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FileAppealInput, todayIn, type AppealStepResult, type DeadlineView } from '@refugio/contract';
import { fileAppeal } from '../api/appeals';
import { useReference } from '../app/ReferenceContext';
import { formatDate } from '../i18n/dates';
import { DateField } from '../ui/DateField';
import { FormButtons } from '../ui/FormButtons';
import { FormFailure } from '../ui/FormFailure';
import { Notice } from '../ui/Notice';
import { TextAreaField } from '../ui/TextAreaField';
import { TextField } from '../ui/TextField';
import { useFormSubmission } from '../ui/useFormSubmission';
import { useFormValues } from '../ui/useFormValues';

interface FileAppealFormProps {
  caseId: string;
  caseVersion: number;
  /** The case's `appeal_filing` deadline; absent where the law's limit is unknown. */
  window: DeadlineView | undefined;
  onFiled: (result: AppealStepResult) => void;
  onConflict: () => void;
}

/**
 * Records an appeal as received at the office. Whether it is late is shown as the date is typed (the
 * server decides, counting suspensions); a late one needs the reason it is admitted.
 */
export function FileAppealForm({ caseId, caseVersion, window, onFiled, onConflict }: FileAppealFormProps) {
  const { t } = useTranslation();
  const { profile } = useReference();
  const { form, saving, failure, error, refuse, send } = useFormSubmission({ onConflict });
  const { values, field } = useFormValues(
    () => ({ filedOn: todayIn(profile.timeZone), representative: '', grounds: '', lateReason: '' }),
    { idPrefix: 'appeal-file', error },
  );
  const due = window?.dueDate ?? null;
  const late = due !== null && /^\d{4}-\d{2}-\d{2}$/.test(values.filedOn) && values.filedOn > due;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = FileAppealInput.safeParse({ caseVersion, ...values });
    if (!parsed.success) return refuse(parsed.error.issues);
    send(fileAppeal(caseId, parsed.data), onFiled);
  };

  return (
    <form ref={form} className="stacked-form" onSubmit={submit} noValidate aria-busy={saving}>
      <h3 className="panel__subheading">{t('appeals.file.title')}</h3>
      <FormFailure failure={failure} />
      <DateField {...field('filedOn')} label={t('appeals.file.filedOn')} required />
      {!window && (
        <Notice tone="info">
          <p>{t('appeals.file.unknownWarning')}</p>
        </Notice>
      )}
      {late && (
        <Notice tone="warning">
          <p>{t('appeals.file.lateWarning', { date: formatDate(due) })}</p>
        </Notice>
      )}
      {(late || error('lateReason')) && (
        <TextAreaField
          {...field('lateReason')}
          label={t('appeals.file.lateReason')}
          required
          maxLength={4000}
        />
      )}
      <TextField {...field('representative')} label={t('appeals.file.representative')} maxLength={200} />
      <TextAreaField {...field('grounds')} label={t('appeals.file.grounds')} rows={5} maxLength={20000} />
      <FormButtons label={t('appeals.file.submit')} saving={saving} />
    </form>
  );
}
