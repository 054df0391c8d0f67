import { sql, type Kysely } from 'kysely';

/**
 * A recomputation's work list holds its batches, not its cases: one row per batch, its cases as an
 * array in id order, cut when the list is collected. A worker takes a whole batch with one row lock
 * (`for update skip locked`) and deletes that one row when it commits, where a list of cases cost an
 * index range read and a thousand index deletions per batch (a fifth of the batch's database time).
 * A recomputation left running resumes with the cases left, cut into batches of 1,000.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table clock_recomputation_batches (
      recomputation_id uuid not null references clock_recomputations(id) on delete cascade,
      batch_no integer not null,
      case_ids uuid[] not null check (cardinality(case_ids) > 0),
      primary key (recomputation_id, batch_no)
    )`.execute(db);
  await sql`
    insert into clock_recomputation_batches (recomputation_id, batch_no, case_ids)
    select recomputation_id, n / 1000, array_agg(case_id order by case_id)
    from (
      select recomputation_id, case_id,
        (row_number() over (partition by recomputation_id order by case_id) - 1)::integer as n
      from clock_recomputation_cases
    ) listed
    group by recomputation_id, n / 1000`.execute(db);
  await sql`drop table clock_recomputation_cases`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    create table clock_recomputation_cases (
      recomputation_id uuid not null references clock_recomputations(id) on delete cascade,
      case_id uuid not null,
      primary key (recomputation_id, case_id)
    )`.execute(db);
  await sql`
    insert into clock_recomputation_cases (recomputation_id, case_id)
    select recomputation_id, unnest(case_ids) from clock_recomputation_batches`.execute(db);
  await sql`drop table clock_recomputation_batches`.execute(db);
}
