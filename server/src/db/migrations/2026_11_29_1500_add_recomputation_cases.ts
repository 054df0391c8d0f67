import { sql, type Kysely } from 'kysely';

/**
 * A recomputation's work list: the cases it must still recompute, collected once when it starts
 * (instead of re-evaluating its scope for every batch) and deleted batch by batch as they are done.
 * Batches take their cases with `for update skip locked`, so several workers share one recomputation
 * and an interrupted one resumes with exactly the cases left. Replaces `after_case_id`.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table clock_recomputation_cases (
      recomputation_id uuid not null references clock_recomputations(id) on delete cascade,
      case_id uuid not null,
      primary key (recomputation_id, case_id)
    )`.execute(db);
  // A recomputation left running by an earlier version resumes over every running case after the
  // last one it rewrote: at worst a few cases more than its scope, never one less.
  await sql`
    insert into clock_recomputation_cases (recomputation_id, case_id)
    select r.id, c.id from clock_recomputations r
    join cases c on c.stage <> 'closed'
      and (r.office_id is null or c.office_id = r.office_id)
      and (r.after_case_id is null or c.id > r.after_case_id)
    where r.status = 'running'`.execute(db);
  await sql`alter table clock_recomputations drop column after_case_id`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table clock_recomputations add column after_case_id uuid`.execute(db);
  await sql`drop table clock_recomputation_cases`.execute(db);
}
