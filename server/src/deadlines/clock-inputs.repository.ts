import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema';
import { idIn } from '../db/id-in';

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
        ...(caseIds.length > 0 ? [idIn('case_id', caseIds)] : []),
      ]),
    )
    .execute();
}
export type CoveringSuspension = Awaited<ReturnType<typeof findSuspensionsCovering>>[number];

/**
 * The events of these cases that move clocks, oldest first: steps that mark a procedural date or set
 * one aside (`clears`), closures (limits stop running) and extensions. Every other step records
 * `marks: null` and is left out, as are registration, notes and recomputation entries. The filter is
 * the predicate of the partial index `case_events_clock_idx`, word for word: keep the two the same.
 */
export function findClockEvents(db: Kysely<DB>, caseIds: readonly string[]) {
  if (caseIds.length === 0) return Promise.resolve([]);
  return clockEventsQuery(db, caseIds).execute();
}

export function clockEventsQuery(db: Kysely<DB>, caseIds: readonly string[]) {
  return db
    .selectFrom('case_events')
    .select(['case_id', 'type', 'data', 'occurred_at'])
    .where(idIn('case_id', caseIds))
    .where(
      sql<boolean>`(type in ('deadline_extended', 'close', 'close_final')
        or jsonb_typeof(data -> 'marks') = 'object'
        or jsonb_array_length(coalesce(data -> 'clears', '[]'::jsonb)) > 0)`,
    )
    .orderBy('case_id')
    .orderBy('id');
}
export type ClockEventRow = Awaited<ReturnType<typeof findClockEvents>>[number];

/**
 * Locks these cases' rows (in id order, so two lockers never wait on each other) until the transaction
 * ends: a recomputation batch and a step on one of its cases then take turns, and each computes from
 * what the other committed, instead of both rewriting the same projection rows at once.
 */
export async function lockCases(trx: Kysely<DB>, caseIds: readonly string[]): Promise<void> {
  if (caseIds.length === 0) return;
  await trx
    .selectFrom('cases')
    .select('id')
    .where(idIn('id', caseIds))
    .orderBy('id')
    .forNoKeyUpdate()
    .execute();
}
