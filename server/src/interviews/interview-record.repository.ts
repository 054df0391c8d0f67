import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema';
import type { InterviewTurnTable } from './interview-record.table';
import type { Insertable } from 'kysely';

export function findRecordById(db: Kysely<DB>, id: string) {
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
export type RecordRow = NonNullable<Awaited<ReturnType<typeof findRecordById>>>;

export function findTurns(db: Kysely<DB>, recordId: string) {
  return db
    .selectFrom('interview_turns')
    .selectAll()
    .where('record_id', '=', recordId)
    .orderBy('position')
    .execute();
}
export type TurnRow = Awaited<ReturnType<typeof findTurns>>[number];

export function findAddenda(db: Kysely<DB>, recordId: string) {
  return db
    .selectFrom('interview_addenda as a')
    .leftJoin('users as u', 'u.id', 'a.author_id')
    .selectAll('a')
    .select('u.name as author_name')
    .where('a.record_id', '=', recordId)
    .orderBy('a.position')
    .execute();
}
export type AddendumRow = Awaited<ReturnType<typeof findAddenda>>[number];

/** While the record is open the client saves the whole list of turns: they replace the stored ones. */
export async function replaceTurns(
  db: Kysely<DB>,
  recordId: string,
  turns: readonly Omit<Insertable<InterviewTurnTable>, 'record_id' | 'position'>[],
): Promise<void> {
  await db.deleteFrom('interview_turns').where('record_id', '=', recordId).execute();
  if (turns.length === 0) return;
  await db
    .insertInto('interview_turns')
    .values(turns.map((turn, i) => ({ ...turn, record_id: recordId, position: i + 1 })))
    .execute();
}

export async function bumpRecordVersion(
  db: Kysely<DB>,
  id: string,
  expectedVersion: number,
  set: Record<string, unknown>,
  now: Date,
): Promise<number | undefined> {
  const row = await db
    .updateTable('interview_records')
    .set({ ...set, version: sql`version + 1`, updated_at: now })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .where('status', '=', 'open')
    .returning('version')
    .executeTakeFirst();
  return row?.version;
}
