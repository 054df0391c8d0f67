import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import { caseCipher, cipherOfKeyRow, existingCaseCipher, type CaseCipher } from './case-cipher';
import { isLegacyPlaintext, legacyText, type FieldPlace } from './envelope';
import { processKeyring } from './process-keyring';

/**
 * The small API repositories use for sensitive text columns (`bytea`): seal on write, open on read,
 * under the case's data key with the value's place as AAD, so services and presenters see plaintext.
 */
export interface FieldReader {
  open(place: FieldPlace, stored: Buffer): string;
}

/** A reader of one case's sealed fields; the data key is unwrapped once (reads never make one). */
export async function fieldReader(db: Kysely<DB>, caseId: string): Promise<FieldReader> {
  return readerOver(await existingCaseCipher(db, processKeyring(), caseId));
}

function readerOver(cipher: CaseCipher | null): FieldReader {
  return {
    open(place, stored) {
      if (isLegacyPlaintext(stored)) return legacyText(stored);
      if (!cipher) throw new Error('The data key of the case has been destroyed: its encrypted data is gone');
      return cipher.openText(place, stored);
    },
  };
}

/**
 * A reader of one case's sealed fields from the case's `data_keys` row that the caller's query joined
 * (`keyRow` null or its columns null: no key). Saves the round trip of `fieldReader`.
 */
export function fieldReaderOfKeyRow(
  caseId: string,
  keyRow: { master_key_id: string | null; wrapped_key: Buffer | null } | null | undefined,
): FieldReader {
  return readerOver(cipherOfKeyRow(processKeyring(), caseId, keyRow));
}

/** A writer of one case's sealed fields (makes the case's data key at first need). */
export function fieldWriter(db: Kysely<DB>, caseId: string): Promise<CaseCipher> {
  return caseCipher(db, processKeyring(), caseId);
}
