import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * The binary format of an encrypted value (a `bytea` column, a document on disk):
 *
 *   byte 0      format version: 1 = AES-256-GCM
 *   bytes 1–12  a random 96-bit IV, new for every value
 *   bytes 13–   the ciphertext, then the 16-byte GCM tag
 *
 * Version 0 is a value written before encryption (`0x00` + UTF-8 text): migrations convert plaintext
 * columns to it, and the start-up step seals it (as it does any value not starting with 0x01). The additional authenticated data (AAD) binds a
 * ciphertext to its place, so a value copied to another row, column or case fails to open.
 */
export const SEALED_V1 = 1;
export const LEGACY_PLAINTEXT = 0;
const IV_BYTES = 12;
const TAG_BYTES = 16;
export const KEY_BYTES = 32;

/** A value that cannot be opened: wrong key, altered bytes, or moved from its place. Never says more. */
export class SealedValueError extends Error {
  constructor(message = 'An encrypted value could not be opened (wrong key, altered, or moved)') {
    super(message);
    this.name = 'SealedValueError';
  }
}

/** Encrypts with AES-256-GCM under `key`, bound to `aad`. */
export function seal(key: Buffer, plaintext: Buffer, aad: Buffer): Buffer {
  if (key.length !== KEY_BYTES) throw new Error('AES-256-GCM needs a 32-byte key');
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(aad);
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([Buffer.of(SEALED_V1), iv, body, cipher.getAuthTag()]);
}

/** Decrypts a version-1 value; any tampering, wrong key or wrong place throws `SealedValueError`. */
export function open(key: Buffer, sealed: Buffer, aad: Buffer): Buffer {
  if (sealed.length < 1 + IV_BYTES + TAG_BYTES || sealed[0] !== SEALED_V1) throw new SealedValueError();
  const iv = sealed.subarray(1, 1 + IV_BYTES);
  const tag = sealed.subarray(sealed.length - TAG_BYTES);
  const body = sealed.subarray(1 + IV_BYTES, sealed.length - TAG_BYTES);
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(aad);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(body), decipher.final()]);
  } catch {
    throw new SealedValueError();
  }
}

/**
 * Whether a stored value is still plaintext awaiting sealing: what a migration carried over (`0x00` +
 * UTF-8) or text written by SQL outside the application (test fixtures). UTF-8 text never starts with
 * the byte 0x01 of a sealed value unless it starts with a control character the contract refuses.
 */
export const isLegacyPlaintext = (stored: Buffer): boolean => stored.length === 0 || stored[0] !== SEALED_V1;

/** The text of a legacy plaintext value (the migration's `0x00` marker dropped). */
export const legacyText = (stored: Buffer): string =>
  (stored[0] === LEGACY_PLAINTEXT ? stored.subarray(1) : stored).toString('utf8');

/** Where a sealed field lives: its AAD. */
export interface FieldPlace {
  table: string;
  column: string;
  rowId: string;
}

export const fieldAad = (place: FieldPlace): Buffer =>
  Buffer.from(`refugio/field/v1\u0000${place.table}\u0000${place.column}\u0000${place.rowId}`, 'utf8');

export const dataKeyAad = (caseId: string): Buffer =>
  Buffer.from(`refugio/data-key/v1\u0000${caseId}`, 'utf8');

export const documentAad = (attachmentId: string): Buffer =>
  Buffer.from(`refugio/document/v1\u0000${attachmentId}`, 'utf8');

/**
 * What a sealed column accepts: a sealed `Buffer` (the repositories always write one) or, for SQL
 * outside the application (test fixtures), a plain string, stored as plaintext and sealed at the next
 * start by `legacy-sealing.ts`.
 */
export type SealedInput = Buffer | string;
