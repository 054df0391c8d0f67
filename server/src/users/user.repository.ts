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

export function findUserById(db: Kysely<DB>, id: string) {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function updatePasswordHash(db: Kysely<DB>, id: string, passwordHash: string): Promise<void> {
  await db.updateTable('users').set({ password_hash: passwordHash }).where('id', '=', id).execute();
}

/**
 * Every account with what an administrator needs to manage its security: office, MFA, lock (joined
 * by the hash of the e-mail), last successful sign-in and live sessions.
 */
export function listUsersWithSecurity(db: Kysely<DB>, now: Date) {
  return db
    .selectFrom('users')
    .leftJoin('offices', 'offices.id', 'users.office_id')
    .leftJoin('user_mfa', 'user_mfa.user_id', 'users.id')
    .select((eb) => [
      'users.id',
      'users.name',
      'users.email',
      'users.role',
      'users.active',
      'offices.code as office_code',
      'user_mfa.confirmed_at as mfa_confirmed_at',
      eb
        .selectFrom('sign_in_attempts')
        .select((a) => a.fn.max('occurred_at').as('at'))
        .whereRef('sign_in_attempts.user_id', '=', 'users.id')
        .where('outcome', '=', 'success')
        .as('last_sign_in_at'),
      eb
        .selectFrom('sessions')
        .select((s) => s.fn.countAll<string>().as('n'))
        .whereRef('sessions.user_id', '=', 'users.id')
        .where('stage', '=', 'full')
        .where('expires_at', '>', now)
        .as('active_sessions'),
    ])
    .orderBy('users.name')
    .orderBy('users.id')
    .execute();
}
