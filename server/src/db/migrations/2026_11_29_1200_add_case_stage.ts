import { sql, type Kysely } from 'kysely';

/**
 * Where a case stands in its country's procedure: the stage and the outcome of its latest decision or
 * draft. Every existing case was only registered, so the default places it correctly.
 *
 * The dates of procedural events (decision issued, written notification, appeal lodged, …) get no
 * table of their own: each transition's case event already carries them (`data.marks`), and
 * `case_events` is append-only, so the deadlines are derived from one history that cannot be rewritten
 * rather than from a second copy that could drift from it. A projection for the deadline dashboard can
 * be built from the events later without a schema change here.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table cases add column stage text not null default 'registered'`.execute(db);
  await sql`alter table cases add column outcome text`.execute(db);
  await sql`create index cases_office_stage_idx on cases (office_id, stage)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index cases_office_stage_idx`.execute(db);
  await sql`alter table cases drop column outcome`.execute(db);
  await sql`alter table cases drop column stage`.execute(db);
}
