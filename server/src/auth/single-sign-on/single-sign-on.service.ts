import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { randomNonce, randomPKCECodeVerifier, randomState } from 'openid-client';
import type { ExternalIdentityList, Role, SingleSignOnFailure } from '@refugio/contract';
import type { DB } from '../../db/schema';
import type { Actor } from '../../access/actor';
import { hasPermission } from '../../access/policy';
import { recordAudit } from '../../audit/audit.repository';
import { forbidden, notFound } from '../../errors/app-error';
import { findUserByEmail, findUserById, insertUser } from '../../users/user.repository';
import {
  openSessionForUser,
  type OpenedSession,
  type SessionPolicy,
  type SignInOrigin,
} from '../auth.service';
import { findMfa, findMfaRequiredRoles } from '../mfa.repository';
import type { SessionStage } from '../session.table';
import { ProviderError, type ProviderClient } from './single-sign-on.client';
import { unmappableRoles, type SingleSignOnConfig } from './single-sign-on.config';
import {
  displayNameOf,
  matchRule,
  providerAttestsMfa,
  verifiedEmailOf,
  type Claims,
} from './single-sign-on.mapping';
import {
  deleteExpiredRequests,
  deleteIdentitiesOfUser,
  findLinkedUser,
  findOfficeIdByCode,
  hasIdentityAt,
  insertIdentity,
  insertRequest,
  listIdentities,
  takeRequest,
  touchIdentity,
  updateRoleAndOffice,
} from './single-sign-on.repository';
import { insertSignInAttempt } from '../sign-in-attempt.repository';

/** How long the browser may take at the provider (login, consent) before the attempt expires. */
export const REQUEST_MINUTES = 10;

/** An account made by single sign-on has no password: this is no argon2 hash, so none ever matches. */
export const NO_PASSWORD = '!single-sign-on';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
export const subjectHashOf = (issuer: string, subject: string) => sha256(`${issuer}\n${subject}`);

export type SignInResult =
  | { outcome: 'signed_in'; session: OpenedSession }
  | { outcome: 'refused'; reason: SingleSignOnFailure; detail: string };

/**
 * Starts a sign-in at the provider: state, nonce and PKCE verifier are kept in the database under the
 * hash of a random value that only the browser's short-lived cookie carries.
 */
export async function beginSignIn(
  db: Kysely<DB>,
  provider: ProviderClient,
  now = new Date(),
): Promise<{ cookie: string; url: URL }> {
  const cookie = randomBytes(32).toString('base64url');
  const checks = { state: randomState(), nonce: randomNonce(), codeVerifier: randomPKCECodeVerifier() };
  const url = await provider.authorizationUrl(checks);
  await db.transaction().execute(async (trx) => {
    await deleteExpiredRequests(trx, now);
    await insertRequest(trx, {
      id: sha256(cookie),
      ...checks,
      createdAt: now,
      expiresAt: new Date(now.getTime() + REQUEST_MINUTES * 60_000),
    });
  });
  return { cookie, url };
}

interface Refusal {
  reason: SingleSignOnFailure;
  detail: string;
  userId?: string;
}

/** What a sign-in will do to the database, decided before anything is written. */
interface Plan {
  userId: string | null;
  link: 'verified_email' | 'created_by_rule' | null;
  identityId: string | null;
  newAccount: { email: string; name: string } | null;
  role: Role;
  officeId: string | null;
  roleChanged: boolean;
}

const refuse = (reason: SingleSignOnFailure, detail: string, userId?: string): Refusal => ({
  reason,
  detail,
  userId,
});

/**
 * Who the provider's person is in Refugio. A linked identity is its user. A first sign-in links to
 * the active account of the same e-mail only when the provider verified it; otherwise, with
 * `createAccounts`, a person matched by a rule gets a new account. With rules, the provider decides
 * role and office at every sign-in, and a person matching none is refused.
 */
