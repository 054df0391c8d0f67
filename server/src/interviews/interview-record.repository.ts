import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema';
import type { InterviewAddendumTable, InterviewTurnTable } from './interview-record.table';
import { fieldReader, fieldWriter } from '../crypto/sealed-fields';
import type { FieldPlace } from '../crypto/envelope';

function selectRecordById(db: Kysely<DB>, id: string) {
  return db
    .selectFrom('interview_records as r')
    .innerJoin('interviews as i', 'i.id', 'r.interview_id')
    .innerJoin('cases as k', 'k.id', 'i.case_id')
    .innerJoin('users as o', 'o.id', 'i.officer_id')
    .leftJoin('interpreters as t', 't.id', 'i.interpreter_id')
    .leftJoin('users as c', 'c.id', 'r.confirmed_by')
    .selectAll('r')
    .select([
      'i.case_id',
      'k.office_id',
      'k.appeal_on_file',
      'k.sensitive',
      'k.assigned_to as case_assigned_to',
      'k.registered_by as case_registered_by',
      'i.officer_id',
      'i.drives_stage',
      'i.language',
      'i.starts_at as interview_starts_at',
      'o.name as officer_name',
      'i.interpreter_id',
      't.full_name as interpreter_name',
      'c.name as confirmed_by_name',
    ])
    .where('r.id', '=', id)
    .executeTakeFirst();
}

// Where each sealed column lives, as the AAD of its values. Turns and addenda are named by record and
// position (their ids are made by the database on insert; a record's positions are unique).
const recordPlace = (id: string, column: 'observations' | 'applicant_remarks'): FieldPlace => ({
  table: 'interview_records',
  column,
  rowId: id,
});
const turnPlace = (recordId: string, position: number): FieldPlace => ({
  table: 'interview_turns',
  column: 'text',
  rowId: `${recordId}#${position}`,
});
const addendumPlace = (recordId: string, position: number): FieldPlace => ({
  table: 'interview_addenda',
  column: 'text',
  rowId: `${recordId}#${position}`,
});

/** The case an interview record belongs to (its data key seals the record's text). */
async function caseOfRecord(db: Kysely<DB>, recordId: string): Promise<string> {
  const row = await db
    .selectFrom('interview_records as r')
    .innerJoin('interviews as i', 'i.id', 'r.interview_id')
    .select('i.case_id')
    .where('r.id', '=', recordId)
    .executeTakeFirstOrThrow();
  return row.case_id;
}

/** A record with its case, office and people; observations and remarks opened. */
export async function findRecordById(db: Kysely<DB>, id: string) {
  const row = await selectRecordById(db, id);
  if (!row) return undefined;
  const reader = await fieldReader(db, row.case_id);
  return {
    ...row,
    observations: reader.open(recordPlace(row.id, 'observations'), row.observations),
    applicant_remarks: reader.open(recordPlace(row.id, 'applicant_remarks'), row.applicant_remarks),
  };
}
export type RecordRow = NonNullable<Awaited<ReturnType<typeof findRecordById>>>;

/** The record's turns in order, their text opened. */
export async function findTurns(db: Kysely<DB>, recordId: string) {
  const rows = await db
    .selectFrom('interview_turns')
    .selectAll()
    .where('record_id', '=', recordId)
    .orderBy('position')
    .execute();
  if (rows.length === 0) return [];
  const reader = await fieldReader(db, await caseOfRecord(db, recordId));
  return rows.map((row) => ({ ...row, text: reader.open(turnPlace(recordId, row.position), row.text) }));
}
export type TurnRow = Awaited<ReturnType<typeof findTurns>>[number];

/** The record's addenda in order, their text opened. */
export async function findAddenda(db: Kysely<DB>, recordId: string) {
  const rows = await db
    .selectFrom('interview_addenda as a')
    .leftJoin('users as u', 'u.id', 'a.author_id')
    .selectAll('a')
    .select('u.name as author_name')
    .where('a.record_id', '=', recordId)
    .orderBy('a.position')
    .execute();
  if (rows.length === 0) return [];
  const reader = await fieldReader(db, await caseOfRecord(db, recordId));
  return rows.map((row) => ({ ...row, text: reader.open(addendumPlace(recordId, row.position), row.text) }));
}
export type AddendumRow = Awaited<ReturnType<typeof findAddenda>>[number];

/** While the record is open the client saves the whole list of turns: they replace the stored ones. */
export async function replaceTurns(
  db: Kysely<DB>,
  recordId: string,
  turns: readonly { speaker: InterviewTurnTable['speaker']; text: string; during_read_back?: boolean }[],
): Promise<void> {
  await db.deleteFrom('interview_turns').where('record_id', '=', recordId).execute();
  if (turns.length === 0) return;
  const cipher = await fieldWriter(db, await caseOfRecord(db, recordId));
  await db
    .insertInto('interview_turns')
    .values(
      turns.map((turn, i) => ({
        ...turn,
        text: cipher.sealText(turnPlace(recordId, i + 1), turn.text),
        record_id: recordId,
        position: i + 1,
      })),
    )
    .execute();
}

/** Appends an addendum after the last one; its text sealed. A concurrent addendum's position wins (23505). */
export async function insertAddendum(
  db: Kysely<DB>,
  recordId: string,
  addendum: {
    kind: InterviewAddendumTable['kind'];
    text: string;
    authorId: string;
    readBackAt: Date | null;
    applicantConfirmation: InterviewAddendumTable['applicant_confirmation'];
    createdAt: Date;
  },
): Promise<string> {
  const last = await db
    .selectFrom('interview_addenda')
    .select((eb) => eb.fn.max('position').as('position'))
    .where('record_id', '=', recordId)
    .executeTakeFirst();
  const position = Number(last?.position ?? 0) + 1;
  const cipher = await fieldWriter(db, await caseOfRecord(db, recordId));
  const inserted = await db
    .insertInto('interview_addenda')
    .values({
      record_id: recordId,
      position,
      kind: addendum.kind,
      text: cipher.sealText(addendumPlace(recordId, position), addendum.text),
      author_id: addendum.authorId,
      read_back_at: addendum.readBackAt,
      applicant_confirmation: addendum.applicantConfirmation,
      created_at: addendum.createdAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return inserted.id;
}

export async function bumpRecordVersion(
  db: Kysely<DB>,
  id: string,
  expectedVersion: number,
  set: Record<string, unknown>,
  now: Date,
): Promise<number | undefined> {
  const sealed: Record<string, unknown> = { ...set };
  for (const column of ['observations', 'applicant_remarks'] as const) {
    const value = set[column];
    if (value === undefined) continue;
    if (typeof value !== 'string') throw new Error(`${column} is sealed from a string`);
    const cipher = await fieldWriter(db, await caseOfRecord(db, id));
    sealed[column] = cipher.sealText(recordPlace(id, column), value);
  }
  const row = await db
    .updateTable('interview_records')
    .set({ ...sealed, version: sql`version + 1`, updated_at: now })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .where('status', '=', 'open')
    .returning('version')
    .executeTakeFirst();
  return row?.version;
}
