import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema';

/** The active suspensions that cover any of these cases: their own, their offices' and the authority's. */
export function findSuspensionsCovering(
  db: Kysely<DB>,
  caseIds: readonly string[],
  officeIds: readonly string[],
) {
  return db
    .selectFrom('clock_suspensions')
    .select(['id', 'scope', 'case_id', 'office_id', 'starts_on', 'ends_on'])
    .where('status', '=', 'active')
    .where((eb) =>
      eb.or([
        eb('scope', '=', 'authority'),
        ...(officeIds.length > 0 ? [eb('office_id', 'in', [...new Set(officeIds)])] : []),
        ...(caseIds.length > 0 ? [eb('case_id', 'in', [...caseIds])] : []),
      ]),
    )
    .execute();
}
export type CoveringSuspension = Awaited<ReturnType<typeof findSuspensionsCovering>>[number];

/**
 * The events of these cases that move clocks: transitions that mark a procedural date and extensions,
 * oldest first. Other events (reads are not events; registration, notes) are left out.
 */
export function findClockEvents(db: Kysely<DB>, caseIds: readonly string[]) {
  if (caseIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('case_events')
    .select(['case_id', 'type', 'data', 'occurred_at'])
    .where('case_id', 'in', [...caseIds])
    .where((eb) => eb.or([eb('type', '=', 'deadline_extended'), sql<boolean>`data ? 'marks'`]))
    .orderBy('case_id')
    .orderBy('id')
    .execute();
}
export type ClockEventRow = Awaited<ReturnType<typeof findClockEvents>>[number];
