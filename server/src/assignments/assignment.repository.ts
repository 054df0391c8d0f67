import type { Kysely } from 'kysely';
import type { Role } from '@refugio/contract';
import type { DB } from '../db/schema';

/** The active users of an office with one of these roles, by name. */
export function findOfficersOfOffice(db: Kysely<DB>, officeId: string, roles: readonly Role[]) {
  return db
    .selectFrom('users')
    .select(['id', 'name'])
    .where('office_id', '=', officeId)
    .where('role', 'in', [...roles])
    .where('active', '=', true)
    .orderBy('name')
    .execute();
}
