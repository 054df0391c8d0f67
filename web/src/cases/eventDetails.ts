import type { TFunction } from 'i18next';
import { z } from 'zod';
import {
  ActionId,
  ClosureReasonId,
  ExtensionReasonCode,
  OutcomeId,
  ReopeningGroundId,
  TimeLimitId,
  TrackId,
  type CaseEventView,
} from '@refugio/contract';
import { formatDate } from '../i18n/dates';

// The data each event records, read leniently: an event written by an older server shows its label only.
const Changes = z
  .array(z.object({ limit: TimeLimitId, from: z.string().nullable(), to: z.string().nullable() }))
  .default([]);
const Extended = z.object({ limit: TimeLimitId, reason: ExtensionReasonCode, length: z.number() });
const Period = z.object({
  startsOn: z.string(),
  endsOn: z.string().nullable().optional(),
  legalBasis: z.string().optional(),
  changes: Changes,
});
const Recomputed = z.object({
  cause: z
    .object({
      kind: z.enum(['suspension', 'declared_day', 'time_limit_rule']),
      change: z.string().optional(),
      legalBasis: z.string(),
    })
    .optional(),
  changes: Changes,
});

/** "Por un día inhábil declarado"; a withdrawn version of a time limit says it was withdrawn. */
function causeLabel(t: TFunction, cause: NonNullable<z.infer<typeof Recomputed>['cause']>): string {
  if (cause.kind === 'time_limit_rule' && cause.change === 'withdrawn')
    return t('eventDetail.causes.time_limit_rule_withdrawn');
  return t(`eventDetail.causes.${cause.kind}`);
}

const Registered = z.object({ track: TrackId });
const TrackOverridden = z.object({ from: TrackId, to: TrackId, reason: z.string() });
const PresentationRecorded = z.object({ date: z.string() });
const Assigned = z.object({ to: z.string().nullable() });
// A procedure step's event: the engine's record, with the data the step asked for.
const Step = z.object({
  action: ActionId,
  outcome: OutcomeId.nullable().optional(),
  closureReason: ClosureReasonId.nullable().optional(),
  data: z
    .object({
      interviewDate: z.string().optional(),
      referralDate: z.string().optional(),
      decisionDate: z.string().optional(),
      notificationDate: z.string().optional(),
      appealDate: z.string().optional(),
      reopeningGround: ReopeningGroundId.optional(),
      reason: z.string().optional(),
    })
    .default({}),
});
const stepDates = [
  'interviewDate',
  'referralDate',
  'decisionDate',
  'notificationDate',
  'appealDate',
] as const;

/** "Fecha de la entrevista: 10/12/2026", the outcome, the closure or reopening reason of a step. */
function stepDetails(t: TFunction, event: CaseEventView): string[] {
  const step = Step.safeParse(event.data);
  if (!step.success || step.data.action !== event.type) return [];
  const { outcome, closureReason, data } = step.data;
  const field = (name: string, value: string) =>
    `${t(`procedure.fields.${name}` as 'procedure.fields.reason')}: ${value}`;
  return [
    ...stepDates.flatMap((name) => (data[name] ? [field(name, formatDate(data[name]))] : [])),
    ...(outcome ? [field('outcome', t(`procedure.outcomes.${outcome}`))] : []),
    ...(closureReason ? [field('closureReason', t(`procedure.closureReasons.${closureReason}`))] : []),
    ...(data.reopeningGround
      ? [field('reopeningGround', t(`procedure.reopeningGrounds.${data.reopeningGround}`))]
      : []),
    ...(data.reason ? [field('reason', data.reason)] : []),
  ];
}

/** What the timeline needs from the case file and the profile to name what events record by id. */
export interface EventContext {
  track: (id: TrackId) => string;
  /** A user's name, when the case file mentions them. */
  user: (id: string) => string | undefined;
}

const suspensionEvents = new Set([
  'clock_suspended',
  'clock_suspension_lifted',
  'clock_suspension_corrected',
  'clock_suspension_withdrawn',
]);

/** "Resolución de primera instancia: 13/05/2026 → 25/05/2026"; a null date is a suspended clock. */
function changeLines(t: TFunction, changes: z.infer<typeof Changes>): string[] {
  const date = (d: string | null) => (d ? formatDate(d) : t('eventDetail.suspended'));
  return changes.map((c) =>
    t('eventDetail.change', { limit: t(`deadlines.limits.${c.limit}`), from: date(c.from), to: date(c.to) }),
  );
}

/** The triage, presentation and assignment events of the case file. */
function caseFileDetails(t: TFunction, event: CaseEventView, context: EventContext): string[] {
  switch (event.type) {
    case 'application_registered': {
      const data = Registered.safeParse(event.data);
      return data.success ? [t('eventDetail.track', { track: context.track(data.data.track) })] : [];
    }
    case 'track_overridden': {
      const data = TrackOverridden.safeParse(event.data);
      if (!data.success) return [];
      const { from, to, reason } = data.data;
      return [
        t('eventDetail.trackChange', { from: context.track(from), to: context.track(to) }),
        t('eventDetail.reason', { reason }),
      ];
    }
    case 'presentation_recorded': {
      const data = PresentationRecorded.safeParse(event.data);
      return data.success ? [t('eventDetail.presentation', { date: formatDate(data.data.date) })] : [];
    }
    case 'case_assigned': {
      const data = Assigned.safeParse(event.data);
      if (!data.success) return [];
      if (data.data.to === null) return [t('eventDetail.unassigned')];
      // The event records user ids; a user the case file does not name is left unnamed, not guessed.
      const name = context.user(data.data.to);
      return name ? [t('eventDetail.assignedTo', { name })] : [];
    }
    default:
      return stepDetails(t, event);
  }
}

/** What an event changed, line by line, in the officer's language. */
export function eventDetails(t: TFunction, event: CaseEventView, context: EventContext): string[] {
  if (event.type === 'deadline_extended') {
    const data = Extended.safeParse(event.data);
    if (!data.success) return [];
    const { limit, reason, length } = data.data;
    return [
      t('eventDetail.extended', {
        limit: t(`deadlines.limits.${limit}`),
        length,
        reason: t(`deadlines.reasons.${reason}`),
      }),
    ];
  }
  if (suspensionEvents.has(event.type)) {
    const data = Period.safeParse(event.data);
    if (!data.success) return [];
    const { startsOn, endsOn, legalBasis, changes } = data.data;
    const period = endsOn
      ? t('eventDetail.period', { from: formatDate(startsOn), to: formatDate(endsOn) })
      : t('eventDetail.periodOpen', { from: formatDate(startsOn) });
    return [legalBasis ? `${period} · ${legalBasis}` : period, ...changeLines(t, changes)];
  }
  if (event.type === 'deadlines_recomputed') {
    const data = Recomputed.safeParse(event.data);
    if (!data.success) return [];
    const { cause, changes } = data.data;
    const lines = changeLines(t, changes);
    return cause ? [`${causeLabel(t, cause)} · ${cause.legalBasis}`, ...lines] : lines;
  }
  return caseFileDetails(t, event, context);
}
