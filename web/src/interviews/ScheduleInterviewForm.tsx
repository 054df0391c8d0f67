import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  fullName,
  IsoDate,
  todayIn,
  interviewModes,
  interviewPurposes,
  readUnavailable,
  RescheduleInterviewInput,
  ScheduleInterviewInput,
  type CaseDetail,
  type FreeSlot,
  type InterviewList,
  type InterviewStepResult,
  type InterviewView,
  type Sex,
} from '@refugio/contract';
import { ApiFailure } from '../api/client';
import { rescheduleInterview, scheduleInterview } from '../api/interviews';
import { useNames } from '../i18n/useNames';
import { localSpan, spanText } from '../agenda/spanText';
import { CheckboxField } from '../ui/CheckboxField';
import { DateField } from '../ui/DateField';
import { FormButtons } from '../ui/FormButtons';
import { FormFailure } from '../ui/FormFailure';
import { SelectField } from '../ui/SelectField';
import { TextAreaField } from '../ui/TextAreaField';
import { TextField } from '../ui/TextField';
import { useFormSubmission } from '../ui/useFormSubmission';
import { useFormValues } from '../ui/useFormValues';
import { RemoteConsentForm } from './RemoteConsentForm';
import { FreeSlotFinder } from './FreeSlotFinder';
import { useReference } from '../app/ReferenceContext';
import { InterviewRulesNote } from './InterviewRulesNote';
import type { FreeSlotSearch } from '../api/interviews';

const minutesOf = (time: string) =>
  /^\d{2}:\d{2}$/.test(time) ? Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5)) : NaN;
const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

interface Props {
  detail: CaseDetail;
  list: InterviewList;
  /** The interview to move to a new slot (rescheduling); a new booking when absent. */
  interview?: InterviewView;
  onScheduled: (result: InterviewStepResult) => void;
  onCancel: () => void;
  onConflict: () => void;
  onConsent: () => void;
}

/**
 * Books an interview: who, in which language with which interpreter, where (or how), and when. Given
 * an interview, moves it to a new slot instead, starting from the one it has and saying why.
 */
