/**
 * Identity resolution's matching engine: no database, no I/O. The interface below is what the rest
 * of Refugio uses (registration-time candidates, `refugio dedup`, the review queue).
 *
 * Normalisation for the region's names (normalise-name.ts, given-name-variants.ts, phonetic-key.ts),
 * comparison per field (levels.ts, compare-dates.ts, documents.ts, phones.ts), blocking
 * (blocking.ts) and a Fellegi–Sunter score (model.ts, term-frequency.ts, find-pairs.ts).
 */
import { blockingKeyStrings } from './blocking';
import { findPairsInTable, type FindPairsOptions } from './find-pairs';
import { compareRows, FIELDS, LEVELS } from './levels';
import { NameLexicon } from './lexicon';
import { DEFAULT_MODEL, modelWeights, priorBits } from './model';
import { surnameParts } from './normalise-name';
import type { FieldComparison, MatchPair, MatchResult, PersonRecord } from './person-record';
import { PersonTable } from './person-table';
import { phoneticKey } from './phonetic-key';
import { canonicalGivenName } from './given-name-variants';

export type { FieldComparison, MatchPair, MatchResult, PersonRecord } from './person-record';
export type { FindPairsOptions } from './find-pairs';
export { findPairsInTable } from './find-pairs';
export { PersonTable } from './person-table';
export { NameLexicon } from './lexicon';
export { foldName, nameTokens, surnameParts } from './normalise-name';
export { phoneticKey } from './phonetic-key';
export { canonicalGivenName } from './given-name-variants';
export { normaliseDocument } from './documents';
export { normalisePhone } from './phones';
export { parseBirthDate } from './compare-dates';

/** A record normalised once for many comparisons. Opaque to callers. */
export interface PreparedPerson {
  record: PersonRecord;
  readonly table: PersonTable;
  readonly row: number;
}

/**
 * The version of the blocking-key scheme: keys stored in the database under another version are
 * recomputed (the register is re-indexed) before candidate search trusts them.
 */
export const MATCH_KEYS_VERSION = 'es-phonetic-2';

/** The default threshold of `score` for "same person". */
export const DEFAULT_THRESHOLD = 0.9;

/** Weight of a pair involving an empty record (no name, date, document or phone): never a match. */
const EMPTY_WEIGHT = -64;

// Prepared people share a lexicon so that their tokens compare as integers; it is replaced when it
// has grown large (people prepared before are then re-prepared on comparison).
const LEXICON_LIMIT = 500_000;
let lexicon = new NameLexicon();

export function prepare(record: PersonRecord): PreparedPerson {
  if (lexicon.entries > LEXICON_LIMIT) lexicon = new NameLexicon();
  return prepareIn(lexicon, record);
}

function prepareIn(target: NameLexicon, record: PersonRecord): PreparedPerson {
  const table = new PersonTable(target, 1);
  return { record, table, row: table.add(record) };
}

/**
 * The keys under which a person is filed for candidate search: two people who may be the same share
 * at least one key. Strings of at most 64 characters, stable across versions of the data (stored in
 * the database: a change of key scheme needs a re-index).
 */
export function blockingKeys(person: PreparedPerson): string[] {
  return blockingKeyStrings(person.table, person.row);
}

const DEFAULT_WEIGHTS = modelWeights(DEFAULT_MODEL);
const DEFAULT_PRIOR_BITS = priorBits(DEFAULT_MODEL);

/**
 * Compares two prepared people with the default model: symmetric; a record compared with itself
 * scores highest; agreement on one more field never lowers the score. A record with nothing to
 * compare (no name, date, document or phone) matches nobody, itself included.
 */
export function compare(a: PreparedPerson, b: PreparedPerson): MatchResult {
  const other = a.table.lexicon === b.table.lexicon ? b : prepareIn(a.table.lexicon, b.record);
  const levels = new Int32Array(FIELDS.length);
  compareRows(a.table, a.row, other.table, other.row, levels);
  const fields: FieldComparison[] = FIELDS.map((field, f) => {
    const level = levels[f]!;
    return level < 0
      ? { field, level: 'missing', weight: 0 }
      : { field, level: LEVELS[f]![level]!, weight: round(DEFAULT_WEIGHTS[f]![level]!) };
  });
  if (a.table.isEmpty(a.row) || other.table.isEmpty(other.row))
    return { score: 0, weight: EMPTY_WEIGHT, fields };
  const weight = fields.reduce((sum, field) => sum + field.weight, DEFAULT_PRIOR_BITS);
  return { score: 1 / (1 + 2 ** -weight), weight: round(weight), fields };
}

function round(bits: number): number {
  return Math.round(bits * 1000) / 1000;
}

/** Normalised surname keys of a person (accents, particles, phonetic), for family-link proposals. */
export function surnameKeys(record: PersonRecord): string[] {
  const { own, married } = surnameParts(record.firstSurname, record.secondSurname);
  return [
    ...new Set([...own, ...married].map((token) => `s:${phoneticKey(canonicalGivenName(token))}`)),
  ].filter((key) => key.length > 2);
}

/** Every pair of records judged the same person, each once with idA < idB. */
export async function findDuplicatePairs(
  records: PersonRecord[],
  options: FindPairsOptions = {},
): Promise<MatchPair[]> {
  const table = new PersonTable(new NameLexicon(), Math.max(16, records.length));
  for (const record of records) table.add(record);
  const { pairs } = await findPairsInTable(table, { threshold: DEFAULT_THRESHOLD, ...options });
  return pairs;
}
