import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  attendeeRoles,
  informationItems,
  SaveInterviewRecordInput,
  turnSpeakers,
  type Attendee,
  type InformationGiven,
  type InterviewRecordView,
  type TurnSpeaker,
} from '@refugio/contract';
import { saveInterviewRecord } from '../api/interviews';
import { CheckboxField } from '../ui/CheckboxField';
import { FormButtons } from '../ui/FormButtons';
import { FormFailure } from '../ui/FormFailure';
import { SelectField } from '../ui/SelectField';
import { TextAreaField } from '../ui/TextAreaField';
import { TextField } from '../ui/TextField';
import { useFormSubmission } from '../ui/useFormSubmission';

interface Turn {
  speaker: TurnSpeaker;
  text: string;
  duringReadBack: boolean;
}

/** The open record as one form: times, who was present, information given, fitness, the turns. */
export function InterviewRecordEditor({
  record,
  onSaved,
  onConflict,
}: {
  record: InterviewRecordView;
  onSaved: (record: InterviewRecordView) => void;
  onConflict: () => void;
}) {
  const { t } = useTranslation();
  const { form, saving, failure, error, refuse, send } = useFormSubmission({ onConflict });
  const [startTime, setStartTime] = useState(record.startTime);
  const [endTime, setEndTime] = useState(record.endTime ?? '');
  const [observations, setObservations] = useState(record.observations);
  const [fit, setFit] = useState(record.fitness.fit);
  const [fitnessNotes, setFitnessNotes] = useState(record.fitness.notes);
  const [information, setInformation] = useState<InformationGiven[]>(record.informationGiven);
  const [attendees, setAttendees] = useState<Attendee[]>(record.attendees);
  const [turns, setTurns] = useState<Turn[]>(
    record.turns.length > 0 ? record.turns : [{ speaker: 'officer', text: '', duringReadBack: false }],
  );
  const setTurn = (index: number, change: Partial<Turn>) =>
    setTurns((all) => all.map((turn, i) => (i === index ? { ...turn, ...change } : turn)));
  const setAttendee = (index: number, change: Partial<Attendee>) =>
    setAttendees((all) => all.map((a, i) => (i === index ? { ...a, ...change } : a)));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = SaveInterviewRecordInput.safeParse({
      version: record.version,
      startTime,
      endTime: endTime || null,
      attendees,
      informationGiven: information,
      fitness: { fit, notes: fitnessNotes },
      observations,
      turns: turns.filter((turn) => turn.text.trim() !== ''),
    });
    if (!parsed.success) return refuse(parsed.error.issues);
    send(saveInterviewRecord(record.id, parsed.data), onSaved);
  };

  return (
    <form ref={form} className="stacked-form" onSubmit={submit} noValidate aria-busy={saving}>
      <FormFailure failure={failure} />
      <TextField
        id="record-startTime"
        label={t('interviews.record.startTime')}
        value={startTime}
        onValueChange={setStartTime}
        error={error('startTime')}
        maxLength={5}
        required
      />
      <TextField
        id="record-endTime"
        label={t('interviews.record.endTime')}
        value={endTime}
        onValueChange={setEndTime}
        error={error('endTime')}
        maxLength={5}
      />
      <fieldset className="fieldset">
        <legend>{t('interviews.record.attendees')}</legend>
        {attendees.map((a, i) => (
          <div key={i} className="form-row">
            <SelectField
              id={`record-attendee-${i}-role`}
              label={t('interviews.record.attendeeRole')}
              value={a.role}
              onValueChange={(role) => setAttendee(i, { role: role as Attendee['role'] })}
              options={attendeeRoles.map((r) => ({ value: r, label: t(`interviews.record.roles.${r}`) }))}
            />
            <TextField
              id={`record-attendee-${i}-name`}
              label={t('interviews.record.attendeeName')}
              value={a.name}
              onValueChange={(name) => setAttendee(i, { name })}
              error={error(`attendees.${i}.name`)}
              maxLength={200}
            />
          </div>
        ))}
        <button
          type="button"
          className="button button--secondary"
          onClick={() => setAttendees((all) => [...all, { role: 'applicant', name: '' }])}
        >
          {t('interviews.record.addAttendee')}
        </button>
      </fieldset>
      <fieldset className="fieldset">
        <legend>{t('interviews.record.informationGiven')}</legend>
        {informationItems.map((item) => (
          <CheckboxField
            key={item}
            id={`record-information-${item}`}
            label={t(`interviews.record.information.${item}`)}
            checked={information.includes(item)}
            onCheckedChange={(on) =>
              setInformation((all) => (on ? [...all, item] : all.filter((x) => x !== item)))
            }
          />
        ))}
      </fieldset>
      <CheckboxField
        id="record-fit"
        label={t('interviews.record.fit')}
        checked={fit}
        onCheckedChange={setFit}
      />
      <TextAreaField
        id="record-fitnessNotes"
        label={t('interviews.record.fitnessNotes')}
        value={fitnessNotes}
        onValueChange={setFitnessNotes}
        maxLength={2000}
      />
      <fieldset className="fieldset">
        <legend>{t('interviews.record.turns')}</legend>
        <ol className="turns">
          {turns.map((turn, i) => (
            <li key={i} aria-label={t('interviews.record.turn', { n: i + 1 })}>
              <SelectField
                id={`record-turn-${i}-speaker`}
                label={t('interviews.record.speaker')}
                value={turn.speaker}
                onValueChange={(speaker) => setTurn(i, { speaker: speaker as TurnSpeaker })}
                options={turnSpeakers.map((s) => ({ value: s, label: t(`interviews.record.speakers.${s}`) }))}
              />
              <TextAreaField
                id={`record-turn-${i}-text`}
                label={t('interviews.record.text')}
                value={turn.text}
                onValueChange={(text) => setTurn(i, { text })}
                error={error(`turns.${i}.text`)}
                maxLength={20000}
              />
              <CheckboxField
                id={`record-turn-${i}-readBack`}
                label={t('interviews.record.duringReadBack')}
                checked={turn.duringReadBack}
                onCheckedChange={(duringReadBack) => setTurn(i, { duringReadBack })}
              />
              <button
                type="button"
                className="button button--secondary"
                onClick={() => setTurns((all) => all.filter((_, j) => j !== i))}
              >
                {t('interviews.record.removeTurn', { n: i + 1 })}
              </button>
            </li>
          ))}
        </ol>
        <button
          type="button"
          className="button button--secondary"
          onClick={() =>
            setTurns((all) => [
              ...all,
              // Questions and answers alternate: the next speaker is the other one.
              {
                speaker: all.at(-1)?.speaker === 'officer' ? 'applicant' : 'officer',
                text: '',
                duringReadBack: false,
              },
            ])
          }
        >
          {t('interviews.record.addTurn')}
        </button>
      </fieldset>
      <TextAreaField
        id="record-observations"
        label={t('interviews.record.observations')}
        value={observations}
        onValueChange={setObservations}
        maxLength={5000}
      />
      <FormButtons label={t('interviews.record.save')} saving={saving} />
    </form>
  );
}
