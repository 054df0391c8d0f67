import { sql, type Insertable, type Kysely } from 'kysely';
import type { DB } from '../db/schema';
import type { RoomTable } from './room.table';

export function findRooms(db: Kysely<DB>, officeId?: string) {
  let query = db.selectFrom('rooms').selectAll().orderBy('name').orderBy('id');
  if (officeId) query = query.where('office_id', '=', officeId);
  return query.execute();
}
export type RoomRow = Awaited<ReturnType<typeof findRooms>>[number];

export function findRoomById(db: Kysely<DB>, id: string) {
  return db.selectFrom('rooms').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Inserts a room; undefined when the office already has a room of that name. */
export async function insertRoom(db: Kysely<DB>, values: Insertable<RoomTable>): Promise<string | undefined> {
  const row = await db
    .insertInto('rooms')
    .values(values)
    .onConflict((oc) => oc.columns(['office_id', 'name']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id;
}

export type RoomUpdate = 'updated' | 'stale' | 'duplicate_name';

/** Updates guarded by version and by the office's unique names. */
export async function updateRoom(
  db: Kysely<DB>,
  id: string,
  expectedVersion: number,
  values: Partial<Insertable<RoomTable>>,
  now: Date,
): Promise<RoomUpdate> {
  const current = await findRoomById(db, id);
  if (values.name && current) {
    const clash = await db
      .selectFrom('rooms')
      .select('id')
      .where('office_id', '=', current.office_id)
      .where('name', '=', values.name)
      .where('id', '<>', id)
      .executeTakeFirst();
    if (clash) return 'duplicate_name';
  }
  const row = await db
    .updateTable('rooms')
    .set({ ...values, version: sql`version + 1`, updated_at: now })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .returning('id')
    .executeTakeFirst();
  return row ? 'updated' : 'stale';
}
