import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  IsoDate,
  MarkUnavailableInput,
  readClash,
  TimeOfDay,
  type AgendaResourceKind,
  type AgendaView,
  type UnavailabilityView,
} from '@refugio/contract';
import { markUnavailable } from '../api/agenda';
import type { ZodLikeIssue } from '../i18n/fieldErrors';
import { DateField } from '../ui/DateField';
import { Field } from '../ui/Field';
import { FormButtons } from '../ui/FormButtons';
import { FormFailure } from '../ui/FormFailure';
import { Notice } from '../ui/Notice';
import { TextField } from '../ui/TextField';
import { useFormSubmission } from '../ui/useFormSubmission';
import { useFormValues } from '../ui/useFormValues';
import { resourceName } from './lanes';
import { localSpan, spanText } from './spanText';

type OwnKey = 'time' | 'endBeforeStart' | 'tooLong' | 'unknown_resource' | 'not_in_office';

/** The form's field for a path of a refusal (the server's, or the schema's on the combined input). */
const fieldOf = (path: string, multiDay = false) =>
  path === 'resourceKind' || path === 'resourceId'
    ? 'resource'
    : path === 'startsAt'
      ? 'from'
      : path === 'endsAt'
        ? multiDay
          ? 'endDate'
          : 'to'
        : path;

/**
 * Marks an officer, a room or an interpreter of the office unavailable for a day (or several), from
 * one time to another, with a note shown on the agenda. Only the resources the reader may mark are
 * offered; a clash with an interview or another block is named, never overridden.
 */
export function MarkUnavailableForm({
  view,
  defaultDate,
  onMarked,
  onCancel,
}: {
  view: AgendaView;
  defaultDate: string;
  onMarked: (block: UnavailabilityView, name: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const groups = (
    [
      ['officer', t('agenda.mark.officers'), view.officers],
      ['room', t('agenda.mark.rooms'), view.rooms],
      [
        'interpreter',
        t('agenda.mark.interpreters'),
        view.interpreters.map((i) => ({ ...i, name: i.fullName })),
      ],
    ] as const
  )
    .map(([kind, label, list]) => ({ kind, label, list: list.filter((r) => r.canMarkUnavailable) }))
    .filter((g) => g.list.length > 0);
  const only = groups.length === 1 && groups[0]!.list.length === 1 ? groups[0]! : undefined;
  const [own, setOwn] = useState<Record<string, OwnKey>>({});
  const submission = useFormSubmission({ fieldPath: (path) => fieldOf(path) });
  const { form, saving, failure, refuse, send } = submission;
  const { values, field, set } = useFormValues(
    {
      resource: only ? `${only.kind}:${only.list[0]!.id}` : '',
      date: defaultDate,
      endDate: '',
      from: '08:00',
      to: '18:00',
      note: '',
    },
    { idPrefix: 'unavailable', error: (name) => errorOf(name) },
  );
  const multiDay = values.endDate !== '' && values.endDate !== values.date;

  function errorOf(name: string): string | undefined {
    const key = own[name];
    if (key) return t(`agenda.errors.${key}`);
    const mine = failure?.fields.find(
      (f) =>
        fieldOf(f.path, multiDay) === name && (f.code === 'unknown_resource' || f.code === 'not_in_office'),
    );
    if (mine) return t(`agenda.errors.${mine.code as 'unknown_resource' | 'not_in_office'}`);
    return submission.error(name);
  }

  const clashes = (failure?.fields ?? []).flatMap((f) => {
    const clash = f.code === 'double_booked' ? readClash(f.message) : null;
    return clash ? [clash] : [];
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const issues: ZodLikeIssue[] = [];
    const keys: Record<string, OwnKey> = {};
    const problem = (name: string, code: string, key?: OwnKey, format?: string) => {
      issues.push({ path: [name], code, message: '', format });
      if (key) keys[name] = key;
    };
    if (!values.resource) problem('resource', 'invalid_value');
    if (!values.date) problem('date', 'invalid_type');
    else if (!IsoDate.safeParse(values.date).success) problem('date', 'invalid_format', undefined, 'date');
    if (values.endDate && !IsoDate.safeParse(values.endDate).success)
      problem('endDate', 'invalid_format', undefined, 'date');
    for (const name of ['from', 'to'] as const)
      if (!TimeOfDay.safeParse(values[name]).success) problem(name, 'invalid_format', 'time');
    const [kind = '', id = ''] = values.resource.split(':');
    const input = {
      resourceKind: kind as AgendaResourceKind,
      resourceId: id,
      startsAt: `${values.date}T${values.from}`,
      endsAt: `${values.endDate || values.date}T${values.to}`,
      note: values.note,
    };
    if (issues.length === 0) {
      const parsed = MarkUnavailableInput.safeParse(input);
      if (!parsed.success)
        for (const issue of parsed.error.issues) {
          const name = fieldOf(issue.path.map(String).join('.'), multiDay);
          const key = name === 'note' ? undefined : /most/.test(issue.message) ? 'tooLong' : 'endBeforeStart';
          problem(name, issue.code, key);
        }
    }
    setOwn(keys);
    if (issues.length > 0) return refuse(issues);
    const name = resourceName(view, input.resourceKind, input.resourceId);
    send(markUnavailable(input), (block) => onMarked(block, name));
  };

  return (
    <form ref={form} className="stacked-form" onSubmit={submit} noValidate aria-busy={saving}>
      <FormFailure failure={clashes.length > 0 ? undefined : failure} />
      {clashes.length > 0 && (
        <Notice tone="error">
          <p>{t('agenda.mark.clashes')}</p>
          <ul>
            {clashes.map((clash) => {
              const when = spanText(t, localSpan(clash.start, clash.end));
              return (
                <li key={clash.id}>
                  {clash.kind === 'interview'
                    ? t('agenda.mark.clashInterview', { caseNumber: clash.caseNumber, when })
                    : t('agenda.mark.clashBlock', { when })}
                </li>
              );
            })}
          </ul>
        </Notice>
      )}
      <Field id="unavailable-resource" label={t('agenda.mark.resource')} required error={errorOf('resource')}>
        {(control) => (
          <select {...control} value={values.resource} onChange={(e) => set('resource')(e.target.value)}>
            <option value="">{t('agenda.mark.choose')}</option>
            {groups.map((group) => (
              <optgroup key={group.kind} label={group.label}>
                {group.list.map((r) => (
                  <option key={r.id} value={`${group.kind}:${r.id}`}>
                    {r.name}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        )}
      </Field>
      <div className="form-row">
        <DateField {...field('date')} label={t('agenda.mark.date')} required />
        <TextField
          {...field('from')}
          label={t('agenda.mark.from')}
          hint={t('agenda.mark.timeHint')}
          maxLength={5}
          className="field--short"
          required
        />
        <TextField
          {...field('to')}
          label={t('agenda.mark.to')}
          maxLength={5}
          className="field--short"
          required
        />
        <DateField
          {...field('endDate')}
          label={t('agenda.mark.endDate')}
          hint={t('agenda.mark.endDateHint')}
        />
      </div>
      <TextField
        {...field('note')}
        label={t('agenda.mark.note')}
        hint={t('agenda.mark.noteHint')}
        maxLength={300}
      />
      <FormButtons label={t('agenda.mark.submit')} saving={saving} onCancel={onCancel} />
    </form>
  );
}
