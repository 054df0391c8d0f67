import { DATE_LEVELS, dateLevel } from './compare-dates';
import { withinEdits } from './edit-distance';
import type { FieldComparison } from './person-record';
import {
  DOCUMENT_SLOTS,
  GIVEN_SLOTS,
  NONE,
  PHONE_SLOTS,
  SURNAME_SLOTS,
  type PersonTable,
} from './person-table';

/** The compared fields, in the order of the model's tables and of the pattern code. */
export const FIELDS = [
  'given_names',
  'surnames',
  'birth_date',
  'sex',
  'nationality',
  'country_of_birth',
  'document',
  'phone',
] as const satisfies readonly FieldComparison['field'][];

export const GIVEN_LEVELS = ['exact', 'variant', 'subset', 'one_shared', 'typo', 'disagree'] as const;
export const SURNAME_LEVELS = [
  'exact',
  'phonetic',
  'swapped',
  'typo',
  'second_missing',
  'first_only',
  'one_shared',
  'disagree',
] as const;
const AGREE = ['agree', 'disagree'] as const;
export const DOCUMENT_LEVELS = ['exact', 'typo', 'disagree'] as const;

/** Agreement levels of each field, best first; the last is "disagree". */
export const LEVELS: readonly (readonly string[])[] = [
  GIVEN_LEVELS,
  SURNAME_LEVELS,
  DATE_LEVELS,
  AGREE,
  AGREE,
  AGREE,
  DOCUMENT_LEVELS,
  AGREE,
];

/** Radix of each field in a pattern code: its levels plus "missing" (0). */
const RADIX = LEVELS.map((levels) => levels.length + 1);
export const PATTERN_COUNT = RADIX.reduce((a, b) => a * b, 1);

/** Decodes a pattern code into level indexes (-1 = missing). */
export function decodePattern(code: number, into: Int32Array): void {
  let rest = code;
  for (let f = RADIX.length - 1; f >= 0; f--) {
    into[f] = (rest % RADIX[f]!) - 1;
    rest = Math.floor(rest / RADIX[f]!);
  }
}

/** Encodes level indexes (-1 = missing) into one integer. */
export function encodePattern(levels: ArrayLike<number>): number {
  let code = 0;
  for (let f = 0; f < RADIX.length; f++) code = code * RADIX[f]! + (levels[f]! + 1);
  return code;
}

// Token similarity of two interned tokens: 3 same, 2 same sound (or variant), 1 typo, 0 different.
function similarity(t: PersonTable, a: number, b: number): number {
  if (a === b) return 3;
  const lexicon = t.lexicon;
  if (lexicon.phonetic[a] === lexicon.phonetic[b]) return 2;
  return lexicon.typo(a, b) ? 1 : 0;
}

export function givenLevel(ta: PersonTable, i: number, tb: PersonTable, j: number): number {
  const ga = ta.given;
  const gb = tb.given;
  const ai = i * GIVEN_SLOTS;
  const bj = j * GIVEN_SLOTS;
  if (ga[ai] === NONE || gb[bj] === NONE) return -1;
  let na = 1;
  while (na < GIVEN_SLOTS && ga[ai + na] !== NONE) na++;
  let nb = 1;
  while (nb < GIVEN_SLOTS && gb[bj + nb] !== NONE) nb++;
  if (na === nb) {
    // Position by position: the weakest agreement decides (exact, same sound or variant, typo).
    let weakest = 3;
    for (let k = 0; k < na && weakest > 0; k++)
      weakest = Math.min(weakest, similarity(ta, ga[ai + k]!, gb[bj + k]!));
    if (weakest === 3) return 0;
    if (weakest === 2) return 1;
    if (na === 2 && similarity(ta, ga[ai]!, gb[bj + 1]!) >= 2 && similarity(ta, ga[ai + 1]!, gb[bj]!) >= 2)
      return 1;
    if (weakest === 1) return 4;
  }
  // Tokens of each side sounding like some token of the other (symmetric: the smaller count).
  const phonetic = ta.lexicon.phonetic;
  let sharedA = 0;
  for (let x = 0; x < na; x++)
    for (let y = 0; y < nb; y++)
      if (phonetic[ga[ai + x]!] === phonetic[gb[bj + y]!]) {
        sharedA++;
        break;
      }
  let sharedB = 0;
  for (let y = 0; y < nb; y++)
    for (let x = 0; x < na; x++)
      if (phonetic[ga[ai + x]!] === phonetic[gb[bj + y]!]) {
        sharedB++;
        break;
      }
  const shared = Math.min(sharedA, sharedB);
  if (shared > 0 && shared === Math.min(na, nb) && na !== nb) return 2;
  if (shared > 0) return 3;
  if (na !== nb && ta.lexicon.typo(ga[ai]!, gb[bj]!)) return 4;
  return 5;
}

