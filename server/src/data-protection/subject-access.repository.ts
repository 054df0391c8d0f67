import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import { fieldReader } from '../crypto/sealed-fields';
import { findRecordById, findTurns } from '../interviews/interview-record.repository';
import { findFacts, findLatestAssessmentOfCase } from '../assessments/assessment.repository';

/**
 * What a subject access export reads beyond the case and its people: each query is about one case,
 * and the selection of what concerns the subject is left to the presenter (subject-access.presenter.ts),
 * so that what is withheld can be counted.
 */

/** The interviews of one person (they were the interviewee), oldest first, with place and officer. */
export function findInterviewsOfPerson(db: Kysely<DB>, caseId: string, personId: string) {
  return db
    .selectFrom('interviews as i')
    .innerJoin('users as o', 'o.id', 'i.officer_id')
    .innerJoin('offices as f', 'f.id', 'i.office_id')
    .leftJoin('rooms as r', 'r.id', 'i.room_id')
    .leftJoin('interview_records as ir', 'ir.interview_id', 'i.id')
    .select([
      'i.id',
      'i.starts_at',
      'i.ends_at',
      'i.status',
      'i.mode',
      'i.language',
      'i.interpreter_id',
      'o.name as officer_name',
      'f.name as office_name',
      'r.name as room_name',
      'ir.id as record_id',
    ])
    .where('i.case_id', '=', caseId)
    .where('i.person_id', '=', personId)
    .orderBy('i.starts_at')
    .orderBy('i.id')
    .execute();
}
export type SubjectInterviewRow = Awaited<ReturnType<typeof findInterviewsOfPerson>>[number];

/** How many interviews of the case were of other people (left out of the export, counted). */
export async function countInterviewsOfOthers(
  db: Kysely<DB>,
  caseId: string,
  personId: string,
): Promise<number> {
  const row = await db
    .selectFrom('interviews')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('case_id', '=', caseId)
    .where('person_id', '<>', personId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** An interview record's attendees, turns and remarks, opened. */
export async function findRecordContent(db: Kysely<DB>, recordId: string) {
  const record = await findRecordById(db, recordId);
  if (!record) return undefined;
  return {
    status: record.status,
    attendees: record.attendees,
    applicantRemarks: record.applicant_remarks,
    turns: await findTurns(db, recordId),
  };
}
export type RecordContent = NonNullable<Awaited<ReturnType<typeof findRecordContent>>>;

/** The material facts of the case's latest assessment, opened (none without an assessment). */
export async function findLatestFacts(db: Kysely<DB>, caseId: string) {
  const assessment = await findLatestAssessmentOfCase(db, caseId);
  return assessment ? findFacts(db, assessment.id) : [];
}

/** The case's decisions, newest round first, each with the people of its standing version. */
export async function findDecisionsWithPeople(db: Kysely<DB>, caseId: string) {
  const decisions = await db
    .selectFrom('decisions')
    .select(['id', 'kind', 'round', 'status', 'outcome', 'issued_on', 'issued_version', 'current_version'])
    .where('case_id', '=', caseId)
    .orderBy('round', 'desc')
    .execute();
  if (decisions.length === 0) return [];
  const ids = decisions.map((d) => d.id);
  const [people, notifications] = await Promise.all([
    db
      .selectFrom('decision_people')
      .select(['decision_id', 'version_number', 'person_id', 'outcome'])
      .where('decision_id', 'in', ids)
      .execute(),
    db
      .selectFrom('decision_notifications')
      .select(['decision_id', 'person_id', 'notified_on'])
      .where('decision_id', 'in', ids)
      .orderBy('recorded_at')
      .execute(),
  ]);
  return decisions.map((d) => {
    const version = d.issued_version ?? d.current_version;
    return {
      ...d,
      people: people.filter((p) => p.decision_id === d.id && p.version_number === version),
      notifications: notifications.filter((n) => n.decision_id === d.id),
    };
  });
}
export type DecisionWithPeople = Awaited<ReturnType<typeof findDecisionsWithPeople>>[number];

export function findAppealDates(db: Kysely<DB>, caseId: string) {
  return db
    .selectFrom('appeals')
    .select(['filed_on', 'status', 'outcome', 'decided_on', 'withdrawn_on'])
    .where('case_id', '=', caseId)
    .orderBy('created_at')
    .execute();
}

/** The case's attachments (never their bytes), file name opened. */
export async function findAttachmentList(db: Kysely<DB>, caseId: string) {
  const rows = await db
    .selectFrom('attachments')
    .select(['id', 'person_id', 'category', 'file_name', 'media_type', 'uploaded_at'])
    .where('case_id', '=', caseId)
    .orderBy('uploaded_at')
    .orderBy('id')
    .execute();
  if (rows.length === 0) return [];
  const reader = await fieldReader(db, caseId);
  return rows.map((row) => ({
    ...row,
    file_name: reader.open({ table: 'attachments', column: 'file_name', rowId: row.id }, row.file_name),
  }));
}
export type AttachmentListRow = Awaited<ReturnType<typeof findAttachmentList>>[number];

/** Every audit entry about the case: when, what, and the acting user's role and office (not who). */
export function findCaseAuditTrail(db: Kysely<DB>, caseId: string) {
  return db
    .selectFrom('audit_log as a')
    .leftJoin('users as u', 'u.id', 'a.actor_id')
    .leftJoin('offices as o', 'o.id', 'u.office_id')
    .select(['a.action', 'a.occurred_at', 'u.role', 'o.code as office_code'])
    .where('a.case_id', '=', caseId)
    .orderBy('a.occurred_at')
    .orderBy('a.id')
    .execute();
}
export type AuditTrailRow = Awaited<ReturnType<typeof findCaseAuditTrail>>[number];
