import type { Kysely } from 'kysely';
import { roles, type Role } from '@refugio/contract';
import type { DB } from '../db/schema';
import { processKeyring } from '../crypto/process-keyring';
import { openUserSecret, sealUserSecret } from '../crypto/user-secret';

/** A user's MFA enrolment, the TOTP secret opened (it is stored sealed under a master key). */
export async function findMfa(db: Kysely<DB>, userId: string) {
  const row = await db
    .selectFrom('user_mfa')
    .select(['totp_secret', 'totp_key_id', 'confirmed_at', 'last_time_step'])
    .where('user_id', '=', userId)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    totp_secret: openUserSecret(processKeyring(), 'totp', userId, row.totp_key_id, row.totp_secret),
    confirmed_at: row.confirmed_at,
    last_time_step: row.last_time_step,
  };
}

/** A new, unconfirmed enrolment (replacing an earlier unconfirmed one); the secret is sealed. */
export async function saveUnconfirmedMfa(db: Kysely<DB>, userId: string, secret: string, now: Date) {
  await db.deleteFrom('user_mfa').where('user_id', '=', userId).where('confirmed_at', 'is', null).execute();
  const sealed = sealUserSecret(processKeyring(), 'totp', userId, secret);
  await db
    .insertInto('user_mfa')
    .values({
      user_id: userId,
      totp_secret: sealed.sealed,
      totp_key_id: sealed.keyId,
      created_at: now,
      confirmed_at: null,
      last_time_step: null,
    })
    .execute();
}

export async function confirmMfa(db: Kysely<DB>, userId: string, timeStep: number, now: Date) {
  await db
    .updateTable('user_mfa')
    .set({ confirmed_at: now, last_time_step: timeStep })
    .where('user_id', '=', userId)
    .execute();
}

/**
 * Records the time step of an accepted code, only if it is later than the last one: of two requests
 * racing with the same code, exactly one wins.
 */
export async function advanceTimeStep(db: Kysely<DB>, userId: string, timeStep: number): Promise<boolean> {
  const result = await db
    .updateTable('user_mfa')
    .set({ last_time_step: timeStep })
    .where('user_id', '=', userId)
    .where('confirmed_at', 'is not', null)
    .where((eb) => eb.or([eb('last_time_step', 'is', null), eb('last_time_step', '<', timeStep)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deleteMfa(db: Kysely<DB>, userId: string): Promise<boolean> {
  await db.deleteFrom('mfa_recovery_codes').where('user_id', '=', userId).execute();
  const result = await db.deleteFrom('user_mfa').where('user_id', '=', userId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export async function replaceRecoveryCodes(db: Kysely<DB>, userId: string, hashes: string[]) {
  await db.deleteFrom('mfa_recovery_codes').where('user_id', '=', userId).execute();
  await db
    .insertInto('mfa_recovery_codes')
    .values(hashes.map((code_hash) => ({ user_id: userId, code_hash, used_at: null })))
    .execute();
}

/** Spends a recovery code; false when it is unknown or spent already. */
export async function spendRecoveryCode(db: Kysely<DB>, userId: string, hash: string, now: Date) {
  const result = await db
    .updateTable('mfa_recovery_codes')
    .set({ used_at: now })
    .where('user_id', '=', userId)
    .where('code_hash', '=', hash)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function countRecoveryCodesLeft(db: Kysely<DB>, userId: string): Promise<number> {
  const row = await db
    .selectFrom('mfa_recovery_codes')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

const MFA_POLICY = 'mfa_required_roles';

export async function findMfaRequiredRoles(db: Kysely<DB>): Promise<Role[]> {
  const row = await db
    .selectFrom('account_settings')
    .select('value')
    .where('name', '=', MFA_POLICY)
    .executeTakeFirst();
  return (row?.value ?? []).filter((r): r is Role => (roles as readonly string[]).includes(r));
}

export async function saveMfaRequiredRoles(db: Kysely<DB>, roles: Role[], by: string, now: Date) {
  const value = JSON.stringify(roles);
  await db
    .insertInto('account_settings')
    .values({ name: MFA_POLICY, value, updated_at: now, updated_by: by })
    .onConflict((oc) => oc.column('name').doUpdateSet({ value, updated_at: now, updated_by: by }))
    .execute();
}

/** How many TOTP secrets each master key seals (`null`: legacy plaintext awaiting sealing). */
export function countTotpSecretsByKey(db: Kysely<DB>) {
  return db
    .selectFrom('user_mfa')
    .select(['totp_key_id', (eb) => eb.fn.countAll<string>().as('count')])
    .groupBy('totp_key_id')
    .orderBy('totp_key_id')
    .execute();
}

/** The next batch of TOTP secrets not sealed under `currentId` (legacy ones too), locked; others' locks skipped. */
export function lockTotpSecretsToReseal(db: Kysely<DB>, currentId: string, limit: number) {
  return db
    .selectFrom('user_mfa')
    .select(['user_id', 'totp_secret', 'totp_key_id'])
    .where((eb) => eb.or([eb('totp_key_id', 'is', null), eb('totp_key_id', '<>', currentId)]))
    .orderBy('user_id')
    .limit(limit)
    .forUpdate()
    .skipLocked()
    .execute();
}

/** Replaces a TOTP secret's sealed form, only if it is still under the key it was read under. */
export async function updateSealedTotpSecret(
  db: Kysely<DB>,
  row: { userId: string; fromKeyId: string | null; keyId: string; sealed: Buffer },
): Promise<void> {
  await db
    .updateTable('user_mfa')
    .set({ totp_secret: row.sealed, totp_key_id: row.keyId })
    .where('user_id', '=', row.userId)
    .where((eb) =>
      row.fromKeyId === null ? eb('totp_key_id', 'is', null) : eb('totp_key_id', '=', row.fromKeyId),
    )
    .execute();
}
