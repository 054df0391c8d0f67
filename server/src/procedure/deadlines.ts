import type { DeadlineView } from '@refugio/contract';
import { isWorkingDayNumber, type Calendar } from '../calendars/calendar';
import { fromDayNumber, toDayNumber } from '../calendars/iso-date';
import { runClock, isPausedOn, type ClockPause, type ClockResult } from './clock';
import type {
  ExtensionReasonCode,
  KnownTimeLimit,
  OutcomeId,
  Procedure,
  ProcedureEvent,
  TimeLimitId,
} from './procedure';
import { timeLimitInForce, type UnknownTimeLimit } from './time-limits';

/** When each procedural event of a case happened (YYYY-MM-DD); absent events have not happened. */
export type EventDates = Partial<Record<ProcedureEvent, string>>;

/** An extension granted on one limit of a case. */
export interface GrantedExtension {
  readonly limit: TimeLimitId;
  readonly reason: ExtensionReasonCode;
  readonly length: number;
  readonly note: string;
  readonly grantedAt: string;
}

/**
 * What moves a case's clocks besides its events: the suspensions that cover it, the extensions granted,
 * and the case's track, which may give a limit a length of its own.
 */
export interface ClockInputs {
  readonly pauses: readonly ClockPause[];
  readonly extensions: readonly GrantedExtension[];
  readonly onTrack?: (limit: KnownTimeLimit | UnknownTimeLimit) => KnownTimeLimit | UnknownTimeLimit;
  /** The day the case was closed, if it is: limits not met by then no longer run. */
  readonly closedOn?: string | null;
  /**
   * The outcome of the case's latest decision. A limit met only by a step the procedure offers for
   * other outcomes does not run (no appeal window after a recognition: `lodge_appeal` is for refusals).
   */
  readonly outcome?: OutcomeId | null;
}

export const NO_CLOCK_CHANGES: ClockInputs = { pauses: [], extensions: [] };

/** The last day of a time limit that started on `start`, counted as the law counts it, with no pause. */
export function dueDate(
  limit: Pick<KnownTimeLimit, 'length' | 'unit' | 'countsFrom'>,
  start: string,
  calendar: Calendar,
): string {
  const result = runClock(calendar, countingBase(limit, start, calendar), limit.length, limit.unit);
  if (result.kind !== 'due') throw new Error('A clock without pauses always has a due date');
  return result.due;
}

export type ComputedDeadline = Omit<DeadlineView, 'extendable'>;

/**
 * Every known time limit of the procedure whose starting event has happened, with its due date and
 * whether the event that meets it came in time. Extensions lengthen a limit; suspensions stop its clock
 * for their days (an open-ended one leaves it without a due date until lifted). Limits the law leaves
 * unknown are left out rather than guessed. Pure: the case's event dates, the calendar, the clock
 * inputs and today come in as arguments.
 */
export function computeDeadlines(
  procedure: Procedure,
  calendar: Calendar,
  events: EventDates,
  today: string,
  clock: ClockInputs = NO_CLOCK_CHANGES,
): ComputedDeadline[] {
  const deadlines: ComputedDeadline[] = [];
  for (const { id, startsOn } of knownLimitsOf(procedure)) {
    const startDate = events[startsOn];
    if (!startDate) continue;
    const inForce = timeLimitInForce(procedure, id, startDate);
    const limit = clock.onTrack ? clock.onTrack(inForce) : inForce;
    if (limit.status === 'unknown') continue;
    const extensions = clock.extensions.filter((e) => e.limit === id);
    const extendedBy = extensions.reduce((sum, e) => sum + e.length, 0);
    const metOn = events[limit.metBy] ?? null;
    if (metOn === null && !applicable(procedure, limit.metBy, clock.outcome)) continue;
    const run = runClock(
      calendar,
      countingBase(limit, startDate, calendar),
      limit.length + extendedBy,
      limit.unit,
      pausesUntil(clock.pauses, metOn),
    );
    deadlines.push({
      limit: id,
      startsOn: limit.startsOn,
      startDate,
      dueDate: run.kind === 'due' ? run.due : null,
      length: limit.length,
      extendedBy,
      unit: limit.unit,
      whose: limit.whose,
      legalBasis: limit.legalBasis,
      status: statusOf(run, metOn, today, clock.closedOn ?? null),
      metOn,
      pausedDays: run.pausedDays,
      pausedToday: metOn === null && !clock.closedOn && isPausedOn(clock.pauses, today),
      unitsLeft: run.kind === 'stopped' ? run.unitsLeft : null,
      extensions: extensions.map(({ reason, length, note, grantedAt }) => ({
        reason,
        length,
        note,
        grantedAt,
      })),
    });
  }
  return deadlines;
}

