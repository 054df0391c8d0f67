import { sql, type Kysely } from 'kysely';

/**
 * The events that move a case's clocks (steps that mark or clear a procedural date, closures,
 * extensions), indexed apart: recomputing deadlines reads only these, and without the index it
 * fetched every event of the case and threw most away (two in three in a large office, more as
 * recomputations add their timeline entries). The predicate is `findClockEvents`'s filter, word for
 * word, so the planner can prove the query stays inside it.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create index case_events_clock_idx on case_events (case_id, id)
    where type in ('deadline_extended', 'close', 'close_final')
      or jsonb_typeof(data -> 'marks') = 'object'
      or jsonb_array_length(coalesce(data -> 'clears', '[]'::jsonb)) > 0`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index case_events_clock_idx`.execute(db);
}
