import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { DB } from '../db/schema';
import { splitIdentity } from '../identity/identity.repository';

/**
 * Closed cases not yet disposed of, with how and when they were closed (the latest event that took
 * them to `closed`) and whether a legal hold keeps them. Ordered by id, from `afterId` on.
 */
export async function closedCases(db: Kysely<DB>) {
  const result = await sql<{
    id: string;
    case_number: string;
    office_id: string;
    outcome: string | null;
    closed_on: string;
    closure_reason: string | null;
    held: boolean;
  }>`
    select c.id, c.case_number, c.office_id, c.outcome,
      (ev.occurred_at at time zone 'UTC')::date as closed_on,
      ev.data ->> 'closureReason' as closure_reason,
      exists (select 1 from legal_holds h where h.case_id = c.id and h.lifted_at is null) as held
    from cases c
    join lateral (
      select e.occurred_at, e.data from case_events e
      where e.case_id = c.id and e.data ->> 'toStage' = 'closed'
      order by e.id desc limit 1
    ) ev on true
    where c.stage = 'closed' and not exists (select 1 from disposals d where d.case_id = c.id)
    order by c.id`.execute(db);
  return result.rows;
}
export type ClosedCaseRow = Awaited<ReturnType<typeof closedCases>>[number];

/** The case row locked for its disposal, with what decides whether it is still due. */
export async function lockCaseForDisposal(db: Kysely<DB>, caseId: string) {
  const result = await sql<{
    case_number: string;
    office_id: string;
    stage: string;
    held: boolean;
    disposed: boolean;
  }>`
    select c.case_number, c.office_id, c.stage,
      exists (select 1 from legal_holds h where h.case_id = c.id and h.lifted_at is null) as held,
      exists (select 1 from disposals d where d.case_id = c.id) as disposed
    from cases c where c.id = ${caseId} for update`.execute(db);
  return result.rows[0];
}

/** Lets this transaction delete rows that are otherwise append-only or frozen (see the retention migration). */
export async function allowDisposalDeletes(db: Kysely<DB>): Promise<void> {
  await sql`select set_config('refugio.disposal', 'on', true)`.execute(db);
}

export async function storageKeysOfCase(db: Kysely<DB>, caseId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('attachments')
    .select('storage_key')
    .where('case_id', '=', caseId)
    .execute();
  return rows.map((r) => r.storage_key);
}

/** Files kept in the database that belong to the case: decision letters, notification proofs, remote-interview consents. */
async function storedFilesOfCase(db: Kysely<DB>, caseId: string): Promise<string[]> {
  const result = await sql<{ id: string }>`
    select dd.file_id as id from decision_documents dd join decisions d on d.id = dd.decision_id where d.case_id = ${caseId}
    union select n.proof_file_id from decision_notifications n join decisions d on d.id = n.decision_id
      where d.case_id = ${caseId} and n.proof_file_id is not null
    union select r.file_id from remote_interview_consents r where r.case_id = ${caseId} and r.file_id is not null`.execute(
    db,
  );
  return result.rows.map((r) => r.id);
}

/**
 * The deletes of one case's records, children first, each with the record type it counts as. Every
 * table that refers to a case, a person or a case's records is here; `cases` itself stays as the
 * tombstone (see `clearCaseRow`).
 */
function caseDeletes(caseId: string): [string, RawBuilder<unknown>][] {
  const of = (table: string, where: RawBuilder<unknown>): [string, RawBuilder<unknown>] => [
    table,
    sql`delete from ${sql.table(table)} where ${where}`,
  ];
  const byCase = (table: string) => of(table, sql`case_id = ${caseId}`);
  const decisions = sql`(select id from decisions where case_id = ${caseId})`;
  const assessments = sql`(select id from assessments where case_id = ${caseId})`;
  const interviews = sql`(select id from interviews where case_id = ${caseId})`;
  const records = sql`(select id from interview_records where interview_id in ${interviews})`;
  const samples = sql`(select id from quality_samples where case_id = ${caseId})`;
  const appeals = sql`(select id from appeals where case_id = ${caseId})`;
  const suspensions = sql`(select id from clock_suspensions where case_id = ${caseId})`;
  const people = sql`(select id from people where case_id = ${caseId})`;
  const eitherPerson = sql`person_a in ${people} or person_b in ${people}`;
  return [
    of('quality_scores', sql`review_id in (select id from quality_reviews where sample_id in ${samples})`),
    of('quality_reviews', sql`sample_id in ${samples}`),
    byCase('quality_samples'),
    of('appeal_feedback_seen', sql`appeal_id in ${appeals}`),
    byCase('appeals'),
    of('decision_reviews', sql`decision_id in ${decisions}`),
    of('decision_documents', sql`decision_id in ${decisions}`),
    of('decision_people', sql`decision_id in ${decisions}`),
    of('decision_notifications', sql`decision_id in ${decisions}`),
    of('decision_versions', sql`decision_id in ${decisions}`),
    byCase('decisions'),
    of('assessment_citations', sql`assessment_id in ${assessments}`),
    of('assessment_facts', sql`assessment_id in ${assessments}`),
    of('assessment_sections', sql`assessment_id in ${assessments}`),
    byCase('assessments'),
    of('interview_turns', sql`record_id in ${records}`),
    of('interview_addenda', sql`record_id in ${records}`),
    of('interview_records', sql`interview_id in ${interviews}`),
    of('interview_no_shows', sql`interview_id in ${interviews}`),
    of('bookings', sql`interview_id in ${interviews}`),
    byCase('interviews'),
    byCase('remote_interview_consents'),
    byCase('attachments'),
    byCase('disclosures'),
    byCase('consents'),
    byCase('sensitivity_marks'),
    byCase('case_supervisors'),
    byCase('case_deadlines'),
    byCase('case_clocks'),
    of('clock_suspension_changes', sql`suspension_id in ${suspensions}`),
    byCase('clock_suspensions'),
    of('legal_holds', sql`case_id = ${caseId} and lifted_at is not null`),
    byCase('case_events'),
    // Identity resolution: the person's match keys, links and pairs with records of other cases go
    // with the person (the other cases keep their own records; `deleteCaseRecords` re-forms identities).
    of(
      'registration_identity_checks',
      sql`case_id = ${caseId} or person_id in ${people} or candidate_person_id in ${people}`,
    ),
    of('identity_review_pairs', eitherPerson),
    of('person_links', eitherPerson),
    of('person_identities', sql`person_id in ${people}`),
    of('person_match_index', sql`person_id in ${people}`),
    of('person_match_keys', sql`person_id in ${people}`),
    byCase('people'),
  ];
}

