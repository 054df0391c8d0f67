import type { CaseListScope } from '../access/policy';
import { inListScope } from '../cases/list-scope-filter';
import { sql, type Kysely } from 'kysely';
import { formatIsoDate } from '../documents/document-format';
import type { DecisionStatus } from '@refugio/contract';
import type { DB } from '../db/schema';

export function findDecisionById(db: Kysely<DB>, id: string) {
  return db
    .selectFrom('decisions as d')
    .innerJoin('users as u', 'u.id', 'd.author_id')
    .selectAll('d')
    .select('u.name as author_name')
    .where('d.id', '=', id)
    .executeTakeFirst();
}
export type DecisionRow = NonNullable<Awaited<ReturnType<typeof findDecisionById>>>;

export function findDecisionsOfCase(db: Kysely<DB>, caseId: string) {
  return db
    .selectFrom('decisions as d')
    .innerJoin('users as u', 'u.id', 'd.author_id')
    .selectAll('d')
    .select('u.name as author_name')
    .where('d.case_id', '=', caseId)
    .orderBy('d.round', 'desc')
    .execute();
}

/** The round a case is in: one more than the times it was remitted or reopened. */
export async function roundOfCase(db: Kysely<DB>, caseId: string): Promise<number> {
  const row = await db
    .selectFrom('case_events')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('case_id', '=', caseId)
    .where('type', 'in', ['remit', 'reopen'])
    .executeTakeFirstOrThrow();
  return 1 + Number(row.n);
}

export function findVersions(db: Kysely<DB>, decisionId: string) {
  return db
    .selectFrom('decision_versions as v')
    .innerJoin('users as c', 'c.id', 'v.created_by')
    .leftJoin('users as s', 's.id', 'v.submitted_by')
    .innerJoin('document_templates as t', 't.id', 'v.template_id')
    .selectAll('v')
    .select([
      'c.name as created_by_name',
      's.name as submitted_by_name',
      't.number as template_number',
      't.title as template_title',
    ])
    .where('v.decision_id', '=', decisionId)
    .orderBy('v.number')
    .execute();
}
export type VersionRow = Awaited<ReturnType<typeof findVersions>>[number];

export function findDecisionPeople(db: Kysely<DB>, decisionId: string) {
  return db.selectFrom('decision_people').selectAll().where('decision_id', '=', decisionId).execute();
}
export type DecisionPersonRow = Awaited<ReturnType<typeof findDecisionPeople>>[number];

export function findReviews(db: Kysely<DB>, decisionId: string) {
  return db
    .selectFrom('decision_reviews as r')
    .innerJoin('users as u', 'u.id', 'r.reviewer_id')
    .selectAll('r')
    .select('u.name as reviewer_name')
    .where('r.decision_id', '=', decisionId)
    .orderBy('r.reviewed_at')
    .execute();
}
export type ReviewRow = Awaited<ReturnType<typeof findReviews>>[number];

export function findNotifications(db: Kysely<DB>, decisionId: string) {
  return db
    .selectFrom('decision_notifications as n')
    .innerJoin('users as u', 'u.id', 'n.recorded_by')
    .selectAll('n')
    .select('u.name as recorded_by_name')
    .where('n.decision_id', '=', decisionId)
    .orderBy('n.recorded_at')
    .orderBy('n.id')
    .execute();
}
export type NotificationRow = Awaited<ReturnType<typeof findNotifications>>[number];