export function ScheduleInterviewForm(props: Props) {
  const { detail, list, interview, onScheduled, onCancel, onConflict, onConsent } = props;
  const { t } = useTranslation();
  const names = useNames();
  const { profile } = useReference();
  const choices = list.choices!;
  const principal = detail.people.find((p) => p.role === 'principal') ?? detail.people[0]!;
  const prefix = interview ? `reschedule-${interview.id}` : 'schedule';
  // A double booking is a 409 naming the fields taken: shown on them. Only a stale case reloads.
  const submission = useFormSubmission({
    fieldPath: (path) => (path.startsWith('data.') ? path.slice(5) : path),
  });
  const { form, saving, failure, refuse, send } = submission;
  // A resource marked unavailable: the refusal names it and the blocked period, shown on its field.
  const fieldError = (path: string) => {
    const refusal = failure?.fields.find((f) => f.path === path && f.code === 'resource_unavailable');
    const clash = refusal ? readUnavailable(refusal.message) : null;
    if (!clash) return submission.error(path);
    return t('interviews.errors.unavailableFrom', {
      resource: t(`interviews.errors.unavailableResource.${clash.resource}`),
      when: spanText(t, localSpan(clash.start, clash.end)),
    });
  };
  const { values, field, set } = useFormValues(
    {
      personId: interview?.person.id ?? principal.id,
      purpose: interview?.purpose ?? 'eligibility',
      officerId: interview?.officer.id ?? '',
      language: interview?.language ?? principal.languages[0] ?? 'spa',
      interpreterId: interview?.interpreter?.id ?? '',
      mode: interview?.mode ?? 'in_person',
      roomId: interview?.room?.id ?? '',
      date: '',
      startTime: interview?.startTime ?? '09:00',
      endTime: interview?.endTime ?? '11:00',
      unmetReason: interview?.unmetReason ?? '',
      reason: '',
    },
    { idPrefix: prefix, error: fieldError },
  );
  const [sameSexRequested, setSameSexRequested] = useState(interview?.sameSexRequested ?? false);
  const [interpreterRemote, setInterpreterRemote] = useState(interview?.interpreterRemote ?? false);

  const person = detail.people.find((p) => p.id === values.personId) ?? principal;
  const interpreters = choices.interpreters
    .filter((i) => i.bookable && i.languages.includes(values.language))
    // "Every effort" (UNHCR INT-1): interpreters of the interviewee's sex first.
    .sort((a, b) => Number(b.sex === person.sex) - Number(a.sex === person.sex));
  const hasConsent = list.consents.some((c) => c.personId === person.id && c.withdrawnAt === null);
  const sexLabel = (sex: Sex | null) => (sex ? t(`sex.${sex}`) : t('interviews.form.sexUnknown'));

  // The finder searches two weeks from the date typed (or today), for as long as the times say.
  const freeSlotSearch = (): FreeSlotSearch => {
    const today = todayIn(profile.timeZone);
    const from = IsoDate.safeParse(values.date).success && values.date > today ? values.date : today;
    const duration = minutesOf(values.endTime) - minutesOf(values.startTime);
    return {
      from,
      to: addDays(from, 13),
      durationMinutes: Number.isFinite(duration) && duration >= 30 && duration <= 480 ? duration : 120,
      language: values.language,
      personId: values.personId,
      sameSex: sameSexRequested,
      remote: values.mode !== 'in_person',
      replacing: interview?.id,
    };
  };
  const chooseSlot = (slot: FreeSlot) => {
    set('officerId')(slot.officer.id);
    set('interpreterId')(slot.interpreter?.id ?? '');
    setInterpreterRemote(slot.interpreterRemote);
    if (slot.room) set('roomId')(slot.room.id);
    set('date')(slot.date);
    set('startTime')(slot.startTime);
    set('endTime')(slot.endTime);
    submission.clearErrors();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const slot = {
      ...values,
      caseVersion: detail.version,
      interpreterId: values.interpreterId || null,
      roomId: values.mode === 'in_person' ? values.roomId || null : null,
      sameSexRequested,
      interpreterRemote,
    };
    const book = (request: Promise<InterviewStepResult>) =>
      send(
        request.catch((e: unknown) => {
          if (e instanceof ApiFailure && e.code === 'conflict' && e.fields.length === 0) onConflict();
          throw e;
        }),
        onScheduled,
      );
    if (interview) {
      const parsed = RescheduleInterviewInput.safeParse({ ...slot, version: interview.version });
      if (!parsed.success) return refuse(parsed.error.issues);
      return book(rescheduleInterview(interview.id, parsed.data));
    }
    const parsed = ScheduleInterviewInput.safeParse(slot);
    if (!parsed.success) return refuse(parsed.error.issues);
    book(scheduleInterview(detail.id, parsed.data));
  };

  return (
    <>
      <form ref={form} className="stacked-form" onSubmit={submit} noValidate aria-busy={saving}>
        <FormFailure failure={failure} />
        {/* A rescheduled interview keeps its person and purpose: only the slot moves. */}
        {!interview && (
          <>
            <SelectField
              {...field('personId')}
              label={t('interviews.form.person')}
              options={detail.people.map((p) => ({ value: p.id, label: fullName(p) }))}
              required
            />
            <SelectField
              {...field('purpose')}
              label={t('interviews.form.purpose')}
              options={interviewPurposes.map((p) => ({ value: p, label: t(`interviews.purpose.${p}`) }))}
              required
            />
          </>
        )}
        <SelectField
          {...field('officerId')}
          label={t('interviews.form.officer')}
          placeholder="—"
          options={choices.officers.map((o) => ({
            value: o.id,
            label: t('interviews.form.sexOf', { name: o.name, sex: sexLabel(o.sex) }),
          }))}
          required
        />
        <SelectField
          {...field('language')}
          label={t('interviews.form.language')}
          options={names.languageOptions}
          onValueChange={(language) => {
            set('language')(language);
            set('interpreterId')('');
          }}
          required
        />
        <SelectField
          {...field('interpreterId')}
          label={t('interviews.form.interpreter')}
          hint={t('interviews.form.interpreterHint')}
          options={[
            { value: '', label: t('interviews.form.noInterpreter') },
            ...interpreters.map((i) => ({
              value: i.id,
              label: t('interviews.form.sexOf', { name: i.fullName, sex: sexLabel(i.sex) }),
            })),
          ]}
        />
        {values.interpreterId !== '' && (
          <CheckboxField
            id={`${prefix}-interpreterRemote`}
            label={t('interviews.form.interpreterRemote')}
            checked={interpreterRemote}
            onCheckedChange={setInterpreterRemote}
          />
        )}
        <SelectField
          {...field('mode')}
          label={t('interviews.form.mode')}
          options={interviewModes.map((m) => ({ value: m, label: t(`interviews.mode.${m}`) }))}
          required
        />
        {values.mode === 'in_person' ? (
          <SelectField
            {...field('roomId')}
            label={t('interviews.form.room')}
            placeholder="—"
            options={choices.rooms.map((r) => ({ value: r.id, label: r.name }))}
            required
          />
        ) : (
          !hasConsent && <p className="field__hint">{t('interviews.form.consentNeeded')}</p>
        )}
        <InterviewRulesNote
          rules={profile.interviewRules}
          remote={values.mode !== 'in_person'}
          sameSexRequested={sameSexRequested}
        />
        <FreeSlotFinder caseId={detail.id} search={freeSlotSearch} onChoose={chooseSlot} />
        <DateField {...field('date')} label={t('interviews.form.date')} required />
        <TextField
          {...field('startTime')}
          label={t('interviews.form.startTime')}
          hint={t('interviews.form.timeHint')}
          maxLength={5}
          required
        />
        <TextField {...field('endTime')} label={t('interviews.form.endTime')} maxLength={5} required />
        <CheckboxField
          id={`${prefix}-sameSexRequested`}
          label={t('interviews.form.sameSexRequested')}
          checked={sameSexRequested}
          onCheckedChange={setSameSexRequested}
        />
        {sameSexRequested && (
          <TextAreaField
            {...field('unmetReason')}
            label={t('interviews.form.unmetReason')}
            maxLength={1000}
          />
        )}
        <TextAreaField
          {...field('reason')}
          label={t(interview ? 'interviews.form.rescheduleReason' : 'interviews.form.reason')}
          hint={interview ? undefined : t('interviews.form.reasonHint')}
          maxLength={1000}
          required={interview !== undefined}
        />
        <FormButtons
          label={t(interview ? 'interviews.form.reschedule' : 'interviews.form.submit')}
          saving={saving}
          onCancel={onCancel}
        />
      </form>
      {values.mode !== 'in_person' && !hasConsent && (
        <section className="panel__subsection" aria-labelledby={`${prefix}-consent-title`}>
          <h3 id={`${prefix}-consent-title`} className="panel__subheading">
            {t('interviews.panel.consents')}
          </h3>
          <RemoteConsentForm caseId={detail.id} personId={person.id} onSaved={onConsent} />
        </section>
      )}
    </>
  );
}
