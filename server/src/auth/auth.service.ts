import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { TOO_MANY_ATTEMPTS, type MfaCodeInput } from '@refugio/contract';
import type { DB } from '../db/schema';
import type { Actor } from '../access/actor';
import { recordAudit } from '../audit/audit.repository';
import { AppError } from '../errors/app-error';
import { findUserByEmail } from '../users/user.repository';
import type { SignInOutcome } from './account.tables';
import { emailKey, lockedUntilAfter } from './lockout';
import { advanceTimeStep, findMfa, findMfaRequiredRoles, spendRecoveryCode } from './mfa.repository';
import { decoyHash, verifyPassword } from './password';
import { insertSignInAttempt, type AttemptOrigin } from './sign-in-attempt.repository';
import { deleteSession, findSessionWithUser, insertSession, touchSession } from './session.repository';
import type { SessionStage } from './session.table';
import { clearThrottle, countFailure, findThrottle, lockUntil } from './throttle.repository';
import { acceptTotp, recoveryCodeHash } from './totp';

export interface SessionPolicy {
  idleMinutes: number;
  absoluteHours: number;
}

/** How long a pending session (password given, second step awaited) lives. */
export const PENDING_MINUTES: Record<Exclude<SessionStage, 'full'>, number> = {
  mfa: 5,
  // Scanning a QR code and typing the first code takes longer than typing a code.
  mfa_enrolment: 10,
};

export interface SessionUser extends Actor {
  office: { id: string; code: string; name: string; city: string } | null;
}

/** A resolved session: its user, its stage, and the ids by which it is found and shown. */
export interface ResolvedSession {
  user: SessionUser;
  stage: SessionStage;
  /** The SHA-256 of the token (the row's key). */
  id: string;
  /** The id shown to the user (list of sessions). */
  publicId: string;
}

export interface OpenedSession {
  token: string;
  expiresAt: Date;
  userId: string;
  stage: SessionStage;
}

export type SignInOrigin = AttemptOrigin;

export const sessionIdOf = (token: string) => createHash('sha256').update(token).digest('hex');

const invalidCredentials = () => new AppError('invalid_credentials', 'E-mail or password is wrong');

/** The same 401 as a wrong password, with a field code the sign-in form explains. */
export const tooManyAttempts = (path: string) =>
  new AppError('invalid_credentials', 'Too many failed attempts; try again later', [
    { path, code: TOO_MANY_ATTEMPTS, message: 'Too many failed attempts; try again later' },
  ]);

async function isLocked(db: Kysely<DB>, key: string, now: Date): Promise<boolean> {
  const throttle = await findThrottle(db, key);
  return Boolean(throttle?.locked_until && throttle.locked_until > now);
}

/**
 * Counts a failure against the e-mail typed and records it (history, audit) in one transaction;
 * true when this failure locked the account.
 */
async function recordFailure(
  db: Kysely<DB>,
  failure: { key: string; userId: string | null; outcome: SignInOutcome; origin: SignInOrigin; now: Date },
): Promise<boolean> {
  const { key, userId, outcome, origin, now } = failure;
  return db.transaction().execute(async (trx) => {
    const failures = await countFailure(trx, key, now);
    const until = lockedUntilAfter(failures, now);
    if (until) await lockUntil(trx, key, until);
    await insertSignInAttempt(trx, { userId, outcome, occurredAt: now, ...origin });
    const actor = userId ? { id: userId, clientAddress: origin.clientAddress } : null;
    await recordAudit(trx, actor, {
      action: outcome === 'mfa_failed' ? 'session.mfa_failed' : 'session.sign_in_failed',
      details: { knownAccount: userId !== null, outcome },
    });
    if (until) {
      await recordAudit(trx, actor, {
        action: 'auth.locked',
        details: {
          knownAccount: userId !== null,
          failures,
          minutes: (until.getTime() - now.getTime()) / 60_000,
        },
      });
    }
    return until !== null;
  });
}

