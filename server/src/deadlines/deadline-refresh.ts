import type { OutcomeId } from '@refugio/contract';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import type { Jurisdiction } from '../countries/jurisdiction';
import { computeDeadlines, type ComputedDeadline } from '../procedure/deadlines';
import { procedureDatesOf } from '../cases/procedure-dates';
import { clockInputsOf } from './case-clock';
import { findClockEvents, findSuspensionsCovering, lockCases } from './clock-inputs.repository';
import {
  findProjectedClocks,
  findProjectedDeadlines,
  writeProjection,
  type ProjectedClock,
  type ProjectedDeadline,
} from './deadline-projection.repository';

/** The fields of a case its deadlines are computed from. */
export interface DeadlineCase {
  readonly id: string;
  readonly office_id: string;
  readonly track: string;
  readonly stage: string;
  readonly outcome: OutcomeId | null;
  readonly entry_date: string;
  readonly application_date: string;
}

/** A due date that moved, as the case timeline records it. */
export interface DueDateChange {
  readonly limit: string;
  readonly from: string | null;
  readonly to: string | null;
}

/**
 * Recomputes the deadlines of these cases from their events, extensions and the suspensions covering
 * them, writes the projection rows that changed, and answers which due dates moved for each case (a
 * case whose deadlines were never projected reports none). Runs in the caller's transaction, which
 * locks the cases first unless it already holds them (`casesLocked`: a recomputation's batch).
 */
export async function refreshDeadlines(
  trx: Kysely<DB>,
  { profile, calendar }: Jurisdiction,
  cases: readonly DeadlineCase[],
  today: string,
  { casesLocked = false }: { casesLocked?: boolean } = {},
): Promise<Map<string, DueDateChange[]>> {
  const ids = cases.map((c) => c.id);
  if (!casesLocked) await lockCases(trx, ids);
  const [events, covering, previous, previousClocks] = await Promise.all([
    findClockEvents(trx, ids),
    findSuspensionsCovering(
      trx,
      ids,
      cases.map((c) => c.office_id),
    ),
    findProjectedDeadlines(trx, ids),
    findProjectedClocks(trx, ids),
  ]);
  const eventsByCase = groupBy(events, (e) => e.case_id);
  const previousByCase = groupBy(previous, (p) => p.case_id);
  const clockByCase = new Map(previousClocks.map((c) => [c.case_id, c]));

  const removed: { case_id: string; limit_id: string }[] = [];
  const written: ProjectedDeadline[] = [];
  const clocks: ProjectedClock[] = [];
  const changes = new Map<string, DueDateChange[]>();
  for (const kase of cases) {
    const caseEvents = eventsByCase.get(kase.id) ?? [];
    const deadlines = computeDeadlines(
      profile.procedure,
      calendar,
      procedureDatesOf(kase, caseEvents),
      today,
      clockInputsOf(profile, kase, covering, caseEvents),
    );
    // Nothing runs on a closed case: only the limits it met are projected, and it has no next deadline.
    const projected = kase.stage === 'closed' ? deadlines.filter((d) => d.metOn !== null) : deadlines;
    const rows = projected.flatMap((d) => projectionRow(kase.id, d) ?? []);
    const before = previousByCase.get(kase.id) ?? [];
    for (const row of rows) {
      const old = before.find((b) => b.limit_id === row.limit_id);
      if (!old || !sameRow(old, row)) written.push(row);
    }
    for (const old of before)
      if (!rows.some((r) => r.limit_id === old.limit_id))
        removed.push({ case_id: kase.id, limit_id: old.limit_id });
    const clock = clockRow(kase.id, projected);
    const oldClock = clockByCase.get(kase.id);
    if (!oldClock || !sameClock(oldClock, clock)) clocks.push(clock);

    // A case projected before says what moved; a new case has nothing to compare with.
    if (oldClock || before.length > 0) {
      const moved = movedDueDates(deadlines, before);
      if (moved.length > 0) changes.set(kase.id, moved);
    }
  }
  await writeProjection(trx, { removed, written, clocks });
  return changes;
}

/**
 * The running limits whose due date changed, appeared (a rule recorded for a limit the profile left
 * unknown) or went away (that rule withdrawn). Only running ones: a met limit's date is history, and
 * moving it would only be noise on the timeline.
 */
function movedDueDates(
  deadlines: readonly ComputedDeadline[],
  before: readonly ProjectedDeadline[],
): DueDateChange[] {
  const runs = (status: string) => status === 'open' || status === 'overdue' || status === 'suspended';
  const moved: DueDateChange[] = [];
  for (const d of deadlines) {
    if (!runs(d.status)) continue;
    const old = before.find((b) => b.limit_id === d.limit);
    if (!old) moved.push({ limit: d.limit, from: null, to: d.dueDate });
    else if ((old.due_on ?? null) !== d.dueDate)
      moved.push({ limit: d.limit, from: old.due_on ?? null, to: d.dueDate });
  }
  for (const old of before)
    if (runs(old.status) && !deadlines.some((d) => d.limit === old.limit_id))
      moved.push({ limit: old.limit_id, from: old.due_on ?? null, to: null });
  return moved;
}

function projectionRow(caseId: string, d: ComputedDeadline): ProjectedDeadline | null {
  if (d.status === 'closed') return null;
  // Overdue is not stored: it depends on today, so the dashboard derives it from the due date.
  const status = d.status === 'overdue' ? 'open' : d.status;
  return {
    case_id: caseId,
    limit_id: d.limit,
    starts_on: d.startDate,
    due_on: d.dueDate,
    status,
    met_on: d.metOn,
  };
}

function sameRow(a: ProjectedDeadline, b: ProjectedDeadline): boolean {
  return (
    a.starts_on === b.starts_on &&
    (a.due_on ?? null) === (b.due_on ?? null) &&
    a.status === b.status &&
    (a.met_on ?? null) === (b.met_on ?? null)
  );
}

function sameClock(a: ProjectedClock, b: ProjectedClock): boolean {
  return (
    (a.next_limit ?? null) === (b.next_limit ?? null) &&
    (a.next_due_on ?? null) === (b.next_due_on ?? null) &&
    (a.next_status ?? null) === (b.next_status ?? null)
  );
}

/** The running limit that ends first; a stopped one only when nothing else runs. */
function clockRow(caseId: string, deadlines: readonly ComputedDeadline[]): ProjectedClock {
  const running = deadlines.filter((d) => d.status === 'open' || d.status === 'overdue');
  const next = running.sort((a, b) => String(a.dueDate).localeCompare(String(b.dueDate)))[0];
  if (next)
    return { case_id: caseId, next_limit: next.limit, next_due_on: next.dueDate, next_status: 'open' };
  const stopped = deadlines.find((d) => d.status === 'suspended');
  if (stopped)
    return { case_id: caseId, next_limit: stopped.limit, next_due_on: null, next_status: 'suspended' };
  return { case_id: caseId, next_limit: null, next_due_on: null, next_status: null };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
