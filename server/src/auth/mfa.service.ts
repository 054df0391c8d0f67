import type { Kysely } from 'kysely';
import { ConfirmMfaInput, MfaPolicy, type MfaEnrolment } from '@refugio/contract';
import type { DB } from '../db/schema';
import type { Actor } from '../access/actor';
import { hasPermission } from '../access/policy';
import { recordAudit } from '../audit/audit.repository';
import { AppError, forbidden, validationFailed } from '../errors/app-error';
import { parseOrThrow } from '../errors/parse';
import {
  confirmMfa,
  countRecoveryCodesLeft,
  findMfa,
  findMfaRequiredRoles,
  replaceRecoveryCodes,
  saveMfaRequiredRoles,
  saveUnconfirmedMfa,
} from './mfa.repository';
import { acceptTotp, newRecoveryCodes, newTotpSecret, recoveryCodeHash, totpUri } from './totp';

type Who = Pick<Actor, 'id' | 'email' | 'role' | 'clientAddress'>;

/**
 * Starts (or restarts) the user's own MFA enrolment: a new secret, unconfirmed until a code made
 * from it comes back. Refused while MFA is on: an administrator resets it first.
 */
export async function startMfaEnrolment(db: Kysely<DB>, actor: Who, now = new Date()): Promise<MfaEnrolment> {
  const secret = newTotpSecret();
  await db.transaction().execute(async (trx) => {
    const current = await findMfa(trx, actor.id);
    if (current?.confirmed_at) throw new AppError('conflict', 'Two-step verification is on already');
    await saveUnconfirmedMfa(trx, actor.id, secret, now);
    await recordAudit(trx, actor, { action: 'account.mfa_enrolment_started' });
  });
  return { secret, uri: totpUri(secret, actor.email) };
}

/**
 * Confirms the enrolment with a first code and turns MFA on. Returns ten recovery codes, shown
 * this once: only their hashes are kept.
 */
export async function confirmMfaEnrolment(
  db: Kysely<DB>,
  actor: Who,
  raw: ConfirmMfaInput,
  now = new Date(),
): Promise<string[]> {
  const { code } = parseOrThrow(ConfirmMfaInput, raw);
  const mfa = await findMfa(db, actor.id);
  if (!mfa) throw new AppError('conflict', 'Start the enrolment first');
  if (mfa.confirmed_at) throw new AppError('conflict', 'Two-step verification is on already');
  const step = await acceptTotp(mfa.totp_secret, code, null, now);
  if (step === null) {
    throw validationFailed([
      { path: 'code', code: 'wrong_code', message: 'The code does not match; check the time on your phone' },
    ]);
  }
  const codes = newRecoveryCodes();
  await db.transaction().execute(async (trx) => {
    await confirmMfa(trx, actor.id, step, now);
    await replaceRecoveryCodes(trx, actor.id, codes.map(recoveryCodeHash));
    await recordAudit(trx, actor, {
      action: 'account.mfa_enabled',
      details: { recoveryCodes: codes.length },
    });
  });
  return codes;
}

export async function accountSecurityOf(db: Kysely<DB>, actor: Who) {
  const mfa = await findMfa(db, actor.id);
  const required = (await findMfaRequiredRoles(db)).includes(actor.role);
  return {
    mfaEnabled: Boolean(mfa?.confirmed_at),
    mfaRequired: required,
    recoveryCodesLeft: mfa?.confirmed_at ? await countRecoveryCodesLeft(db, actor.id) : 0,
  };
}

export async function getMfaPolicy(db: Kysely<DB>, actor: Actor): Promise<MfaPolicy> {
  if (!hasPermission(actor, 'user.manage')) throw forbidden();
  return { roles: await findMfaRequiredRoles(db) };
}

/** Sets the roles that must use MFA; their users without it are sent to enrol at their next sign-in. */
export async function setMfaPolicy(
  db: Kysely<DB>,
  actor: Actor,
  raw: MfaPolicy,
  now = new Date(),
): Promise<MfaPolicy> {
  if (!hasPermission(actor, 'user.manage')) throw forbidden();
  const input = parseOrThrow(MfaPolicy, raw);
  const roles = [...new Set(input.roles)].sort();
  await db.transaction().execute(async (trx) => {
    const before = await findMfaRequiredRoles(trx);
    await saveMfaRequiredRoles(trx, roles, actor.id, now);
    await recordAudit(trx, actor, {
      action: 'account.mfa_policy_changed',
      details: { before, after: roles },
    });
  });
  return { roles };
}