export async function insertDecision(
  trx: Kysely<DB>,
  values: {
    caseId: string;
    round: number;
    kind: 'first_instance' | 'inadmissibility';
    assessmentId: string | null;
    authorId: string;
    outcome: string;
    now: Date;
  },
): Promise<string> {
  const row = await trx
    .insertInto('decisions')
    .values({
      case_id: values.caseId,
      round: values.round,
      kind: values.kind,
      assessment_id: values.assessmentId,
      author_id: values.authorId,
      outcome: values.outcome,
      issued_version: null,
      issued_on: null,
      issued_by: null,
      created_at: values.now,
      updated_at: values.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Changes a decision from the version the user saw (bumping it); undefined when it changed meanwhile. */
export function updateDecision(
  trx: Kysely<DB>,
  id: string,
  version: number,
  set: {
    status?: DecisionStatus;
    outcome?: string;
    current_version?: number;
    issued_version?: number;
    issued_on?: string;
    issued_by?: string;
    assessment_id?: string | null;
  },
  now: Date,
) {
  return trx
    .updateTable('decisions')
    .set({ ...set, version: sql<number>`version + 1`, updated_at: now })
    .where('id', '=', id)
    .where('version', '=', version)
    .returning('version')
    .executeTakeFirst();
}

export interface VersionValues {
  outcome: string;
  recognitionBasis: 'refugee_definition' | 'expanded_definition' | null;
  surPlace: boolean;
  language: string;
  templateId: string;
  individualExplanation: string;
}

export async function insertVersion(
  trx: Kysely<DB>,
  decisionId: string,
  number: number,
  values: VersionValues,
  createdBy: string,
  now: Date,
): Promise<void> {
  await trx
    .insertInto('decision_versions')
    .values({
      decision_id: decisionId,
      number,
      outcome: values.outcome,
      recognition_basis: values.recognitionBasis,
      sur_place: values.surPlace,
      language: values.language,
      template_id: values.templateId,
      individual_explanation: values.individualExplanation,
      reasons: JSON.stringify({}),
      rendered: null,
      content_sha256: null,
      created_by: createdBy,
      created_at: now,
      submitted_by: null,
      submitted_at: null,
    })
    .execute();
}

/** A draft version's new text (the trigger refuses it once submitted). */
export async function updateVersionDraft(
  trx: Kysely<DB>,
  decisionId: string,
  number: number,
  values: VersionValues,
) {
  await trx
    .updateTable('decision_versions')
    .set({
      outcome: values.outcome,
      recognition_basis: values.recognitionBasis,
      sur_place: values.surPlace,
      language: values.language,
      template_id: values.templateId,
      individual_explanation: values.individualExplanation,
      version: sql<number>`version + 1`,
    })
    .where('decision_id', '=', decisionId)
    .where('number', '=', number)
    .execute();
}

/** Freezes a version: its reasons, its rendered letter and their SHA-256, and who submitted it. */
export function submitVersion(
  trx: Kysely<DB>,
  decisionId: string,
  number: number,
  values: { reasons: unknown; rendered: unknown; sha256: string; by: string; at: Date },
) {
  return trx
    .updateTable('decision_versions')
    .set({
      reasons: JSON.stringify(values.reasons),
      rendered: JSON.stringify(values.rendered),
      content_sha256: values.sha256,
      submitted_by: values.by,
      submitted_at: values.at,
    })
    .where('decision_id', '=', decisionId)
    .where('number', '=', number)
    .where('submitted_at', 'is', null)
    .returning('number')
    .executeTakeFirst();
}

export async function replaceVersionPeople(
  trx: Kysely<DB>,
  decisionId: string,
  number: number,
  people: { personId: string; outcome: string; followsPrincipal: boolean; reasons: string }[],
): Promise<void> {
  await trx
    .deleteFrom('decision_people')
    .where('decision_id', '=', decisionId)
    .where('version_number', '=', number)
    .execute();
  if (people.length === 0) return;
  await trx
    .insertInto('decision_people')
    .values(
      people.map((p) => ({
        decision_id: decisionId,
        version_number: number,
        person_id: p.personId,
        outcome: p.outcome,
        follows_principal: p.followsPrincipal,
        reasons: p.reasons,
      })),
    )
    .execute();
}

export async function insertReview(
  trx: Kysely<DB>,
  review: {
    decisionId: string;
    versionNumber: number;
    reviewerId: string;
    verdict: 'approved' | 'returned';
    comments: string;
    at: Date;
  },
): Promise<void> {
  await trx
    .insertInto('decision_reviews')
    .values({
      decision_id: review.decisionId,
      version_number: review.versionNumber,
      reviewer_id: review.reviewerId,
      verdict: review.verdict,
      comments: review.comments,
      reviewed_at: review.at,
    })
    .execute();
}

export function findDecisionDocument(db: Kysely<DB>, decisionId: string) {
  return db
    .selectFrom('decision_documents')
    .selectAll()
    .where('decision_id', '=', decisionId)
    .executeTakeFirst();
}

export async function insertDecisionDocument(
  trx: Kysely<DB>,
  doc: { decisionId: string; versionNumber: number; fileId: string; templateId: string; at: Date },
): Promise<void> {
  await trx
    .insertInto('decision_documents')
    .values({
      decision_id: doc.decisionId,
      version_number: doc.versionNumber,
      file_id: doc.fileId,
      template_id: doc.templateId,
      rendered_at: doc.at,
    })
    .execute();
}

export async function insertNotification(
  trx: Kysely<DB>,
  n: {
    decisionId: string;
    personId: string;
    notifiedOn: string;
    method: string;
    explainedIn: string | null;
    proofKind: string;
    proofReference: string;
    correctsId: string | null;
    correctionReason: string;
    recordedBy: string;
    at: Date;
  },
): Promise<string> {
  const row = await trx
    .insertInto('decision_notifications')
    .values({
      decision_id: n.decisionId,
      person_id: n.personId,
      notified_on: n.notifiedOn,
      method: n.method,
      explained_in: n.explainedIn,
      interpreter_id: null,
      proof_kind: n.proofKind,
      proof_reference: n.proofReference,
      proof_file_id: null,
      corrects_id: n.correctsId,
      correction_reason: n.correctionReason,
      recorded_by: n.recordedBy,
      recorded_at: n.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export function findNotificationById(db: Kysely<DB>, id: string) {
  return db.selectFrom('decision_notifications').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Country information cited, as "publisher, title, date" for the letter's references. */
export async function findSourceTexts(db: Kysely<DB>, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('coi_sources')
    .select(['publisher', 'title', 'published_on'])
    .where('id', 'in', [...ids])
    .orderBy('published_on', 'desc')
    .execute();
  return rows.map((r) => `${r.publisher}, ${r.title}, ${formatIsoDate(String(r.published_on))}`);
}

/** Submitted versions waiting for a supervisor, in the offices the list may show. */
export function findReviewQueue(
  db: Kysely<DB>,
  status: DecisionStatus,
  officeId: string | null,
  visible: CaseListScope,
) {
  let q = db
    .selectFrom('decisions as d')
    .innerJoin('cases as c', 'c.id', 'd.case_id')
    .innerJoin('decision_versions as v', (j) =>
      j.onRef('v.decision_id', '=', 'd.id').onRef('v.number', '=', 'd.current_version'),
    )
    .leftJoin('users as s', 's.id', 'v.submitted_by')
    .select([
      'd.id',
      'd.case_id',
      'c.case_number',
      'd.outcome',
      'd.current_version',
      'v.submitted_by',
      's.name as submitted_by_name',
      'v.submitted_at',
    ])
    .where('d.status', '=', status)
    .where(inListScope(visible, 'c'));
  if (officeId) q = q.where('c.office_id', '=', officeId);
  return q.orderBy('v.submitted_at').limit(500).execute();
}
