import { sql, type Kysely } from 'kysely';
import type { AssessmentSectionId, AssessmentStatus, RejectionGround } from '@refugio/contract';
import type { DB } from '../db/schema';
import { fieldReader, fieldReaderOfKeyRow, fieldWriter } from '../crypto/sealed-fields';
import type { FieldPlace } from '../crypto/envelope';

export function findAssessmentById(db: Kysely<DB>, id: string) {
  return assessmentQuery(db).where('a.id', '=', id).executeTakeFirst();
}

/** The latest round's assessment of a case. */
export function findLatestAssessmentOfCase(db: Kysely<DB>, caseId: string) {
  return assessmentQuery(db)
    .where('a.case_id', '=', caseId)
    .orderBy('a.round', 'desc')
    .limit(1)
    .executeTakeFirst();
}
export type AssessmentRow = NonNullable<Awaited<ReturnType<typeof findAssessmentById>>>;

function assessmentQuery(db: Kysely<DB>) {
  return db
    .selectFrom('assessments as a')
    .innerJoin('users as u', 'u.id', 'a.author_id')
    .select([
      'a.id',
      'a.case_id',
      'a.person_id',
      'a.round',
      'a.status',
      'a.author_id',
      'u.name as author_name',
      'a.version',
      'a.created_at',
      'a.updated_at',
    ]);
}

/** A new assessment with every section of the form, empty, in one statement. */
export async function insertAssessment(
  trx: Kysely<DB>,
  row: { id: string; caseId: string; personId: string; round: number; authorId: string; now: Date },
  sections: readonly AssessmentSectionId[],
): Promise<void> {
  await trx
    .insertInto('assessments')
    .values({
      id: row.id,
      case_id: row.caseId,
      person_id: row.personId,
      round: row.round,
      author_id: row.authorId,
      created_at: row.now,
      updated_at: row.now,
    })
    .execute();
  const cipher = await fieldWriter(trx, row.caseId);
  await trx
    .insertInto('assessment_sections')
    .values(
      sections.map((section) => ({
        assessment_id: row.id,
        section,
        content: cipher.sealText(sectionPlace(row.id, section), '{}'),
        updated_by: row.authorId,
        updated_at: row.now,
      })),
    )
    .execute();
}