export function surnameLevel(ta: PersonTable, i: number, tb: PersonTable, j: number): number {
  const sa = ta.surname;
  const sb = tb.surname;
  const a1 = sa[i * SURNAME_SLOTS]!;
  const b1 = sb[j * SURNAME_SLOTS]!;
  if (a1 === NONE || b1 === NONE) return -1;
  const a2 = sa[i * SURNAME_SLOTS + 1]!;
  const b2 = sb[j * SURNAME_SLOTS + 1]!;
  const first = similarity(ta, a1, b1);
  if (a2 !== NONE && b2 !== NONE) {
    const second = similarity(ta, a2, b2);
    const straight = Math.min(first, second);
    if (straight === 3) return 0;
    if (straight === 2) return 1;
    const swapped = Math.min(similarity(ta, a1, b2), similarity(ta, a2, b1));
    if (swapped >= 2) return 2;
    if (straight === 1 || swapped === 1) return 3;
    if (first >= 2) return 5;
  } else if (a2 === NONE && b2 === NONE) {
    if (first === 3) return 0;
    if (first === 2) return 1;
    if (first === 1) return 3;
  } else {
    if (first >= 2) return 4;
    if (first === 1) return 3;
  }
  // Any surname in common, in any position, the married names included.
  for (let x = 0; x < SURNAME_SLOTS; x++) {
    const a = sa[i * SURNAME_SLOTS + x]!;
    if (a === NONE) continue;
    for (let y = 0; y < SURNAME_SLOTS; y++) {
      const b = sb[j * SURNAME_SLOTS + y]!;
      if (b !== NONE && (x > 0 || y > 0) && similarity(ta, a, b) >= 2) return 6;
    }
  }
  return 7;
}

/**
 * Given name and surname written the other way round ("Dorvil | Peterson" / "Peterson | Dorvil"):
 * each side's first given name sounds like the other's first surname. Counted as given names that
 * vary and surnames that share one name: the names agree, but only in the wrong places, which is
 * weak evidence for common names ("Jean | Pierre" / "Pierre | Jean" are often two people), so such
 * a pair needs a date of birth, a document or a phone to be judged the same person.
 */
function crosswise(ta: PersonTable, i: number, tb: PersonTable, j: number): boolean {
  const ga = ta.given[i * GIVEN_SLOTS]!;
  const gb = tb.given[j * GIVEN_SLOTS]!;
  const sa = ta.surname[i * SURNAME_SLOTS]!;
  const sb = tb.surname[j * SURNAME_SLOTS]!;
  if (ga === NONE || gb === NONE || sa === NONE || sb === NONE) return false;
  return similarity(ta, ga, sb) >= 2 && similarity(ta, gb, sa) >= 2;
}

/**
 * A middle name typed as the first surname: "John Stephen | Appiah" / "John | Stephen Appiah". Row i
 * has more given names than row j; j's given names are i's first ones, the next given name of i
 * sounds like j's first surname and i's first surname like j's second. Counted as given names that
 * vary and a second surname missing: every name agrees, one of them in the wrong field.
 */
