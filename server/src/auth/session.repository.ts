import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import type { SessionStage } from './session.table';

export async function insertSession(
  db: Kysely<DB>,
  session: {
    id: string;
    userId: string;
    stage: SessionStage;
    createdAt: Date;
    expiresAt: Date;
    clientAddress: string;
    userAgent: string;
  },
): Promise<void> {
  await db
    .insertInto('sessions')
    .values({
      id: session.id,
      user_id: session.userId,
      stage: session.stage,
      created_at: session.createdAt,
      last_seen_at: session.createdAt,
      expires_at: session.expiresAt,
      client_address: session.clientAddress,
      user_agent: session.userAgent,
    })
    .execute();
}

/** The session with its user (active or not), or undefined. */
export function findSessionWithUser(db: Kysely<DB>, id: string) {
  return db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .leftJoin('offices', 'offices.id', 'users.office_id')
    .select([
      'sessions.id as session_id',
      'sessions.public_id',
      'sessions.stage',
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

/** Ends every session of a user, but the one kept (the caller's own); returns how many ended. */
export async function deleteSessionsOfUser(
  db: Kysely<DB>,
  userId: string,
  keep: string | null = null,
): Promise<number> {
  let query = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (keep !== null) query = query.where('id', '<>', keep);
  const result = await query.executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Ends one session of the user by its public id; false when the user has no such session. */
export async function deleteSessionOfUser(db: Kysely<DB>, userId: string, publicId: string) {
  const result = await db
    .deleteFrom('sessions')
    .where('user_id', '=', userId)
    .where('public_id', '=', publicId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

export function listLiveSessionsOfUser(db: Kysely<DB>, userId: string, now: Date) {
  return db
    .selectFrom('sessions')
    .select(['id', 'public_id', 'created_at', 'last_seen_at', 'expires_at', 'client_address', 'user_agent'])
    .where('user_id', '=', userId)
    .where('stage', '=', 'full')
    .where('expires_at', '>', now)
    .orderBy('last_seen_at', 'desc')
    .execute();
}
