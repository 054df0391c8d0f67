import type { Kysely } from 'kysely';
import { ChangePasswordInput, type SessionList, type SignInHistory } from '@refugio/contract';
import type { DB } from '../db/schema';
import type { Actor } from '../access/actor';
import { recordAudit } from '../audit/audit.repository';
import { notFound, validationFailed } from '../errors/app-error';
import { parseOrThrow } from '../errors/parse';
import { findUserById, updatePasswordHash } from '../users/user.repository';
import type { ResolvedSession, SessionPolicy } from './auth.service';
import { tooManyAttempts } from './auth.service';
import { emailKey, lockedUntilAfter } from './lockout';
import { hashPassword, verifyPassword } from './password';
import { passwordProblems } from './password-rules';
import { presentSession, presentSignInAttempt } from './account.presenter';
import { deleteSessionOfUser, deleteSessionsOfUser, listLiveSessionsOfUser } from './session.repository';
import { listSignInAttempts } from './sign-in-attempt.repository';
import { countFailure, findThrottle, lockUntil } from './throttle.repository';

export const HISTORY_LENGTH = 100;

/**
 * Changes the user's own password: the current one first (a wrong one counts towards the lockout,
 * so a stolen session cannot guess it), the new one by the password rules. Every other session of
 * the user ends.
 */
export async function changePassword(
  db: Kysely<DB>,
  session: ResolvedSession,
  raw: ChangePasswordInput,
  now = new Date(),
): Promise<{ sessionsEnded: number }> {
  const input = parseOrThrow(ChangePasswordInput, raw);
  const { user } = session;
  const key = emailKey(user.email);
  const throttle = await findThrottle(db, key);
  if (throttle?.locked_until && throttle.locked_until > now) throw tooManyAttempts('currentPassword');
  const row = await findUserById(db, user.id);
  if (!row || !(await verifyPassword(row.password_hash, input.currentPassword))) {
    await db.transaction().execute(async (trx) => {
      const failures = await countFailure(trx, key, now);
      const until = lockedUntilAfter(failures, now);
      if (until) await lockUntil(trx, key, until);
      await recordAudit(trx, user, { action: 'account.password_change_refused', details: { failures } });
    });
    throw validationFailed([
      { path: 'currentPassword', code: 'wrong_password', message: 'The current password is wrong' },
    ]);
  }
  const problems = passwordProblems(input.newPassword, { email: user.email, path: 'newPassword' });
  if (input.newPassword === input.currentPassword)
    problems.push({
      path: 'newPassword',
      code: 'unchanged',
      message: 'Choose a password you have not used here',
    });
  if (problems.length > 0) throw validationFailed(problems);
  const passwordHash = await hashPassword(input.newPassword);
  return db.transaction().execute(async (trx) => {
    await updatePasswordHash(trx, user.id, passwordHash);
    const sessionsEnded = await deleteSessionsOfUser(trx, user.id, session.id);
    await recordAudit(trx, user, { action: 'account.password_changed', details: { sessionsEnded } });
    return { sessionsEnded };
  });
}

export async function ownSignIns(db: Kysely<DB>, actor: Actor): Promise<SignInHistory> {
  const rows = await listSignInAttempts(db, actor.id, HISTORY_LENGTH);
  return { attempts: rows.map(presentSignInAttempt) };
}

/** The user's live sessions (idle ones excluded), the current one marked. */
export async function ownSessions(
  db: Kysely<DB>,
  session: ResolvedSession,
  policy: SessionPolicy,
  now = new Date(),
): Promise<SessionList> {
  const rows = await listLiveSessionsOfUser(db, session.user.id, now);
  const idleLimit = now.getTime() - policy.idleMinutes * 60_000;
  return {
    sessions: rows
      .filter((r) => r.last_seen_at.getTime() >= idleLimit)
      .map((r) => presentSession(r, session.id)),
    idleMinutes: policy.idleMinutes,
    absoluteHours: policy.absoluteHours,
  };
}

/** Ends one of the user's own sessions (another device, or this one). */
export async function endOwnSession(db: Kysely<DB>, actor: Actor, publicId: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    if (!(await deleteSessionOfUser(trx, actor.id, publicId))) throw notFound('No such session');
    await recordAudit(trx, actor, { action: 'account.session_ended', details: { sessionId: publicId } });
  });
}
