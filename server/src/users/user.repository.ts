import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import type { Role, Sex } from '@refugio/contract';

export function findUserByEmail(db: Kysely<DB>, email: string) {
  return db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
}

export async function insertUser(
  db: Kysely<DB>,
  user: {
    email: string;
    name: string;
    role: Role;
    officeId: string | null;
    passwordHash: string;
    /** For same-sex interview requests; unrecorded when absent. */
    sex?: Sex | null;
  },
): Promise<string> {
  const row = await db
    .insertInto('users')
    .values({
      email: user.email,
      name: user.name,
      role: user.role,
      office_id: user.officeId,
      password_hash: user.passwordHash,
      sex: user.sex ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
