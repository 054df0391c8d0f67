import type { Kysely } from 'kysely';
import type { AdminUserList, SignInHistory } from '@refugio/contract';
import type { DB } from '../db/schema';
import type { Actor } from '../access/actor';
import { hasPermission } from '../access/policy';
import { recordAudit } from '../audit/audit.repository';
import { forbidden, notFound } from '../errors/app-error';
import { presentAdminUser, presentSignInAttempt } from '../auth/account.presenter';
import { HISTORY_LENGTH } from '../auth/account.service';
import { emailKey } from '../auth/lockout';
import { deleteMfa } from '../auth/mfa.repository';
import { deleteSessionsOfUser } from '../auth/session.repository';
import { listSignInAttempts } from '../auth/sign-in-attempt.repository';
import { clearThrottle } from '../auth/throttle.repository';
import { findUserById, listUsersWithSecurity } from './user.repository';

function authorize(actor: Actor): void {
  if (!hasPermission(actor, 'user.manage')) throw forbidden();
}

async function userOrNotFound(db: Kysely<DB>, id: string) {
  const user = await findUserById(db, id);
  if (!user) throw notFound('No such user');
  return user;
}

/** Every account with its MFA, lock, last sign-in and sessions (administrators). */
export async function listUsersForAdmin(
  db: Kysely<DB>,
  actor: Actor,
  now = new Date(),
): Promise<AdminUserList> {
  authorize(actor);
  const rows = await listUsersWithSecurity(db, now);
  const keys = new Map(rows.map((r) => [emailKey(r.email), r.id]));
  const locks =
    keys.size === 0
      ? []
      : await db
          .selectFrom('sign_in_throttle')
          .select(['email_hash', 'locked_until'])
          .where('email_hash', 'in', [...keys.keys()])
          .where('locked_until', '>', now)
          .execute();
  const lockedUntil = new Map(locks.map((l) => [keys.get(l.email_hash), l.locked_until]));
  await recordAudit(db, actor, { action: 'user.list_read', details: { count: rows.length } });
  return { users: rows.map((r) => presentAdminUser(r, lockedUntil.get(r.id) ?? null)) };
}

/** Lifts a lock (and clears the failure count) before it runs out. */
export async function unlockUser(db: Kysely<DB>, actor: Actor, userId: string): Promise<void> {
  authorize(actor);
  await db.transaction().execute(async (trx) => {
    const user = await userOrNotFound(trx, userId);
    const hadFailures = await clearThrottle(trx, emailKey(user.email));
    await recordAudit(trx, actor, { action: 'auth.unlocked', details: { userId, hadFailures } });
  });
}

/** Turns a user's MFA off (lost phone): they enrol again, at once if their role requires it. */
export async function resetUserMfa(db: Kysely<DB>, actor: Actor, userId: string): Promise<void> {
  authorize(actor);
  await db.transaction().execute(async (trx) => {
    await userOrNotFound(trx, userId);
    const hadMfa = await deleteMfa(trx, userId);
    await recordAudit(trx, actor, { action: 'account.mfa_reset', details: { userId, hadMfa } });
  });
}

/** Ends every session of a user (a stolen laptop, a departure). */
export async function endUserSessions(db: Kysely<DB>, actor: Actor, userId: string): Promise<number> {
  authorize(actor);
  return db.transaction().execute(async (trx) => {
    await userOrNotFound(trx, userId);
    const ended = await deleteSessionsOfUser(trx, userId);
    await recordAudit(trx, actor, { action: 'user.sessions_ended', details: { userId, ended } });
    return ended;
  });
}

export async function userSignIns(db: Kysely<DB>, actor: Actor, userId: string): Promise<SignInHistory> {
  authorize(actor);
  return db.transaction().execute(async (trx) => {
    await userOrNotFound(trx, userId);
    const rows = await listSignInAttempts(trx, userId, HISTORY_LENGTH);
    await recordAudit(trx, actor, { action: 'user.sign_ins_read', details: { userId, count: rows.length } });
    return { attempts: rows.map(presentSignInAttempt) };
  });
}
