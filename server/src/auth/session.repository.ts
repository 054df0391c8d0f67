import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';

export async function insertSession(
  db: Kysely<DB>,
  session: { id: string; userId: string; createdAt: Date; expiresAt: Date; clientAddress: string },
): Promise<void> {
  await db
    .insertInto('sessions')
    .values({
      id: session.id,
      user_id: session.userId,
      created_at: session.createdAt,
      last_seen_at: session.createdAt,
      expires_at: session.expiresAt,
      client_address: session.clientAddress,
    })
    .execute();
}

/** The live session with its active user, or undefined. */
export function findSessionWithUser(db: Kysely<DB>, id: string) {
  return db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .leftJoin('offices', 'offices.id', 'users.office_id')
    .select([
      'sessions.id as session_id',
      'sessions.last_seen_at',
      'sessions.expires_at',
      'users.id',
      'users.name',
      'users.email',
      'users.role',
      'users.office_id',
      'users.active',
      'offices.code as office_code',
      'offices.name as office_name',
      'offices.city as office_city',
    ])
    .where('sessions.id', '=', id)
    .executeTakeFirst();
}

export async function touchSession(db: Kysely<DB>, id: string, now: Date): Promise<void> {
  await db.updateTable('sessions').set({ last_seen_at: now }).where('id', '=', id).execute();
}

export async function deleteSession(db: Kysely<DB>, id: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', id).execute();
}

export async function deleteExpiredSessions(db: Kysely<DB>, now: Date): Promise<void> {
  await db.deleteFrom('sessions').where('expires_at', '<', now).execute();
}
