import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { UpdateRetentionScheduleInput, type RetentionSchedule } from '@refugio/contract';
import { listRetentionSchedules, updateRetentionSchedule } from '../api/retention';
import { useApi } from '../api/useApi';
import { FailureNotice } from '../app/FailureNotice';
import { FormButtons } from '../ui/FormButtons';
import { FormFailure } from '../ui/FormFailure';
import { OutcomeNotice, type Outcome } from '../ui/OutcomeNotice';
import { Progress } from '../ui/Progress';
import { TextAreaField } from '../ui/TextAreaField';
import { TextField } from '../ui/TextField';
import { useFormSubmission } from '../ui/useFormSubmission';
import { useFormValues } from '../ui/useFormValues';

/** A period in whole years when it is one, else in months. */
export function usePeriodText(): (months: number) => string {
  const { t } = useTranslation();
  return (months) => {
    if (months === 12) return t('retention.schedules.year');
    if (months % 12 === 0) return t('retention.schedules.years', { count: months / 12 });
    return months === 1 ? t('retention.schedules.month') : t('retention.schedules.months', { count: months });
  };
}

/** The retention period of each record type, each changed as a new version. */
export function SchedulesSection({ onChanged }: { onChanged: () => void }) {
  const { t } = useTranslation();
  const period = usePeriodText();
  const schedules = useApi('retention-schedules', (signal) => listRetentionSchedules(signal));
  const [editing, setEditing] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  return (
    <section className="panel" aria-labelledby="schedules-title">
      <h2 id="schedules-title">{t('retention.schedules.title')}</h2>
      {schedules.error && <FailureNotice failure={schedules.error} onRetry={schedules.reload} />}
      {!schedules.data && schedules.loading && <Progress label={t('app.loading')} />}
      <OutcomeNotice outcome={outcome} />
      {schedules.data && (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('retention.schedules.recordType')}</th>
                <th scope="col">{t('retention.schedules.period')}</th>
                <th scope="col">{t('retention.schedules.version')}</th>
                <th scope="col">{t('retention.schedules.description')}</th>
              </tr>
            </thead>
            <tbody>
              {schedules.data.schedules.map((s) => (
                <tr key={s.recordType}>
                  <th scope="row">{t(`retention.recordTypes.${s.recordType}`)}</th>
                  <td>{period(s.periodMonths)}</td>
                  <td>{s.version === 0 ? t('retention.schedules.defaultVersion') : s.version}</td>
                  <td>
                    {editing === s.recordType ? (
                      <ScheduleForm
                        schedule={s}
                        onCancel={() => setEditing(null)}
                        onSaved={(saved) => {
                          setEditing(null);
                          schedules.reload();
                          onChanged();
                          setOutcome({
                            tone: 'success',
                            text: t('retention.schedules.saved', { version: saved.version }),
                          });
                        }}
                        onConflict={() => {
                          setEditing(null);
                          schedules.reload();
                          setOutcome({ tone: 'error', text: t('retention.schedules.conflict') });
                        }}
                      />
                    ) : (
                      <>
                        <p className="schedule__description">
                          {s.version === 0
                            ? t(`retention.defaultDescriptions.${s.recordType}`)
                            : s.description}
                        </p>
                        <button
                          type="button"
                          className="button button--secondary"
                          onClick={() => {
                            setOutcome(null);
                            setEditing(s.recordType);
                          }}
                        >
                          {t('retention.schedules.edit')}
                          <span className="visually-hidden">
                            : {t(`retention.recordTypes.${s.recordType}`)}
                          </span>
                        </button>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function ScheduleForm(props: {
  schedule: RetentionSchedule;
  onCancel: () => void;
  onSaved: (saved: RetentionSchedule) => void;
  onConflict: () => void;
}) {
  const { t } = useTranslation();
  const { schedule } = props;
  const { form, saving, failure, error, refuse, send } = useFormSubmission({ onConflict: props.onConflict });
  const { values, field } = useFormValues(
    {
      periodMonths: String(schedule.periodMonths),
      description:
        schedule.version === 0
          ? t(`retention.defaultDescriptions.${schedule.recordType}`)
          : schedule.description,
    },
    { idPrefix: `schedule-${schedule.recordType}`, error },
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = UpdateRetentionScheduleInput.safeParse({
      periodMonths: values.periodMonths.trim() === '' ? NaN : Number(values.periodMonths),
      description: values.description,
      version: schedule.version,
    });
    if (!parsed.success) return refuse(parsed.error.issues);
    send(updateRetentionSchedule(schedule.recordType, parsed.data), props.onSaved);
  };
  return (
    <form ref={form} className="stacked-form" onSubmit={submit} noValidate aria-busy={saving}>
      <FormFailure failure={failure} />
      <TextField
        {...field('periodMonths')}
        label={t('retention.schedules.periodMonths')}
        inputMode="numeric"
        required
      />
      <TextAreaField
        {...field('description')}
        label={t('retention.schedules.description')}
        rows={4}
        required
      />
      <FormButtons label={t('retention.schedules.save')} saving={saving} onCancel={props.onCancel} />
    </form>
  );
}
