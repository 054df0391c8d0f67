import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import type { Role } from '@refugio/contract';

export function findUserByEmail(db: Kysely<DB>, email: string) {
  return db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
}

export async function insertUser(
  db: Kysely<DB>,
  user: { email: string; name: string; role: Role; officeId: string | null; passwordHash: string },
): Promise<string> {
  const row = await db
    .insertInto('users')
    .values({
      email: user.email,
      name: user.name,
      role: user.role,
      office_id: user.officeId,
      password_hash: user.passwordHash,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
