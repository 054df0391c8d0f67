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

/**
 * What changed in the projection of some cases: rows to remove, new rows, rows that differ from
 * the stored ones, and the same for the clocks. The cases are locked, so what is new or stored was
 * read in this transaction and holds until it ends.
 */
export interface ProjectionChanges {
  removed: readonly { case_id: string; limit_id: string }[];
  inserted: readonly ProjectedDeadline[];
  updated: readonly ProjectedDeadline[];
  insertedClocks: readonly ProjectedClock[];
  updatedClocks: readonly ProjectedClock[];
}

/**
 * Applies the changes to the projection: only the rows that differ are touched (most of a batch's rows
 * are limits already met, which no calendar change moves), and stored rows are updated in place rather
 * than upserted (no speculative insertion per row). Each statement passes its rows as arrays through
 * `unnest`, a handful of parameters whatever the number of rows.
 */
export async function writeProjection(trx: Kysely<DB>, changes: ProjectionChanges): Promise<void> {
  const { removed, inserted, updated, insertedClocks, updatedClocks } = changes;
  if (removed.length > 0) {
    await sql`
      delete from case_deadlines d
      using unnest(${removed.map((r) => r.case_id)}::uuid[], ${removed.map((r) => r.limit_id)}::text[])
        as r(case_id, limit_id)
      where d.case_id = r.case_id and d.limit_id = r.limit_id`.execute(trx);
  }
  if (inserted.length > 0) {
    await sql`
      insert into case_deadlines (case_id, limit_id, starts_on, due_on, status, met_on)
      select * from ${deadlineRows(inserted)}`.execute(trx);
  }
  if (updated.length > 0) {
    await sql`
      update case_deadlines d set
        starts_on = u.starts_on, due_on = u.due_on, status = u.status, met_on = u.met_on
      from ${deadlineRows(updated)}
      where d.case_id = u.case_id and d.limit_id = u.limit_id`.execute(trx);
  }
  if (insertedClocks.length > 0) {
    await sql`
      insert into case_clocks (case_id, next_limit, next_due_on, next_status)
      select * from ${clockRows(insertedClocks)}`.execute(trx);
  }
  if (updatedClocks.length > 0) {
    await sql`
      update case_clocks k set
        next_limit = u.next_limit, next_due_on = u.next_due_on, next_status = u.next_status,
        computed_at = now()
      from ${clockRows(updatedClocks)}
      where k.case_id = u.case_id`.execute(trx);
  }
}

/** Deadline rows as a set `u` of columns, from arrays. */
const deadlineRows = (rows: readonly ProjectedDeadline[]) => sql`unnest(
  ${rows.map((r) => r.case_id)}::uuid[],
  ${rows.map((r) => r.limit_id)}::text[],
  ${rows.map((r) => r.starts_on)}::date[],
  ${rows.map((r) => r.due_on ?? null)}::date[],
  ${rows.map((r) => r.status)}::text[],
  ${rows.map((r) => r.met_on ?? null)}::date[]
) as u(case_id, limit_id, starts_on, due_on, status, met_on)`;

/** Clock rows as a set `u` of columns, from arrays. */
const clockRows = (rows: readonly ProjectedClock[]) => sql`unnest(
  ${rows.map((c) => c.case_id)}::uuid[],
  ${rows.map((c) => c.next_limit ?? null)}::text[],
  ${rows.map((c) => c.next_due_on ?? null)}::date[],
  ${rows.map((c) => c.next_status ?? null)}::text[]
) as u(case_id, next_limit, next_due_on, next_status)`;
