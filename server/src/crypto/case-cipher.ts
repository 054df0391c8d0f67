import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import { dataKeyAad, fieldAad, isLegacyPlaintext, legacyText, open, seal, type FieldPlace } from './envelope';
import { keyById, type Keyring } from './master-key';
import { deleteDataKey, findDataKey, insertDataKey } from './data-key.repository';
import { KEY_BYTES } from './envelope';

/** The case's data key unwrapped, for sealing and opening that case's fields and documents. */
export interface CaseCipher {
  caseId: string;
  sealText(place: FieldPlace, plaintext: string): Buffer;
  openText(place: FieldPlace, stored: Buffer): string;
  sealBytes(aad: Buffer, plaintext: Buffer): Buffer;
  openBytes(aad: Buffer, sealed: Buffer): Buffer;
}

/** A data key could not be unwrapped: the master key that wraps it is not loaded. */
export class MissingMasterKeyError extends Error {
  constructor(readonly masterKeyId: string) {
    super(
      `A data key is wrapped under master key ${masterKeyId}, which is not loaded: add it to REFUGIO_MASTER_KEY_FILE`,
    );
    this.name = 'MissingMasterKeyError';
  }
}

export function wrapDataKey(keyring: Keyring, caseId: string, dataKey: Buffer): Buffer {
  return seal(keyring.current.key, dataKey, dataKeyAad(caseId));
}

export function unwrapDataKey(
  keyring: Keyring,
  caseId: string,
  masterKeyId: string,
  wrapped: Buffer,
): Buffer {
  const master = keyById(keyring, masterKeyId);
  if (!master) throw new MissingMasterKeyError(masterKeyId);
  return open(master.key, wrapped, dataKeyAad(caseId));
}

function cipherOf(caseId: string, dataKey: Buffer): CaseCipher {
  return {
    caseId,
    sealText: (place, plaintext) => seal(dataKey, Buffer.from(plaintext, 'utf8'), fieldAad(place)),
    openText: (place, stored) =>
      isLegacyPlaintext(stored)
        ? legacyText(stored)
        : open(dataKey, stored, fieldAad(place)).toString('utf8'),
    sealBytes: (aad, plaintext) => seal(dataKey, plaintext, aad),
    openBytes: (aad, sealed) => open(dataKey, sealed, aad),
  };
}

/**
 * The cipher of a case, making its data key at first need (32 random bytes, wrapped under the current
 * master key). Runs in the caller's transaction; two writers racing for a new case's key agree on one.
 */
export async function caseCipher(db: Kysely<DB>, keyring: Keyring, caseId: string): Promise<CaseCipher> {
  const existing = await findDataKey(db, caseId);
  if (existing) {
    return cipherOf(caseId, unwrapDataKey(keyring, caseId, existing.master_key_id, existing.wrapped_key));
  }
  const dataKey = randomBytes(KEY_BYTES);
  const inserted = await insertDataKey(db, {
    caseId,
    masterKeyId: keyring.current.id,
    wrappedKey: wrapDataKey(keyring, caseId, dataKey),
  });
  if (inserted) return cipherOf(caseId, dataKey);
  const winner = await findDataKey(db, caseId);
  if (!winner) throw new Error('The data key of the case vanished while it was being made');
  return cipherOf(caseId, unwrapDataKey(keyring, caseId, winner.master_key_id, winner.wrapped_key));
}

/**
 * A data key for a case being created in this transaction, not yet stored: the caller inserts `row`
 * into `data_keys` in the same statement as the case (registration makes no extra round trip).
 */
export function newCaseKey(
  keyring: Keyring,
  caseId: string,
): { cipher: CaseCipher; row: { case_id: string; master_key_id: string; wrapped_key: Buffer } } {
  const dataKey = randomBytes(KEY_BYTES);
  return {
    cipher: cipherOf(caseId, dataKey),
    row: {
      case_id: caseId,
      master_key_id: keyring.current.id,
      wrapped_key: wrapDataKey(keyring, caseId, dataKey),
    },
  };
}

/**
 * The cipher of a case from its data key row read by the caller (joined into its own query, so a read
 * makes no extra round trip); `null` when the case has no key.
 */
export function cipherOfKeyRow(
  keyring: Keyring,
  caseId: string,
  row: { master_key_id: string | null; wrapped_key: Buffer | null } | null | undefined,
): CaseCipher | null {
  if (!row?.master_key_id || !row.wrapped_key) return null;
  return cipherOf(caseId, unwrapDataKey(keyring, caseId, row.master_key_id, row.wrapped_key));
}

/**
 * The cipher of a case only if its data key exists (reads never make a key). A case whose key was
 * destroyed has nothing readable left: callers get `null`.
 */
export async function existingCaseCipher(
  db: Kysely<DB>,
  keyring: Keyring,
  caseId: string,
): Promise<CaseCipher | null> {
  const existing = await findDataKey(db, caseId);
  if (!existing) return null;
  return cipherOf(caseId, unwrapDataKey(keyring, caseId, existing.master_key_id, existing.wrapped_key));
}

/** Seals one text field of a case at its place (table, column, row id). */
export async function sealField(
  db: Kysely<DB>,
  keyring: Keyring,
  caseId: string,
  place: FieldPlace,
  plaintext: string,
): Promise<Buffer> {
  return (await caseCipher(db, keyring, caseId)).sealText(place, plaintext);
}

/** Opens one sealed text field of a case; a legacy (not yet sealed) value is read as it is. */
export async function openField(
  db: Kysely<DB>,
  keyring: Keyring,
  caseId: string,
  place: FieldPlace,
  stored: Buffer,
): Promise<string> {
  if (isLegacyPlaintext(stored)) return legacyText(stored);
  const cipher = await existingCaseCipher(db, keyring, caseId);
  if (!cipher) throw new Error('The data key of the case has been destroyed: its encrypted data is gone');
  return cipher.openText(place, stored);
}

/**
 * Crypto-shredding: deletes the case's data key, so every field and document sealed under it can
 * never be opened again (retention and disposal). Runs in the caller's transaction; answers whether a
 * key existed.
 */
export function destroyDataKey(db: Kysely<DB>, caseId: string): Promise<boolean> {
  return deleteDataKey(db, caseId);
}
