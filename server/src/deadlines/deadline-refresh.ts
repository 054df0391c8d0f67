import type { OutcomeId } from '@refugio/contract';
import type { Insertable, Kysely } from 'kysely';
import type { DB } from '../db/schema';
import type { Jurisdiction } from '../countries/jurisdiction';
import { computeDeadlines, type ComputedDeadline } from '../procedure/deadlines';
import { procedureDatesOf } from '../cases/procedure-dates';
import { clockInputsOf } from './case-clock';
import {
  findClockEvents,
  findSuspensionsCovering,
  lockCases,
  type CoveringSuspension,
} from './clock-inputs.repository';
import { findProjectedDeadlines, replaceProjection } from './deadline-projection.repository';
import type { CaseClockTable, CaseDeadlineTable } from './clock.table';

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
 * them, rewrites their projection, and answers which due dates moved for each case (a case whose
 * deadlines were never projected reports none). Runs in the caller's transaction.
 */
export async function refreshDeadlines(
  trx: Kysely<DB>,
  { profile, calendar }: Jurisdiction,
  cases: readonly DeadlineCase[],
  today: string,
  suspensions?: readonly CoveringSuspension[],
): Promise<Map<string, DueDateChange[]>> {
  const ids = cases.map((c) => c.id);
  await lockCases(trx, ids);
  const [events, covering, previous] = await Promise.all([
    findClockEvents(trx, ids),
    suspensions ??
      findSuspensionsCovering(
        trx,
        ids,
        cases.map((c) => c.office_id),
      ),
    findProjectedDeadlines(trx, ids),
  ]);
  const eventsByCase = groupBy(events, (e) => e.case_id);
  const previousByCase = groupBy(previous, (p) => p.case_id);

  const rows: Insertable<CaseDeadlineTable>[] = [];
  const clocks: Insertable<CaseClockTable>[] = [];
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
    for (const d of projected) {
      const row = projectionRow(kase.id, d);
      if (row) rows.push(row);
    }
    clocks.push(clockRow(kase.id, projected));

    const before = previousByCase.get(kase.id);
    if (before) {
      const moved = deadlines.flatMap((d) => {
        const old = before.find((b) => b.limit_id === d.limit);
        // Only running limits: a met one's date is history, moving it would only be noise on the timeline.
        const running = d.status === 'open' || d.status === 'overdue' || d.status === 'suspended';
        return running && old && old.due_on !== d.dueDate
          ? [{ limit: d.limit, from: old.due_on, to: d.dueDate }]
          : [];
      });
      if (moved.length > 0) changes.set(kase.id, moved);
    }
  }
  await replaceProjection(trx, ids, rows, clocks);
  return changes;
}

function projectionRow(caseId: string, d: ComputedDeadline): Insertable<CaseDeadlineTable> | null {
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

/** The running limit that ends first; a stopped one only when nothing else runs. */
function clockRow(caseId: string, deadlines: readonly ComputedDeadline[]): Insertable<CaseClockTable> {
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
