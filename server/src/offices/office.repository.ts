import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';

export function listOffices(db: Kysely<DB>) {
  return db.selectFrom('offices').select(['id', 'code', 'name', 'city']).orderBy('name').execute();
}

export function findOfficeById(db: Kysely<DB>, id: string) {
  return db
    .selectFrom('offices')
    .select(['id', 'code', 'name', 'city'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export function findOfficeByCode(db: Kysely<DB>, code: string) {
  return db
    .selectFrom('offices')
    .select(['id', 'code', 'name', 'city'])
    .where('code', '=', code)
    .executeTakeFirst();
}

export async function insertOffice(
  db: Kysely<DB>,
  office: { code: string; name: string; city: string },
): Promise<string> {
  const row = await db.insertInto('offices').values(office).returning('id').executeTakeFirstOrThrow();
  return row.id;
}
