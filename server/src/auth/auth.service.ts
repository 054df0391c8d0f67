import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import type { Actor } from '../access/actor';
import { recordAudit } from '../audit/audit.repository';
import { AppError } from '../errors/app-error';
import { findUserByEmail } from '../users/user.repository';
import { decoyHash, verifyPassword } from './password';
import { deleteSession, findSessionWithUser, insertSession, touchSession } from './session.repository';

export interface SessionPolicy {
  idleMinutes: number;
  absoluteHours: number;
}

export interface SessionUser extends Actor {
  office: { id: string; code: string; name: string; city: string } | null;
}

const sessionId = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * Checks the credentials and opens a server-side session. The token goes to the browser in an
 * httpOnly cookie; only its hash is stored. Failures are audited without the typed e-mail.
 */
export async function signIn(
  db: Kysely<DB>,
  input: { email: string; password: string; clientAddress: string },
  policy: SessionPolicy,
  now = new Date(),
): Promise<{ token: string; expiresAt: Date; userId: string }> {
  const user = await findUserByEmail(db, input.email);
  const ok = user
    ? await verifyPassword(user.password_hash, input.password)
    : await verifyPassword(await decoyHash(), input.password);
  if (!user || !ok || !user.active) {
    await recordAudit(db, user ? { id: user.id, clientAddress: input.clientAddress } : null, {
      action: 'session.sign_in_failed',
      details: { knownAccount: Boolean(user) },
    });
    throw new AppError('invalid_credentials', 'E-mail or password is wrong');
  }
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + policy.absoluteHours * 3_600_000);
  await db.transaction().execute(async (trx) => {
    await insertSession(trx, {
      id: sessionId(token),
      userId: user.id,
      createdAt: now,
      expiresAt,
      clientAddress: input.clientAddress,
    });
    await recordAudit(
      trx,
      { id: user.id, clientAddress: input.clientAddress },
      { action: 'session.sign_in' },
    );
  });
  return { token, expiresAt, userId: user.id };
}

/** The user behind a session token, or undefined when the session is unknown, idle too long or expired. */
export async function resolveSession(
  db: Kysely<DB>,
  token: string,
  clientAddress: string,
  policy: SessionPolicy,
  now = new Date(),
): Promise<SessionUser | undefined> {
  const id = sessionId(token);
  const row = await findSessionWithUser(db, id);
  if (!row) return undefined;
  const idleSince = now.getTime() - row.last_seen_at.getTime();
  if (!row.active || row.expires_at <= now || idleSince > policy.idleMinutes * 60_000) {
    await deleteSession(db, id);
    return undefined;
  }
  // Writing on every request would serialise the embedded database; a minute's precision is enough.
  if (idleSince > 60_000) await touchSession(db, id, now);
  return {
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
  };
}

export async function signOut(db: Kysely<DB>, token: string, actor: Actor): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await deleteSession(trx, sessionId(token));
    await recordAudit(trx, actor, { action: 'session.sign_out' });
  });
}