function middleAsSurname(ta: PersonTable, i: number, tb: PersonTable, j: number): boolean {
  const ga = ta.given;
  const gb = tb.given;
  let nb = 0;
  while (nb < GIVEN_SLOTS && gb[j * GIVEN_SLOTS + nb] !== NONE) nb++;
  if (nb === 0 || nb >= GIVEN_SLOTS) return false;
  const middle = ga[i * GIVEN_SLOTS + nb]!;
  if (middle === NONE) return false;
  for (let k = 0; k < nb; k++)
    if (similarity(ta, ga[i * GIVEN_SLOTS + k]!, gb[j * GIVEN_SLOTS + k]!) < 2) return false;
  const firstA = ta.surname[i * SURNAME_SLOTS]!;
  const firstB = tb.surname[j * SURNAME_SLOTS]!;
  const secondB = tb.surname[j * SURNAME_SLOTS + 1]!;
  if (firstA === NONE || firstB === NONE || secondB === NONE) return false;
  return similarity(ta, middle, firstB) >= 2 && similarity(ta, firstA, secondB) >= 1;
}

function codeLevel(a: number, b: number): number {
  if (a === 0 || b === 0) return -1;
  return a === b ? 0 : 1;
}

export function documentLevel(ta: PersonTable, i: number, tb: PersonTable, j: number): number {
  let level = -1;
  for (let x = 0; x < DOCUMENT_SLOTS; x++) {
    const a = ta.document[i * DOCUMENT_SLOTS + x]!;
    if (a === NONE) continue;
    for (let y = 0; y < DOCUMENT_SLOTS; y++) {
      const b = tb.document[j * DOCUMENT_SLOTS + y]!;
      if (b === NONE) continue;
      if (a === b) return 0;
      const ta2 = ta.lexicon.documentText[a]!;
      const tb2 = ta.lexicon.documentText[b]!;
      if (ta2.length >= 6 && withinEdits(ta2, tb2, 1)) level = 1;
      else if (level < 0) level = 2;
    }
  }
  return level;
}

export function phoneLevel(ta: PersonTable, i: number, tb: PersonTable, j: number): number {
  let level = -1;
  for (let x = 0; x < PHONE_SLOTS; x++) {
    const a = ta.phone[i * PHONE_SLOTS + x]!;
    if (a === NONE) continue;
    for (let y = 0; y < PHONE_SLOTS; y++) {
      const b = tb.phone[j * PHONE_SLOTS + y]!;
      if (b === NONE) continue;
      if (a === b) return 0;
      level = 1;
    }
  }
  return level;
}

/** The level of every field for two rows of tables sharing one lexicon, into `levels`. */
export function compareRows(
  ta: PersonTable,
  i: number,
  tb: PersonTable,
  j: number,
  levels: Int32Array,
): void {
  levels[0] = givenLevel(ta, i, tb, j);
  levels[1] = surnameLevel(ta, i, tb, j);
  if (levels[0] === 5 && levels[1] === 7 && crosswise(ta, i, tb, j)) {
    levels[0] = 1;
    levels[1] = 6;
  } else if (
    levels[0] === 2 &&
    levels[1] >= 5 &&
    (middleAsSurname(ta, i, tb, j) || middleAsSurname(tb, j, ta, i))
  ) {
    levels[0] = 1;
    levels[1] = 4;
  }
  levels[2] = dateLevel(ta.birth[i]!, ta.estimated[i] === 1, tb.birth[j]!, tb.estimated[j] === 1);
  levels[3] = codeLevel(ta.sex[i]!, tb.sex[j]!);
  levels[4] = codeLevel(ta.nationality[i]!, tb.nationality[j]!);
  levels[5] = codeLevel(ta.countryOfBirth[i]!, tb.countryOfBirth[j]!);
  levels[6] = documentLevel(ta, i, tb, j);
  levels[7] = phoneLevel(ta, i, tb, j);
}