async function plan(
  db: Kysely<DB>,
  config: SingleSignOnConfig,
  issuer: string,
  claims: Claims,
  subjectHash: string,
) {
  const { mapping } = config;
  const rule = matchRule(mapping, claims);
  let user: { id: string; role: Role; office_id: string | null; active: boolean } | undefined;
  let link: Plan['link'] = null;
  let newAccount: Plan['newAccount'] = null;
  const linked = await findLinkedUser(db, subjectHash);
  if (linked) user = linked;
  else {
    const email = verifiedEmailOf(claims);
    const byEmail = email && mapping.linkVerifiedEmail ? await findUserByEmail(db, email) : undefined;
    if (byEmail) {
      // Another identity of this provider already holds the account: no silent second link.
      if (await hasIdentityAt(db, byEmail.id, issuer))
        return refuse('unmapped', 'account linked to another identity', byEmail.id);
      user = byEmail;
      link = 'verified_email';
    } else if (mapping.createAccounts && rule) {
      const contact = typeof claims.email === 'string' ? claims.email.trim().toLowerCase() : '';
      if (!/^[^\s@]+@[^\s@]+$/.test(contact) || contact.length > 254)
        return refuse('unmapped', 'no e-mail to create an account with');
      if (await findUserByEmail(db, contact))
        return refuse('email_in_use', 'e-mail of an existing account, not verified');
      newAccount = { email: contact, name: displayNameOf(claims) ?? contact };
      link = 'created_by_rule';
    } else return refuse('unmapped', 'no linked, verified or mapped account');
  }
  if (user && (unmappableRoles as readonly string[]).includes(user.role))
    return refuse('not_allowed', 'administrators sign in with password and TOTP', user.id);
  if (user && !user.active) return refuse('disabled', 'account deactivated', user.id);
  let role = user?.role ?? rule!.role;
  let officeId = user?.office_id ?? null;
  if (mapping.rules.length > 0) {
    if (!rule) return refuse('unmapped', 'no mapping rule matches', user?.id);
    const office = rule.office === null ? null : await findOfficeIdByCode(db, rule.office);
    if (office === undefined) return refuse('unmapped', 'mapping names an unknown office', user?.id);
    role = rule.role;
    officeId = office;
  }
  return {
    userId: user?.id ?? null,
    link,
    identityId: linked?.identity_id ?? null,
    newAccount,
    role,
    officeId,
    roleChanged: user !== undefined && (user.role !== role || user.office_id !== officeId),
  } satisfies Plan;
}

async function recordRefusal(db: Kysely<DB>, refusal: Refusal, origin: SignInOrigin, now: Date) {
  await db.transaction().execute(async (trx) => {
    if (refusal.userId && refusal.reason === 'disabled')
      await insertSignInAttempt(trx, {
        userId: refusal.userId,
        outcome: 'account_disabled',
        occurredAt: now,
        method: 'single_sign_on',
        ...origin,
      });
    await recordAudit(
      trx,
      refusal.userId ? { id: refusal.userId, clientAddress: origin.clientAddress } : null,
      {
        action: 'session.sign_in_failed',
        details: { method: 'single_sign_on', reason: refusal.reason, knownAccount: Boolean(refusal.userId) },
      },
    );
  });
}

/**
 * The provider's answer (callback query) turned into a Refugio session exactly like a password
 * sign-in's: a full session when no second factor is due or the provider attests one, else a pending
 * session for Refugio's TOTP step (or its enrolment). Every refusal is recorded and audited.
 */
