import {
  DOCUMENT_SLOTS,
  GIVEN_SLOTS,
  NONE,
  PHONE_SLOTS,
  SURNAME_SLOTS,
  type PersonTable,
} from './person-table';

/**
 * Blocking: passes of selective keys, each person filed under up to two keys per pass; only people
 * who share a key are compared. Each pass catches what the others miss:
 * - document: the same normalised document number;
 * - phone: the same E.164 number;
 * - name: given name's sound + one surname's sound (either surname, so swapped surnames meet);
 * - surname+year: one surname's sound + year of birth (catches misheard and changed given names);
 * - given+date: one given name's sound + date of birth, day and month in either order (catches
 *   changed and married surnames);
 * - crosswise: the sounds of the first given name and first surname in either order (catches a
 *   given name and surname written the other way round; pairs met by the name pass are skipped).
 * Keys are 32-bit hashes (0 = no key); a collision only adds a candidate pair.
 */
export interface BlockingPass {
  name: string;
  /** The key of a row in slot 0 or 1, 0 for none. */
  key(t: PersonTable, row: number, slot: number): number;
  /** Orders the members of an oversized block so that the likeliest pairs are neighbours. */
  order(t: PersonTable, row: number): number;
}

/** Blocks up to this size compare every pair; larger ones compare each member with its next WINDOW. */
export const MAX_BLOCK = 100;
export const WINDOW = 10;

function mix(pass: number, a: number, b: number): number {
  let h = Math.imul(pass + 0x9e3779b1, 0x85ebca6b) ^ a;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d) ^ Math.imul(b, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  h ^= h >>> 16;
  return h >>> 0 || 1;
}

function sound(t: PersonTable, token: number): number {
  return token === NONE ? NONE : t.lexicon.phonetic[token]!;
}

/** The date with day and month in a fixed order, so a swapped pair shares it. */
function unorderedDate(date: number): number {
  const year = (date / 10000) | 0;
  const month = ((date / 100) | 0) % 100;
  const day = date % 100;
  return day <= 12 && day < month ? year * 10000 + day * 100 + month : date;
}

export const PASSES: readonly BlockingPass[] = [
  {
    name: 'document',
    key: (t, row, slot) => {
      const document = slot < DOCUMENT_SLOTS ? t.document[row * DOCUMENT_SLOTS + slot]! : NONE;
      return document === NONE ? 0 : mix(1, document, 0);
    },
    order: (t, row) => t.birth[row]!,
  },
  {
    name: 'phone',
    key: (t, row, slot) => {
      const phone = slot < PHONE_SLOTS ? t.phone[row * PHONE_SLOTS + slot]! : NONE;
      return phone === NONE ? 0 : mix(2, phone, 0);
    },
    order: (t, row) => t.birth[row]!,
  },
  {
    name: 'name',
    key: (t, row, slot) => {
      const given = sound(t, t.given[row * GIVEN_SLOTS]!);
      const surname = sound(t, t.surname[row * SURNAME_SLOTS + slot]!);
      return given === NONE || surname === NONE ? 0 : mix(3, given, surname);
    },
    order: (t, row) => t.birth[row]!,
  },
  {
    name: 'surname+year',
    key: (t, row, slot) => {
      const surname = sound(t, t.surname[row * SURNAME_SLOTS + slot]!);
      const birth = t.birth[row]!;
      return surname === NONE || birth === 0 ? 0 : mix(4, surname, (birth / 10000) | 0);
    },
    order: (t, row) => (sound(t, t.given[row * GIVEN_SLOTS]!) + 1) * 4096 + (t.birth[row]! % 10000),
  },
  {
    name: 'given+date',
    key: (t, row, slot) => {
      const given = sound(t, t.given[row * GIVEN_SLOTS + slot]!);
      const birth = t.birth[row]!;
      return given === NONE || birth === 0 ? 0 : mix(5, given, unorderedDate(birth));
    },
    order: (t, row) => sound(t, t.surname[row * SURNAME_SLOTS]!) + 1,
  },
  {
    name: 'crosswise',
    key: (t, row, slot) => {
      if (slot > 0) return 0;
      const given = sound(t, t.given[row * GIVEN_SLOTS]!);
      const surname = sound(t, t.surname[row * SURNAME_SLOTS]!);
      if (given === NONE || surname === NONE) return 0;
      return given < surname ? mix(6, given, surname) : mix(6, surname, given);
    },
    order: (t, row) => t.birth[row]!,
  },
];

