import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import { caseCipher, existingCaseCipher, type CaseCipher } from './case-cipher';
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
  const cipher = await existingCaseCipher(db, processKeyring(), caseId);
  return {
    open(place, stored) {
      if (isLegacyPlaintext(stored)) return legacyText(stored);
      if (!cipher) throw new Error('The data key of the case has been destroyed: its encrypted data is gone');
      return cipher.openText(place, stored);
    },
  };
}

/** A writer of one case's sealed fields (makes the case's data key at first need). */
export function fieldWriter(db: Kysely<DB>, caseId: string): Promise<CaseCipher> {
  return caseCipher(db, processKeyring(), caseId);
}
