import { open, seal } from './envelope';
import { keyById, type Keyring } from './master-key';
import { MissingMasterKeyError } from './case-cipher';
import { isLegacyPlaintext, legacyText } from './envelope';

/**
 * Secrets of a user account (the TOTP secret): not case data, so sealed directly under a master key,
 * bound by the AAD to the user and the kind of secret (a secret copied to another user's row fails to
 * open). The row records the master key's fingerprint, so `refugio keys rotate` re-seals what is
 * under an old key, and the start-up check refuses a keyring that lacks it.
 */
export type UserSecretKind = 'totp';

const userSecretAad = (kind: UserSecretKind, userId: string): Buffer =>
  Buffer.from(`refugio/user-secret/v1\u0000${kind}\u0000${userId}`, 'utf8');

export interface SealedUserSecret {
  keyId: string;
  sealed: Buffer;
}

/** Seals a user's secret under the keyring's current master key. */
export function sealUserSecret(
  keyring: Keyring,
  kind: UserSecretKind,
  userId: string,
  secret: string,
): SealedUserSecret {
  return {
    keyId: keyring.current.id,
    sealed: seal(keyring.current.key, Buffer.from(secret, 'utf8'), userSecretAad(kind, userId)),
  };
}

/**
 * Opens a user's secret; `keyId` null means legacy plaintext (carried over by the migration, sealed at
 * the next start). A secret under a master key the keyring lacks throws `MissingMasterKeyError`.
 */
export function openUserSecret(
  keyring: Keyring,
  kind: UserSecretKind,
  userId: string,
  keyId: string | null,
  stored: Buffer,
): string {
  if (keyId === null) {
    if (!isLegacyPlaintext(stored)) throw new Error('A sealed user secret names no master key');
    return legacyText(stored);
  }
  const master = keyById(keyring, keyId);
  if (!master) throw new MissingMasterKeyError(keyId);
  return open(master.key, stored, userSecretAad(kind, userId)).toString('utf8');
}
