import { sql, type Insertable, type Kysely } from 'kysely';
import type { DB } from '../db/schema';
import { idIn } from '../db/id-in';
import type { CaseClockTable, CaseDeadlineTable } from './clock.table';

export type ProjectedDeadline = Insertable<CaseDeadlineTable>;
export type ProjectedClock = Pick<
  Insertable<CaseClockTable>,
  'case_id' | 'next_limit' | 'next_due_on' | 'next_status'
>;

export function findProjectedDeadlines(db: Kysely<DB>, caseIds: readonly string[]) {
  if (caseIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('case_deadlines')
    .select(['case_id', 'limit_id', 'starts_on', 'due_on', 'status', 'met_on'])
    .where(idIn('case_id', caseIds))
    .execute();
}

export function findProjectedClocks(db: Kysely<DB>, caseIds: readonly string[]) {
  if (caseIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('case_clocks')
    .select(['case_id', 'next_limit', 'next_due_on', 'next_status'])
    .where(idIn('case_id', caseIds))
    .execute();
}

/** What changed in the projection of some cases: rows to remove, rows to write, clocks to write. */
export interface ProjectionChanges {
  removed: readonly { case_id: string; limit_id: string }[];
  written: readonly ProjectedDeadline[];
  clocks: readonly ProjectedClock[];
}

/**
 * Applies the changes to the projection: only the rows that differ are touched (most of a batch's rows
 * are limits already met, which no calendar change moves). Each statement passes its rows as arrays
 * through `unnest`, a handful of parameters whatever the number of rows.
 */
export async function writeProjection(trx: Kysely<DB>, changes: ProjectionChanges): Promise<void> {
  const { removed, written, clocks } = changes;
  if (removed.length > 0) {
    await sql`
      delete from case_deadlines d
      using unnest(${removed.map((r) => r.case_id)}::uuid[], ${removed.map((r) => r.limit_id)}::text[])
        as r(case_id, limit_id)
      where d.case_id = r.case_id and d.limit_id = r.limit_id`.execute(trx);
  }
  if (written.length > 0) {
    await sql`
      insert into case_deadlines (case_id, limit_id, starts_on, due_on, status, met_on)
      select * from unnest(
        ${written.map((r) => r.case_id)}::uuid[],
        ${written.map((r) => r.limit_id)}::text[],
        ${written.map((r) => r.starts_on)}::date[],
        ${written.map((r) => r.due_on ?? null)}::date[],
        ${written.map((r) => r.status)}::text[],
        ${written.map((r) => r.met_on ?? null)}::date[])
      on conflict (case_id, limit_id) do update set
        starts_on = excluded.starts_on, due_on = excluded.due_on,
        status = excluded.status, met_on = excluded.met_on`.execute(trx);
  }
  if (clocks.length > 0) {
    await sql`
      insert into case_clocks (case_id, next_limit, next_due_on, next_status)
      select * from unnest(
        ${clocks.map((c) => c.case_id)}::uuid[],
        ${clocks.map((c) => c.next_limit ?? null)}::text[],
        ${clocks.map((c) => c.next_due_on ?? null)}::date[],
        ${clocks.map((c) => c.next_status ?? null)}::text[])
      on conflict (case_id) do update set
        next_limit = excluded.next_limit, next_due_on = excluded.next_due_on,
        next_status = excluded.next_status, computed_at = now()`.execute(trx);
  }
}
