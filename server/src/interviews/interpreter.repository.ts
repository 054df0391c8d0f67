import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema';
import type { InterpreterTable } from './interpreter.table';
import type { Insertable } from 'kysely';

export interface InterpreterFilter {
  language?: string;
  sex?: 'F' | 'M' | 'X';
  officeId?: string;
  active?: boolean;
}

/** The register, filtered; an office filter keeps interpreters of that office and those of any office. */
export function findInterpreters(db: Kysely<DB>, filter: InterpreterFilter = {}) {
  let query = db.selectFrom('interpreters').selectAll().orderBy('full_name').orderBy('id');
  if (filter.language) query = query.where(sql<boolean>`${filter.language}::char(3) = any(languages)`);
  if (filter.sex) query = query.where('sex', '=', filter.sex);
  if (filter.active !== undefined) query = query.where('active', '=', filter.active);
  if (filter.officeId)
    query = query.where(
      sql<boolean>`(cardinality(office_ids) = 0 or ${filter.officeId}::uuid = any(office_ids))`,
    );
  return query.execute();
}
export type InterpreterRow = Awaited<ReturnType<typeof findInterpreters>>[number];

export function findInterpreterById(db: Kysely<DB>, id: string) {
  return db.selectFrom('interpreters').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findAvailability(db: Kysely<DB>, interpreterIds: readonly string[]) {
  if (interpreterIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('interpreter_availability')
    .selectAll()
    .where('interpreter_id', 'in', interpreterIds)
    .orderBy('weekday')
    .orderBy('starts')
    .execute();
}
export type AvailabilityRow = Awaited<ReturnType<typeof findAvailability>>[number];

export async function insertInterpreter(
  db: Kysely<DB>,
  values: Insertable<InterpreterTable>,
): Promise<string> {
  const row = await db.insertInto('interpreters').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** Updates guarded by version: undefined when someone changed the row meanwhile. */
export async function updateInterpreter(
  db: Kysely<DB>,
  id: string,
  expectedVersion: number,
  values: Partial<Insertable<InterpreterTable>>,
  now: Date,
): Promise<number | undefined> {
  const row = await db
    .updateTable('interpreters')
    .set({ ...values, version: sql`version + 1`, updated_at: now })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .returning('version')
    .executeTakeFirst();
  return row?.version;
}

export async function replaceAvailability(
  db: Kysely<DB>,
  interpreterId: string,
  windows: readonly {
    weekday: number;
    starts: string;
    ends: string;
    mode: 'in_person' | 'remote' | 'both';
    officeId: string | null;
    validFrom: string;
    validTo: string | null;
  }[],
): Promise<void> {
  await db.deleteFrom('interpreter_availability').where('interpreter_id', '=', interpreterId).execute();
  if (windows.length === 0) return;
  await db
    .insertInto('interpreter_availability')
    .values(
      windows.map((w) => ({
        interpreter_id: interpreterId,
        weekday: w.weekday,
        starts: w.starts,
        ends: w.ends,
        mode: w.mode,
        office_id: w.officeId,
        valid_from: w.validFrom,
        valid_to: w.validTo,
      })),
    )
    .execute();
}
