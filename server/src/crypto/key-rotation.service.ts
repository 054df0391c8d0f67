import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import { recordAudit } from '../audit/audit.repository';
import { unwrapDataKey, wrapDataKey } from './case-cipher';
import { countDataKeysByMasterKey, lockDataKeysToRewrap, updateWrappedKey } from './data-key.repository';
import type { Keyring } from './master-key';
import {
  countTotpSecretsByKey,
  lockTotpSecretsToReseal,
  updateSealedTotpSecret,
} from '../auth/mfa.repository';
import { openUserSecret, sealUserSecret } from './user-secret';

export interface RotationResult {
  /** Data keys re-wrapped by this run. */
  rewrapped: number;
  /** Data keys per master key id after the run. */
  byMasterKey: Record<string, number>;
  /** Data keys still wrapped under a key other than the current one (another writer's, made meanwhile). */
  leftUnderOldKeys: number;
  /** TOTP secrets re-sealed by this run (from an old key, or legacy plaintext). */
  resealedSecrets: number;
  /** TOTP secrets still sealed under a key other than the current one, or not sealed yet. */
  secretsLeftUnderOldKeys: number;
}

async function countsByKey(db: Kysely<DB>): Promise<Record<string, number>> {
  const rows = await countDataKeysByMasterKey(db);
  return Object.fromEntries(rows.map((r) => [r.master_key_id, Number(r.count)]));
}

/**
 * Re-wraps every data key under the keyring's current master key, a batch per transaction, so servers
 * keep working throughout (they unwrap with the old or the new key). A run that stops midway leaves
 * whole batches done; the next run takes what is left. Audited as `keys.rotated` with counts.
 */
export async function rotateDataKeys(
  db: Kysely<DB>,
  keyring: Keyring,
  options: { batchSize?: number; onStart?: (total: number) => void; onBatch?: (done: number) => void } = {},
): Promise<RotationResult> {
  const batchSize = options.batchSize ?? 500;
  const before = await countsByKey(db);
  const total = Object.entries(before)
    .filter(([id]) => id !== keyring.current.id)
    .reduce((sum, [, n]) => sum + n, 0);
  options.onStart?.(total);
  let rewrapped = 0;
  for (;;) {
    const done = await db.transaction().execute(async (trx) => {
      const batch = await lockDataKeysToRewrap(trx, keyring.current.id, batchSize);
      for (const row of batch) {
        const dataKey = unwrapDataKey(keyring, row.case_id, row.master_key_id, row.wrapped_key);
        await updateWrappedKey(trx, {
          caseId: row.case_id,
          fromKeyId: row.master_key_id,
          masterKeyId: keyring.current.id,
          wrappedKey: wrapDataKey(keyring, row.case_id, dataKey),
        });
      }
      return batch.length;
    });
    if (done === 0) break;
    rewrapped += done;
    options.onBatch?.(rewrapped);
  }
  const resealedSecrets = await resealTotpSecrets(db, keyring, batchSize);
  const secretsLeftUnderOldKeys = (await countTotpSecretsByKey(db))
    .filter((r) => r.totp_key_id !== keyring.current.id)
    .reduce((sum, r) => sum + Number(r.count), 0);
  const byMasterKey = await countsByKey(db);
  const leftUnderOldKeys = Object.entries(byMasterKey)
    .filter(([id]) => id !== keyring.current.id)
    .reduce((sum, [, n]) => sum + n, 0);
  await recordAudit(db, null, {
    action: 'keys.rotated',
    details: {
      currentKeyId: keyring.current.id,
      rewrapped,
      byMasterKey,
      leftUnderOldKeys,
      resealedSecrets,
      secretsLeftUnderOldKeys,
    },
  });
  return { rewrapped, byMasterKey, leftUnderOldKeys, resealedSecrets, secretsLeftUnderOldKeys };
}

/**
 * Re-seals every TOTP secret not under the current master key (sealed directly under a master key,
 * they have no data key to re-wrap), a batch per transaction; legacy plaintext ones are sealed too.
 */
export async function resealTotpSecrets(db: Kysely<DB>, keyring: Keyring, batchSize = 500): Promise<number> {
  let resealed = 0;
  for (;;) {
    const done = await db.transaction().execute(async (trx) => {
      const batch = await lockTotpSecretsToReseal(trx, keyring.current.id, batchSize);
      for (const row of batch) {
        const secret = openUserSecret(keyring, 'totp', row.user_id, row.totp_key_id, row.totp_secret);
        const sealed = sealUserSecret(keyring, 'totp', row.user_id, secret);
        await updateSealedTotpSecret(trx, {
          userId: row.user_id,
          fromKeyId: row.totp_key_id,
          keyId: sealed.keyId,
          sealed: sealed.sealed,
        });
      }
      return batch.length;
    });
    if (done === 0) return resealed;
    resealed += done;
  }
}
