import { sql, type Kysely } from 'kysely';

/**
 * Appeals are decided by a central body (Mexico: the appeals unit in Mexico City), not by the office
 * that registered the case. `cases.appeal_on_file` is set when a case's first appeal is lodged and
 * never cleared: it opens the case, in any office, to the appeals officers who decide appeals
 * (server/src/access/policy.ts). Set by the step that marks `appeal_lodged`; existing appeals are
 * found by their event.
 *
 * Also: a decision's assessment is now a foreign key (it was only a uuid).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table cases add column appeal_on_file boolean not null default false`.execute(db);
  await sql`
    update cases set appeal_on_file = true
    where exists (select 1 from case_events e where e.case_id = cases.id and e.type = 'lodge_appeal')
  `.execute(db);
  await sql`create index cases_appeal_on_file on cases (id) where appeal_on_file`.execute(db);
  await sql`
    alter table decisions add constraint decisions_assessment_id_fkey
      foreign key (assessment_id) references assessments(id)
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table decisions drop constraint decisions_assessment_id_fkey`.execute(db);
  await sql`drop index cases_appeal_on_file`.execute(db);
  await sql`alter table cases drop column appeal_on_file`.execute(db);
}