/** Sets an assessment's status; answers whether a row changed. */
export async function updateAssessmentStatus(
  trx: Kysely<DB>,
  id: string,
  status: AssessmentStatus,
  now = new Date(),
): Promise<boolean> {
  const result = await trx
    .updateTable('assessments')
    .set({ status, version: sql<number>`version + 1`, updated_at: now })
    .where('id', '=', id)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Sets aside every assessment of a case from rounds before this one that is not already. */
export async function setAsideEarlierRounds(trx: Kysely<DB>, caseId: string, round: number, now: Date) {
  await trx
    .updateTable('assessments')
    .set({ status: 'set_aside', version: sql<number>`version + 1`, updated_at: now })
    .where('case_id', '=', caseId)
    .where('round', '<', round)
    .where('status', '<>', 'set_aside')
    .execute();
}

/** Where a section's sealed JSON lives (its AAD); legacy-sealing.ts names the same place. */
const sectionPlace = (assessmentId: string, section: AssessmentSectionId): FieldPlace => ({
  table: 'assessment_sections',
  column: 'content',
  rowId: `${assessmentId}#${section}`,
});

/**
 * The sections of an assessment, each content opened and parsed. The case's data key comes in the same
 * query (a join), so opening costs no round trip.
 */
export async function findSections(db: Kysely<DB>, assessmentId: string) {
  const rows = await db
    .selectFrom('assessment_sections as s')
    .innerJoin('assessments as a', 'a.id', 's.assessment_id')
    .leftJoin('data_keys as k', 'k.case_id', 'a.case_id')
    .leftJoin('users as u', 'u.id', 's.updated_by')
    .select([
      's.section',
      's.content',
      's.complete',
      's.version',
      's.updated_at',
      's.updated_by',
      'u.name as updated_by_name',
      'a.case_id',
      'k.master_key_id',
      'k.wrapped_key',
    ])
    .where('s.assessment_id', '=', assessmentId)
    .execute();
  if (rows.length === 0) return [];
  const reader = fieldReaderOfKeyRow(rows[0]!.case_id, rows[0]);
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the key columns are dropped
  return rows.map(({ case_id: _c, master_key_id: _k, wrapped_key: _w, ...row }) => ({
    ...row,
    content: JSON.parse(reader.open(sectionPlace(assessmentId, row.section), row.content)) as Record<
      string,
      unknown
    >,
  }));
}
export type SectionRow = Awaited<ReturnType<typeof findSections>>[number];

/** Saves a section from the version the user saw; answers the new version, or undefined when stale. */
export async function updateSection(
  trx: Kysely<DB>,
  key: { assessmentId: string; section: AssessmentSectionId; version: number },
  values: { content: Record<string, unknown>; complete: boolean; updatedBy: string; now: Date },
): Promise<number | undefined> {
  const cipher = await fieldWriter(trx, await caseOfAssessment(trx, key.assessmentId));
  const row = await trx
    .updateTable('assessment_sections')
    .set({
      content: cipher.sealText(sectionPlace(key.assessmentId, key.section), JSON.stringify(values.content)),
      complete: values.complete,
      updated_by: values.updatedBy,
      updated_at: values.now,
      version: sql<number>`version + 1`,
    })
    .where('assessment_id', '=', key.assessmentId)
    .where('section', '=', key.section)
    .where('version', '=', key.version)
    .returning('version')
    .executeTakeFirst();
  return row?.version;
}

export function findSectionVersion(db: Kysely<DB>, assessmentId: string, section: AssessmentSectionId) {
  return db
    .selectFrom('assessment_sections')
    .select(['version', 'complete'])
    .where('assessment_id', '=', assessmentId)
    .where('section', '=', section)
    .executeTakeFirst();
}

/** Marks the material-facts section incomplete (its facts changed under it). */
export async function reopenSection(trx: Kysely<DB>, assessmentId: string, section: AssessmentSectionId) {
  await trx
    .updateTable('assessment_sections')
    .set({ complete: false, version: sql<number>`version + 1` })
    .where('assessment_id', '=', assessmentId)
    .where('section', '=', section)
    .where('complete', '=', true)
    .execute();
}

const factPlace = (factId: string, column: 'statement' | 'reasons'): FieldPlace => ({
  table: 'assessment_facts',
  column,
  rowId: factId,
});

/** The case an assessment belongs to (its data key seals the facts). */
async function caseOfAssessment(db: Kysely<DB>, assessmentId: string): Promise<string> {
  const row = await db
    .selectFrom('assessments')
    .select('case_id')
    .where('id', '=', assessmentId)
    .executeTakeFirstOrThrow();
  return row.case_id;
}

/** The material facts in order, statement and reasons opened. */
export async function findFacts(db: Kysely<DB>, assessmentId: string) {
  const rows = await selectFacts(db, assessmentId);
  if (rows.length === 0) return [];
  const reader = await fieldReader(db, await caseOfAssessment(db, assessmentId));
  return rows.map((row) => ({
    ...row,
    statement: reader.open(factPlace(row.id, 'statement'), row.statement),
    reasons: reader.open(factPlace(row.id, 'reasons'), row.reasons),
  }));
}

function selectFacts(db: Kysely<DB>, assessmentId: string) {
  return db
    .selectFrom('assessment_facts')
    .select([
      'id',
      'position',
      'statement',
      'finding',
      'reasons',
      'rejection_grounds',
      'put_to_applicant',
      'version',
    ])
    .where('assessment_id', '=', assessmentId)
    .orderBy('position')
    .execute();
}
export type FactRow = Awaited<ReturnType<typeof findFacts>>[number];

export function findFact(db: Kysely<DB>, assessmentId: string, factId: string) {
  return db
    .selectFrom('assessment_facts')
    .select(['id', 'version', 'position'])
    .where('assessment_id', '=', assessmentId)
    .where('id', '=', factId)
    .executeTakeFirst();
}

export interface FactValues {
  statement: string;
  finding: 'accepted' | 'rejected';
  reasons: string;
  rejectionGrounds: RejectionGround[];
  putToApplicant: boolean | null;
}

/** A fact's columns, statement and reasons sealed under the case's data key at the fact's place. */
async function factColumns(db: Kysely<DB>, assessmentId: string, factId: string, fact: FactValues) {
  const cipher = await fieldWriter(db, await caseOfAssessment(db, assessmentId));
  return {
    statement: cipher.sealText(factPlace(factId, 'statement'), fact.statement),
    finding: fact.finding,
    reasons: cipher.sealText(factPlace(factId, 'reasons'), fact.reasons),
    rejection_grounds: fact.rejectionGrounds,
    put_to_applicant: fact.putToApplicant,
  };
}

/** Appends a fact after the last one. */
export async function insertFact(
  trx: Kysely<DB>,
  row: { id: string; assessmentId: string; updatedBy: string; now: Date },
  fact: FactValues,
): Promise<void> {
  const columns = await factColumns(trx, row.assessmentId, row.id, fact);
  await trx
    .insertInto('assessment_facts')
    .values((eb) => ({
      id: row.id,
      assessment_id: row.assessmentId,
      position: eb
        .selectFrom('assessment_facts')
        .select(sql<number>`coalesce(max(position), 0) + 1`.as('next'))
        .where('assessment_id', '=', row.assessmentId),
      ...columns,
      updated_by: row.updatedBy,
      updated_at: row.now,
    }))
    .execute();
}

export async function updateFact(
  trx: Kysely<DB>,
  key: { assessmentId: string; factId: string; version: number },
  fact: FactValues,
  by: { updatedBy: string; now: Date },
): Promise<number | undefined> {
  const columns = await factColumns(trx, key.assessmentId, key.factId, fact);
  const row = await trx
    .updateTable('assessment_facts')
    .set({
      ...columns,
      updated_by: by.updatedBy,
      updated_at: by.now,
      version: sql<number>`version + 1`,
    })
    .where('assessment_id', '=', key.assessmentId)
    .where('id', '=', key.factId)
    .where('version', '=', key.version)
    .returning('version')
    .executeTakeFirst();
  return row?.version;
}

/** Deletes a fact (its citations go with it) and closes the gap in the positions. */
export async function deleteFact(trx: Kysely<DB>, assessmentId: string, factId: string, position: number) {
  await trx
    .deleteFrom('assessment_facts')
    .where('assessment_id', '=', assessmentId)
    .where('id', '=', factId)
    .execute();
  await sql`set constraints assessment_facts_position_key deferred`.execute(trx);
  await trx
    .updateTable('assessment_facts')
    .set({ position: sql<number>`position - 1` })
    .where('assessment_id', '=', assessmentId)
    .where('position', '>', position)
    .execute();
}

export function findCitations(db: Kysely<DB>, assessmentId: string) {
  return db
    .selectFrom('assessment_citations as c')
    .leftJoin('coi_sources as s', 's.id', 'c.coi_source_id')
    .select([
      'c.id',
      'c.section',
      'c.fact_id',
      'c.kind',
      'c.coi_source_id',
      's.title as coi_title',
      's.publisher as coi_publisher',
      's.published_on as coi_published_on',
      's.date_precision as coi_date_precision',
      's.status as coi_status',
      'c.interview_record_id',
      'c.interview_turn_id',
      'c.interview_addendum_id',
      'c.description',
      'c.pinpoint',
    ])
    .where('c.assessment_id', '=', assessmentId)
    .orderBy('c.created_at')
    .orderBy('c.id')
    .execute();
}
export type CitationRow = Awaited<ReturnType<typeof findCitations>>[number];

export async function insertCitation(
  trx: Kysely<DB>,
  row: {
    id: string;
    assessmentId: string;
    section: AssessmentSectionId;
    factId: string | null;
    kind: CitationRow['kind'];
    coiSourceId: string | null;
    interviewRecordId: string | null;
    interviewTurnId: number | null;
    interviewAddendumId: string | null;
    description: string;
    pinpoint: string;
    createdBy: string;
    now: Date;
  },
): Promise<void> {
  await trx
    .insertInto('assessment_citations')
    .values({
      id: row.id,
      assessment_id: row.assessmentId,
      section: row.section,
      fact_id: row.factId,
      kind: row.kind,
      coi_source_id: row.coiSourceId,
      interview_record_id: row.interviewRecordId,
      interview_turn_id: row.interviewTurnId,
      interview_addendum_id: row.interviewAddendumId,
      description: row.description,
      pinpoint: row.pinpoint,
      created_by: row.createdBy,
      created_at: row.now,
    })
    .execute();
}

/** Deletes a citation of the assessment; answers whether one was there. */
export async function deleteCitation(
  trx: Kysely<DB>,
  assessmentId: string,
  citationId: string,
): Promise<boolean> {
  const result = await trx
    .deleteFrom('assessment_citations')
    .where('assessment_id', '=', assessmentId)
    .where('id', '=', citationId)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/** Counts the remit and reopen events of a case: each opens a new round. */
export async function countRoundEvents(db: Kysely<DB>, caseId: string): Promise<number> {
  const row = await db
    .selectFrom('case_events')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('case_id', '=', caseId)
    .where('type', 'in', ['remit', 'reopen'])
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Bumps the assessment's version (its facts or citations changed). */
export async function touchAssessment(trx: Kysely<DB>, id: string, now: Date) {
  await trx
    .updateTable('assessments')
    .set({ version: sql<number>`version + 1`, updated_at: now })
    .where('id', '=', id)
    .execute();
}
