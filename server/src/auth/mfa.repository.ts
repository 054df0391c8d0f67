import type { Kysely } from 'kysely';
import { roles, type Role } from '@refugio/contract';
import type { DB } from '../db/schema';

export function findMfa(db: Kysely<DB>, userId: string) {
  return db
    .selectFrom('user_mfa')
    .select(['totp_secret', 'confirmed_at', 'last_time_step'])
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

/** A new, unconfirmed enrolment (replacing an earlier unconfirmed one). */
export async function saveUnconfirmedMfa(db: Kysely<DB>, userId: string, secret: string, now: Date) {
  await db.deleteFrom('user_mfa').where('user_id', '=', userId).where('confirmed_at', 'is', null).execute();
  // TODO(lead, issue 5 encryption): store `secret` sealed with server/src/crypto once it exists
  // (encrypt here, decrypt in findMfa's callers); until then it is kept in this column alone.
  await db
    .insertInto('user_mfa')
    .values({
      user_id: userId,
      totp_secret: secret,
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