async function openSession(
  trx: Kysely<DB>,
  userId: string,
  stage: SessionStage,
  origin: SignInOrigin,
  policy: SessionPolicy,
  now: Date,
): Promise<OpenedSession> {
  const token = randomBytes(32).toString('base64url');
  const lifetime = stage === 'full' ? policy.absoluteHours * 60 : PENDING_MINUTES[stage];
  const expiresAt = new Date(now.getTime() + lifetime * 60_000);
  await insertSession(trx, {
    id: sessionIdOf(token),
    userId,
    stage,
    createdAt: now,
    expiresAt,
    clientAddress: origin.clientAddress,
    userAgent: origin.userAgent.slice(0, 200),
  });
  return { token, expiresAt, userId, stage };
}

/**
 * Opens a session (full or pending) for a user authenticated by another means, single sign-on, in
 * the caller's transaction; the caller records the history entry and the audit entry.
 */
export const openSessionForUser = openSession;

/** A full session after every step is done: clears the failure count, records and audits the sign-in. */
async function completeSignIn(
  trx: Kysely<DB>,
  user: { id: string; email: string },
  origin: SignInOrigin,
  policy: SessionPolicy,
  now: Date,
  mfa: 'none' | 'totp' | 'recovery_code' | 'enrolled',
): Promise<OpenedSession> {
  await clearThrottle(trx, emailKey(user.email));
  const session = await openSession(trx, user.id, 'full', origin, policy, now);
  await insertSignInAttempt(trx, { userId: user.id, outcome: 'success', occurredAt: now, ...origin });
  await recordAudit(
    trx,
    { id: user.id, clientAddress: origin.clientAddress },
    { action: 'session.sign_in', details: { mfa } },
  );
  return session;
}

/**
 * The password step. Refuses (401, the same for unknown e-mails) a wrong password, a deactivated
 * account and an e-mail locked by repeated failures. With MFA on, or required for the role and not
 * yet enrolled, opens a pending session that reaches only the second step. The token goes to the
 * browser in an httpOnly cookie; only its hash is stored.
 */
export async function signIn(
  db: Kysely<DB>,
  input: { email: string; password: string } & SignInOrigin,
  policy: SessionPolicy,
  now = new Date(),
): Promise<OpenedSession> {
  const origin = { clientAddress: input.clientAddress, userAgent: input.userAgent };
  const key = emailKey(input.email);
  const user = await findUserByEmail(db, input.email.trim().toLowerCase());
  if (await isLocked(db, key, now)) {
    await db.transaction().execute(async (trx) => {
      await insertSignInAttempt(trx, {
        userId: user?.id ?? null,
        outcome: 'locked',
        occurredAt: now,
        ...origin,
      });
      await recordAudit(trx, user ? { id: user.id, clientAddress: origin.clientAddress } : null, {
        action: 'session.sign_in_failed',
        details: { knownAccount: Boolean(user), outcome: 'locked' },
      });
    });
    throw tooManyAttempts('email');
  }
  const ok = user
    ? await verifyPassword(user.password_hash, input.password)
    : await verifyPassword(await decoyHash(), input.password);
  if (!user || !ok || !user.active) {
    const outcome = user && ok ? 'account_disabled' : 'wrong_password';
    const locked = await recordFailure(db, { key, userId: user?.id ?? null, outcome, origin, now });
    throw locked ? tooManyAttempts('email') : invalidCredentials();
  }
  const mfa = await findMfa(db, user.id);
  const mfaOn = Boolean(mfa?.confirmed_at);
  const mustEnrol = !mfaOn && (await findMfaRequiredRoles(db)).includes(user.role);
  if (!mfaOn && !mustEnrol) {
    return db.transaction().execute((trx) => completeSignIn(trx, user, origin, policy, now, 'none'));
  }
  // The failure count is left alone until the second step succeeds: a password alone must not buy
  // fresh guesses at the code.
  return db.transaction().execute(async (trx) => {
    const session = await openSession(trx, user.id, mfaOn ? 'mfa' : 'mfa_enrolment', origin, policy, now);
    await insertSignInAttempt(trx, { userId: user.id, outcome: 'mfa_required', occurredAt: now, ...origin });
    await recordAudit(
      trx,
      { id: user.id, clientAddress: origin.clientAddress },
      { action: 'session.password_accepted', details: { next: session.stage } },
    );
    return session;
  });
}