const knownLimits = new WeakMap<Procedure, readonly { id: TimeLimitId; startsOn: ProcedureEvent }[]>();

/** Each limit the procedure knows, once, with the event that starts it (the same in every version). */
function knownLimitsOf(procedure: Procedure): readonly { id: TimeLimitId; startsOn: ProcedureEvent }[] {
  let limits = knownLimits.get(procedure);
  if (!limits) {
    const ids = [...new Set(procedure.timeLimits.map((l) => l.id))];
    limits = ids.flatMap((id) => {
      const known = procedure.timeLimits.find(
        (l): l is KnownTimeLimit => l.id === id && l.status === 'known',
      );
      return known ? [{ id, startsOn: known.startsOn }] : [];
    });
    knownLimits.set(procedure, limits);
  }
  return limits;
}

/**
 * The day the count runs from. A limit counted "from the working day after" the event, in calendar days
 * or months, runs as if the event had happened the day before that working day (entry on Holy Thursday
 * in Panama: the six months run from Monday, as if entry were Sunday). Working days need nothing: their
 * day 1 is always the first working day after the event.
 */
export function countingBase(
  limit: Pick<KnownTimeLimit, 'unit' | 'countsFrom'>,
  event: string,
  calendar: Calendar,
): string {
  if (limit.countsFrom !== 'next_working_day' || limit.unit === 'working_days') return event;
  let day = toDayNumber(event) + 1;
  while (!isWorkingDayNumber(calendar, day)) day++;
  return fromDayNumber(day - 1);
}

/** Once a limit is met its clock is over: a suspension after that moves nothing, one in progress ends there. */
function pausesUntil(pauses: readonly ClockPause[], metOn: string | null): readonly ClockPause[] {
  if (metOn === null) return pauses;
  return pauses
    .filter((p) => p.from <= metOn)
    .map((p) => ({ from: p.from, to: p.to === null || p.to > metOn ? metOn : p.to }));
}

const applicability = new WeakMap<Procedure, Map<string, boolean>>();

/** Whether any step that could meet the limit is open to a case with this outcome. */
function applicable(
  procedure: Procedure,
  metBy: ProcedureEvent,
  outcome: OutcomeId | null | undefined,
): boolean {
  if (outcome === undefined) return true;
  let known = applicability.get(procedure);
  if (!known) {
    known = new Map();
    applicability.set(procedure, known);
  }
  const key = `${metBy} ${outcome}`;
  let open = known.get(key);
  if (open === undefined) {
    const meeting = procedure.transitions.filter((t) => t.marks === metBy);
    open =
      meeting.length === 0 ||
      meeting.some(
        (t) => t.whenOutcome === undefined || (outcome !== null && t.whenOutcome.includes(outcome)),
      );
    known.set(key, open);
  }
  return open;
}

function statusOf(
  run: ClockResult,
  metOn: string | null,
  today: string,
  closedOn: string | null,
): DeadlineView['status'] {
  // Closed before the limit ran out: it no longer runs. One that had already run out stays overdue.
  if (!metOn && closedOn && (run.kind === 'stopped' || closedOn <= run.due)) return 'closed';
  if (run.kind === 'stopped') {
    // Met before the clock stopped, or while it stood still: either way within the limit.
    if (metOn) return 'met';
    return 'suspended';
  }
  if (metOn) return metOn <= run.due ? 'met' : 'met_late';
  return today <= run.due ? 'open' : 'overdue';
}