export async function completeSignIn(
  db: Kysely<DB>,
  config: SingleSignOnConfig,
  provider: ProviderClient,
  input: { cookie: string | undefined; query: string; origin: SignInOrigin; policy: SessionPolicy },
  now = new Date(),
): Promise<SignInResult> {
  const { origin, policy } = input;
  const refused = async (refusal: Refusal): Promise<SignInResult> => {
    await recordRefusal(db, refusal, origin, now);
    return { outcome: 'refused', reason: refusal.reason, detail: refusal.detail };
  };
  const request =
    input.cookie && input.cookie.length <= 100 ? await takeRequest(db, sha256(input.cookie), now) : undefined;
  if (!request) return refused(refuse('expired', 'no pending sign-in for this browser'));
  let identity;
  try {
    identity = await provider.identify(input.query, {
      state: request.state,
      nonce: request.nonce,
      codeVerifier: request.code_verifier,
    });
  } catch (error) {
    if (error instanceof ProviderError) return refused(refuse(error.reason, error.detail));
    throw error;
  }
  const subjectHash = subjectHashOf(identity.issuer, identity.subject);
  const decided = await plan(db, config, identity.issuer, identity.claims, subjectHash);
  if ('reason' in decided) return refused(decided);

  const mfa = decided.userId ? await findMfa(db, decided.userId) : undefined;
  const mfaOn = Boolean(mfa?.confirmed_at);
  const attested = providerAttestsMfa(config.mapping, identity.claims);
  const required = mfaOn || (await findMfaRequiredRoles(db)).includes(decided.role);
  const stage: SessionStage = attested || !required ? 'full' : mfaOn ? 'mfa' : 'mfa_enrolment';

  const session = await db.transaction().execute(async (trx) => {
    let userId = decided.userId;
    if (decided.newAccount) {
      userId = await insertUser(trx, {
        ...decided.newAccount,
        role: decided.role,
        officeId: decided.officeId,
        passwordHash: NO_PASSWORD,
      });
      await recordAudit(trx, null, {
        action: 'user.created_by_provider',
        details: { userId, role: decided.role, officeId: decided.officeId },
      });
    }
    if (!userId) throw new Error('A planned sign-in has no user');
    const actor = { id: userId, clientAddress: origin.clientAddress };
    if (decided.link) {
      await insertIdentity(trx, {
        userId,
        issuer: identity.issuer,
        subjectHash,
        linkedBy: decided.link,
        now,
      });
      await recordAudit(trx, actor, {
        action: 'sso.identity_linked',
        details: { userId, linkedBy: decided.link },
      });
    } else if (decided.identityId) await touchIdentity(trx, decided.identityId, now);
    if (decided.roleChanged) {
      await updateRoleAndOffice(trx, userId, decided.role, decided.officeId);
      await recordAudit(trx, actor, {
        action: 'user.updated_by_provider',
        details: { userId, role: decided.role, officeId: decided.officeId },
      });
    }
    const opened = await openSessionForUser(trx, userId, stage, origin, policy, now);
    await insertSignInAttempt(trx, {
      userId,
      outcome: stage === 'full' ? 'success' : 'mfa_required',
      occurredAt: now,
      method: 'single_sign_on',
      ...origin,
    });
    await recordAudit(
      trx,
      actor,
      stage === 'full'
        ? {
            action: 'session.sign_in',
            details: { method: 'single_sign_on', mfa: attested ? 'provider' : 'none' },
          }
        : { action: 'session.provider_accepted', details: { method: 'single_sign_on', next: stage } },
    );
    return opened;
  });
  return { outcome: 'signed_in', session };
}

function authorize(actor: Actor): void {
  if (!hasPermission(actor, 'user.manage')) throw forbidden();
}

/** Every link between a user and an identity at the provider (administrators). */
export async function listExternalIdentities(db: Kysely<DB>, actor: Actor): Promise<ExternalIdentityList> {
  authorize(actor);
  const rows = await listIdentities(db);
  await recordAudit(db, actor, { action: 'sso.identities_read', details: { count: rows.length } });
  return {
    identities: rows.map((row) => ({
      userId: row.user_id,
      issuer: row.issuer,
      linkedBy: row.linked_by,
      linkedAt: row.linked_at.toISOString(),
      lastSignInAt: row.last_sign_in_at?.toISOString() ?? null,
    })),
  };
}

/**
 * Unlinks a user from the provider (administrators). The next sign-in through the provider starts
 * again from the first-sign-in rules; to keep a person out, deactivate the account.
 */
export async function unlinkExternalIdentities(
  db: Kysely<DB>,
  actor: Actor,
  userId: string,
): Promise<number> {
  authorize(actor);
  return db.transaction().execute(async (trx) => {
    if (!(await findUserById(trx, userId))) throw notFound('No such user');
    const issuers = await deleteIdentitiesOfUser(trx, userId);
    await recordAudit(trx, actor, {
      action: 'sso.identity_unlinked',
      details: { userId, unlinked: issuers.length },
    });
    return issuers.length;
  });
}