/**
 * The second step: a TOTP code (each time step accepted once) or an unused recovery code turns the
 * pending session into a full one, under a new token. Wrong codes count towards the lockout; a lock
 * ends the pending session.
 */
export async function completeMfa(
  db: Kysely<DB>,
  pending: ResolvedSession,
  input: { method: MfaCodeInput['method']; code: string },
  origin: SignInOrigin,
  policy: SessionPolicy,
  now = new Date(),
): Promise<OpenedSession> {
  const { user } = pending;
  const key = emailKey(user.email);
  if (await isLocked(db, key, now)) {
    await deleteSession(db, pending.id);
    throw tooManyAttempts('code');
  }
  const mfa = await findMfa(db, user.id);
  let accepted = false;
  if (mfa?.confirmed_at) {
    if (input.method === 'totp') {
      const step = await acceptTotp(mfa.totp_secret, input.code, mfa.last_time_step, now);
      accepted = step !== null && (await advanceTimeStep(db, user.id, step));
    } else {
      accepted = await spendRecoveryCode(db, user.id, recoveryCodeHash(input.code), now);
    }
  }
  if (!accepted) {
    const locked = await recordFailure(db, { key, userId: user.id, outcome: 'mfa_failed', origin, now });
    if (locked) {
      await deleteSession(db, pending.id);
      throw tooManyAttempts('code');
    }
    throw new AppError('invalid_credentials', 'The code is wrong or was used already', [
      { path: 'code', code: 'wrong_code', message: 'The code is wrong or was used already' },
    ]);
  }
  return db.transaction().execute(async (trx) => {
    await deleteSession(trx, pending.id);
    return completeSignIn(trx, user, origin, policy, now, input.method);
  });
}

/** After a forced enrolment is confirmed: the pending session becomes a full one, under a new token. */
export async function completeEnrolmentSignIn(
  db: Kysely<DB>,
  pending: ResolvedSession,
  origin: SignInOrigin,
  policy: SessionPolicy,
  now = new Date(),
): Promise<OpenedSession> {
  return db.transaction().execute(async (trx) => {
    await deleteSession(trx, pending.id);
    return completeSignIn(trx, pending.user, origin, policy, now, 'enrolled');
  });
}

/** The session behind a token, of any stage, or undefined when unknown, idle too long or expired. */
export async function resolveSessionState(
  db: Kysely<DB>,
  token: string,
  clientAddress: string,
  policy: SessionPolicy,
  now = new Date(),
): Promise<ResolvedSession | undefined> {
  const id = sessionIdOf(token);
  const row = await findSessionWithUser(db, id);
  if (!row) return undefined;
  const idleSince = now.getTime() - row.last_seen_at.getTime();
  if (!row.active || row.expires_at <= now || idleSince > policy.idleMinutes * 60_000) {
    await deleteSession(db, id);
    return undefined;
  }
  // Writing on every request would serialise the embedded database; a minute's precision is enough.
  if (row.stage === 'full' && idleSince > 60_000) await touchSession(db, id, now);
  return {
    id,
    publicId: row.public_id,
    stage: row.stage,
    user: {
      id: row.id,
      name: row.name,
      email: row.email,
      role: row.role,
      officeId: row.office_id,
      clientAddress,
      office:
        row.office_id && row.office_code && row.office_name !== null && row.office_city !== null
          ? { id: row.office_id, code: row.office_code, name: row.office_name, city: row.office_city }
          : null,
    },
  };
}

/** The user behind a full session token, or undefined (pending sessions sign nobody in). */
export async function resolveSession(
  db: Kysely<DB>,
  token: string,
  clientAddress: string,
  policy: SessionPolicy,
  now = new Date(),
): Promise<SessionUser | undefined> {
  const session = await resolveSessionState(db, token, clientAddress, policy, now);
  return session?.stage === 'full' ? session.user : undefined;
}

export async function signOut(db: Kysely<DB>, token: string, actor: Actor): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await deleteSession(trx, sessionIdOf(token));
    await recordAudit(trx, actor, { action: 'session.sign_out' });
  });
}
