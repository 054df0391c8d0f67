import { sql, type Insertable, type Kysely } from 'kysely';
import type { DB } from '../db/schema';
import type { InterviewTable } from './interview.table';

export async function insertInterview(db: Kysely<DB>, values: Insertable<InterviewTable>): Promise<string> {
  const row = await db.insertInto('interviews').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export function findInterviewRow(db: Kysely<DB>, id: string) {
  return db.selectFrom('interviews').selectAll().where('id', '=', id).executeTakeFirst();
}
export type InterviewRow = NonNullable<Awaited<ReturnType<typeof findInterviewRow>>>;

/** Changes an interview's status from the version the user saw; undefined when it changed meanwhile. */
export async function updateInterviewStatus(
  db: Kysely<DB>,
  id: string,
  expectedVersion: number,
  set: { status: InterviewRow['status']; cancel_reason?: string },
  now: Date,
): Promise<number | undefined> {
  const row = await db
    .updateTable('interviews')
    .set({ ...set, version: sql`version + 1`, updated_at: now })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .returning('version')
    .executeTakeFirst();
  return row?.version;
}

/** Interviews with the names the panel shows: interviewee, officer, interpreter, room, no-show, record. */
function detailQuery(db: Kysely<DB>) {
  return db
    .selectFrom('interviews as i')
    .innerJoin('cases as k', 'k.id', 'i.case_id')
    .innerJoin('people as p', 'p.id', 'i.person_id')
    .innerJoin('users as o', 'o.id', 'i.officer_id')
    .leftJoin('interpreters as t', 't.id', 'i.interpreter_id')
    .leftJoin('rooms as r', 'r.id', 'i.room_id')
    .leftJoin('interview_no_shows as n', 'n.interview_id', 'i.id')
    .leftJoin('interview_records as ir', 'ir.interview_id', 'i.id')
    .leftJoin('users as nj', 'nj.id', 'n.justified_by')
    .selectAll('i')
    .select([
      'k.office_id as case_office_id',
      'k.appeal_on_file',
      'k.sensitive',
      'k.assigned_to as case_assigned_to',
      'k.registered_by as case_registered_by',
      'p.given_names',
      'p.first_surname',
      'p.second_surname',
      'o.name as officer_name',
      'o.sex as officer_sex',
      't.full_name as interpreter_name',
      't.sex as interpreter_sex',
      'r.name as room_name',
      'n.waited_until as no_show_waited_until',
      sql<number | null>`jsonb_array_length(n.contact_attempts)`.as('no_show_contact_attempts'),
      'n.justification_received_on as no_show_justified_on',
      'n.justification_reason as no_show_justification_reason',
      'n.justification as no_show_justification',
      'n.justified_at as no_show_justified_at',
      'n.justified_by as no_show_justified_by',
      'nj.name as no_show_justified_by_name',
      'ir.id as record_id',
      'ir.status as record_status',
    ]);
}

export function findInterviewsOfCase(db: Kysely<DB>, caseId: string) {
  return detailQuery(db)
    .where('i.case_id', '=', caseId)
    .orderBy('i.starts_at', 'desc')
    .orderBy('i.id')
    .execute();
}
export type InterviewDetailRow = Awaited<ReturnType<typeof findInterviewsOfCase>>[number];

export function findInterviewDetail(db: Kysely<DB>, id: string) {
  return detailQuery(db).where('i.id', '=', id).executeTakeFirst();
}

/** The latest cancelled interview that drove the case's stage (its reason explains a new date). */
export function findLastCancelledDriving(db: Kysely<DB>, caseId: string) {
  return db
    .selectFrom('interviews')
    .select(['id', 'cancel_reason'])
    .where('case_id', '=', caseId)
    .where('drives_stage', '=', true)
    .where('status', '=', 'cancelled')
    .orderBy('updated_at', 'desc')
    .executeTakeFirst();
}

/** The interviewee's unwithdrawn consent to a remote interview, the latest first. */
export function findActiveConsent(db: Kysely<DB>, personId: string) {
  return db
    .selectFrom('remote_interview_consents')
    .select(['id'])
    .where('person_id', '=', personId)
    .where('withdrawn_at', 'is', null)
    .orderBy('recorded_at', 'desc')
    .executeTakeFirst();
}

export function findConsentsOfCase(db: Kysely<DB>, caseId: string) {
  return db
    .selectFrom('remote_interview_consents')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('recorded_at')
    .execute();
}
export type ConsentRow = Awaited<ReturnType<typeof findConsentsOfCase>>[number];