export const KEY_SLOTS = 2;

/**
 * The rows of a table filed per pass: `entries` sorted by key (key · 2^rowBits + row · 2 + slot),
 * `keys` and `sizes` by row · 2 + slot (the key and the size of its block, to tell whether a pair
 * was already compared under an earlier key).
 */
export interface PassIndex {
  entries: Float64Array;
  keys: Uint32Array;
  sizes: Uint32Array;
  /** Pairs this pass will visit (before removing those already compared). */
  pairs: number;
}

export function indexPass(
  t: PersonTable,
  pass: BlockingPass,
  passNumber: number,
  rowBits: number,
): PassIndex {
  const n = t.size;
  const keys = new Uint32Array(n * KEY_SLOTS);
  const sizes = new Uint32Array(n * KEY_SLOTS);
  const keyBits = 53 - rowBits;
  const shift = keyBits >= 32 ? 0 : 32 - keyBits;
  let count = 0;
  for (let row = 0; row < n; row++)
    for (let slot = 0; slot < KEY_SLOTS; slot++) {
      let key = pass.key(t, row, slot);
      if (key !== 0) {
        key = key >>> shift || 1;
        if (slot === 1 && key === keys[row * KEY_SLOTS]) continue;
        keys[row * KEY_SLOTS + slot] = key;
        count++;
      }
    }
  void passNumber;
  const entries = new Float64Array(count);
  const scale = 2 ** rowBits;
  let at = 0;
  for (let e = 0; e < n * KEY_SLOTS; e++) if (keys[e] !== 0) entries[at++] = keys[e]! * scale + e;
  entries.sort();
  let pairs = 0;
  let start = 0;
  while (start < count) {
    const key = Math.floor(entries[start]! / scale);
    let end = start + 1;
    while (end < count && Math.floor(entries[end]! / scale) === key) end++;
    const size = end - start;
    for (let e = start; e < end; e++) sizes[entries[e]! % scale] = size;
    pairs += size <= MAX_BLOCK ? (size * (size - 1)) / 2 : size * WINDOW;
    start = end;
  }
  return { entries, keys, sizes, pairs };
}

/**
 * The blocking keys of a row as strings for the database (registration-time candidate search): the
 * same passes as above, each key at most 64 characters.
 */
export function blockingKeyStrings(t: PersonTable, row: number): string[] {
  const keys = new Set<string>();
  const lexicon = t.lexicon;
  const soundText = (token: number) =>
    token === NONE ? '' : lexicon.phoneticText[lexicon.phonetic[token]!]!.slice(0, 20);
  for (let slot = 0; slot < DOCUMENT_SLOTS; slot++) {
    const document = t.document[row * DOCUMENT_SLOTS + slot]!;
    if (document !== NONE) keys.add(`doc:${lexicon.documentText[document]!.slice(0, 40)}`);
  }
  for (let slot = 0; slot < PHONE_SLOTS; slot++) {
    const phone = t.phone[row * PHONE_SLOTS + slot]!;
    if (phone !== NONE) keys.add(`tel:${lexicon.phoneText[phone]!}`);
  }
  const birth = t.birth[row]!;
  const given = soundText(t.given[row * GIVEN_SLOTS]!);
  for (let slot = 0; slot < KEY_SLOTS; slot++) {
    const surname = soundText(t.surname[row * SURNAME_SLOTS + slot]!);
    if (given && surname) keys.add(`n:${given}:${surname}`);
    if (surname && birth > 0) keys.add(`y:${surname}:${(birth / 10000) | 0}`);
    const givenSlot = soundText(t.given[row * GIVEN_SLOTS + slot]!);
    if (givenSlot && birth > 0) keys.add(`d:${givenSlot}:${unorderedDate(birth)}`);
  }
  const surname = soundText(t.surname[row * SURNAME_SLOTS]!);
  if (given && surname) keys.add(given < surname ? `x:${given}:${surname}` : `x:${surname}:${given}`);
  return [...keys];
}