async function countedDelete(db: Kysely<DB>, statement: RawBuilder<unknown>): Promise<number> {
  const result = await sql<{
    n: number;
  }>`with gone as (${statement} returning 1) select count(*)::int as n from gone`.execute(db);
  return result.rows[0]?.n ?? 0;
}

/**
 * Deletes every record of the case but its tombstone row, in the caller's transaction (which has
 * called `allowDisposalDeletes`). Answers the number of rows deleted per table (tables with none left
 * out) and the storage keys of the documents to remove from the store once it commits.
 */
export async function deleteCaseRecords(
  db: Kysely<DB>,
  caseId: string,
): Promise<{ counts: Record<string, number>; storageKeys: string[] }> {
  const storageKeys = await storageKeysOfCase(db, caseId);
  const files = await storedFilesOfCase(db, caseId);
  // Records of other cases that shared an identity with this case's people: a disposed person may have
  // been the only link between them, so their identities are formed again from the links that remain.
  const linkedElsewhere = await sql<{ person_id: string }>`
    select o.person_id from person_identities o
    where o.identity_id in (
      select i.identity_id from person_identities i join people p on p.id = i.person_id where p.case_id = ${caseId})
    and o.person_id not in (select id from people where case_id = ${caseId})`.execute(db);
  const counts: Record<string, number> = {};
  for (const [table, statement] of caseDeletes(caseId)) {
    const n = await countedDelete(db, statement);
    if (n > 0) counts[table] = n;
  }
  if (linkedElsewhere.rows.length > 0)
    await splitIdentity(
      db,
      linkedElsewhere.rows.map((r) => r.person_id),
    );
  if (files.length > 0) {
    const n = await countedDelete(db, sql`delete from stored_files where id in (${sql.join(files)})`);
    if (n > 0) counts.stored_files = n;
  }
  return { counts, storageKeys };
}

/**
 * What stays of a disposed case: its id (which audit entries and break-glass grants refer to), number,
 * office, procedural stage and outcome and dates, for statistics. Every text about the person goes.
 */
export async function clearCaseRow(db: Kysely<DB>, caseId: string, now: Date): Promise<void> {
  await sql`
    update cases set principal_name = '', principal_sort = '', search_text = '', entry_place = '',
      late_filing_justification = case when late_filing then '-' else '' end,
      triage = '{}', assigned_to = null, updated_at = ${now}, version = version + 1
    where id = ${caseId}`.execute(db);
}

export async function insertDisposal(
  db: Kysely<DB>,
  row: {
    caseId: string | null;
    caseNumber: string | null;
    officeId: string | null;
    recordType: string;
    scheduleVersion: number;
    periodMonths: number;
    triggerDate: string | null;
    dueOn: string;
    counts: Record<string, number>;
    disposedBy: string | null;
    disposedAt: Date;
  },
): Promise<string> {
  const { id } = await db
    .insertInto('disposals')
    .values({
      case_id: row.caseId,
      case_number: row.caseNumber,
      office_id: row.officeId,
      record_type: row.recordType,
      schedule_version: row.scheduleVersion,
      period_months: row.periodMonths,
      trigger_date: row.triggerDate,
      due_on: row.dueOn,
      counts: JSON.stringify(row.counts),
      disposed_by: row.disposedBy,
      disposed_at: row.disposedAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** Account records older than `before`: counted, or deleted and counted. */
export async function accountRecordsBefore(
  db: Kysely<DB>,
  recordType: 'sign_in_history' | 'sign_in_throttle',
  before: Date,
  remove: boolean,
): Promise<number> {
  const table = recordType === 'sign_in_history' ? 'sign_in_attempts' : 'sign_in_throttle';
  const column = recordType === 'sign_in_history' ? 'occurred_at' : 'last_failure_at';
  // A throttle row still locking an account is kept, whatever its age.
  const where =
    recordType === 'sign_in_throttle'
      ? sql`${sql.ref(column)} < ${before} and (locked_until is null or locked_until < now())`
      : sql`${sql.ref(column)} < ${before}`;
  if (remove) return countedDelete(db, sql`delete from ${sql.table(table)} where ${where}`);
  const result = await sql<{
    n: number;
  }>`select count(*)::int as n from ${sql.table(table)} where ${where}`.execute(db);
  return result.rows[0]?.n ?? 0;
}
