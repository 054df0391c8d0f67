/**
 * Identity resolution's matching engine: no database, no I/O. The interface below is what the rest
 * of Refugio uses (registration-time candidates, `refugio dedup`, the review queue).
 *
 * PLACEHOLDER IMPLEMENTATION: the real engine (normalisation for the region's names, a Spanish
 * phonetic key, blocking, calibrated Fellegi–Sunter scoring) replaces the bodies, not the signatures.
 */
import { normalizeForSearch } from '../../search/normalize';
import type { MatchPair, MatchResult, PersonRecord } from './person-record';

export type { FieldComparison, MatchPair, MatchResult, PersonRecord } from './person-record';

/** A record normalised once for many comparisons. */
export interface PreparedPerson {
  record: PersonRecord;
  /** Opaque to callers. */
  readonly keys: string[];
}

/** The default threshold of `score` for "same person". */
export const DEFAULT_THRESHOLD = 0.9;

export function prepare(record: PersonRecord): PreparedPerson {
  return { record, keys: blockingKeysOf(record) };
}

function blockingKeysOf(record: PersonRecord): string[] {
  const surname = normalizeForSearch(record.firstSurname);
  const given = normalizeForSearch(record.givenNames).split(' ')[0] ?? '';
  return [`n:${given}:${surname}`];
}

/**
 * The keys under which a person is filed for candidate search: two people who may be the same share
 * at least one key. Strings of at most 64 characters, stable across versions of the data (stored in
 * the database: a change of key scheme needs a re-index).
 */
export function blockingKeys(person: PreparedPerson): string[] {
  return person.keys;
}

/** Compares two prepared people: symmetric, and a record compared with itself scores highest. */
export function compare(a: PreparedPerson, b: PreparedPerson): MatchResult {
  const same = a.keys.some((k) => b.keys.includes(k));
  return {
    score: same ? 0.99 : 0.01,
    weight: same ? 7 : -7,
    fields: [{ field: 'surnames', level: same ? 'exact' : 'disagree', weight: same ? 7 : -7 }],
  };
}

/** Normalised surname keys of a person (accents, particles, phonetic), for family-link proposals. */
export function surnameKeys(record: PersonRecord): string[] {
  return [record.firstSurname, record.secondSurname].map(normalizeForSearch).filter(Boolean);
}

export interface FindPairsOptions {
  threshold?: number;
  onProgress?: (progress: { phase: string; done: number; total: number }) => void;
}

/** Every pair of records judged the same person, each once with idA < idB. */
export async function findDuplicatePairs(
  records: PersonRecord[],
  options: FindPairsOptions = {},
): Promise<MatchPair[]> {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const prepared = records.map(prepare);
  const byKey = new Map<string, PreparedPerson[]>();
  for (const p of prepared) for (const k of p.keys) byKey.set(k, [...(byKey.get(k) ?? []), p]);
  const pairs = new Map<string, MatchPair>();
  for (const group of byKey.values())
    for (let i = 0; i < group.length; i++)
      for (let j = i + 1; j < group.length; j++) {
        const result = compare(group[i]!, group[j]!);
        if (result.score < threshold) continue;
        const [idA, idB] = [group[i]!.record.id, group[j]!.record.id].sort();
        pairs.set(`${idA}\u0000${idB}`, { idA: idA!, idB: idB!, score: result.score });
      }
  return [...pairs.values()];
}
