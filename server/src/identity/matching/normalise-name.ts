/**
 * Normalisation of the region's names for matching: one folded spelling per name, the particles that
 * officers write or leave out removed, compound names split into tokens and married names set apart.
 *
 * Decisions: ñ folds to n (officers without a Spanish keyboard type "Nunez"; "Pena" and "Peña" are
 * then the same token, which costs little because the comparison also weighs the other fields);
 * apostrophes join ("O'Brien" → "obrien", "D'Jean" → "djean"); hyphens split given names
 * ("Jean-Baptiste" as given names are two, as officers write them either way) but join surnames
 * ("Saint-Fleur" is one surname, not a first and a second).
 */

const LETTER_REPLACEMENTS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};

/** Lower case, no accents or marks (ñ → n, ç → c, ü → u), letters and digits separated by one space. */
export function foldName(text: string): string {
  let folded = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/['’`´ʼ]/g, '');
  if (/[ßæœøłđðþı]/.test(folded)) folded = folded.replace(/[ßæœøłđðþı]/g, (c) => LETTER_REPLACEMENTS[c]!);
  return folded.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * Words that join names and are written or dropped at will: "María de los Ángeles", "de la Cruz",
 * "dos Santos", "van der Berg", "El-Hassan". Removed only when another token remains.
 */
const PARTICLES = new Set([
  'de',
  'del',
  'la',
  'las',
  'lo',
  'los',
  'y',
  'e',
  'i',
  'da',
  'das',
  'do',
  'dos',
  'di',
  'du',
  'des',
  'van',
  'von',
  'der',
  'den',
  'le',
  'el',
  'al',
  'bin',
  'ibn',
  'bint',
  'ben',
  'st',
  'san',
]);

/** Markers of a widow's married name, dropped: "Pérez vda. de López". */
const WIDOW_MARKERS = new Set(['vda', 'viuda', 'vva']);

export function isParticle(token: string): boolean {
  return PARTICLES.has(token);
}

/** The meaningful tokens of a name: folded, particles removed (unless nothing else is left). */
export function nameTokens(text: string): string[] {
  const tokens = foldName(text).split(' ').filter(Boolean);
  const kept = tokens.filter((t) => !PARTICLES.has(t) && !WIDOW_MARKERS.has(t));
  return kept.length > 0 ? kept : tokens.filter((t) => !WIDOW_MARKERS.has(t));
}

export interface SurnameParts {
  /** The person's own surnames, in order (first, then second). */
  own: string[];
  /** A husband's surname added after "de" ("López de García" → garcia), or none. */
  married: string[];
}

/**
 * Splits the surname fields into the person's own surnames and a married name. Both fields are read
 * as one sequence, since officers often type both surnames into the first field. A "de" that follows
 * an own surname starts a married name ("Pérez de López", "Pérez vda. de López"); a leading "de"
 * is a particle ("de la Cruz"). Compound surnames with an inner "de" ("Ponce de León") are read the
 * same way: "leon" lands among the married names, which the comparison still uses.
 */
export function surnameParts(firstSurname: string, secondSurname: string): SurnameParts {
  const first = surnameFieldParts(firstSurname, false);
  const second = surnameFieldParts(secondSurname, first.own.length > 0);
  const own = [...first.own, ...second.own];
  const married = [...first.married, ...second.married];
  if (own.length === 0 && married.length > 0) return { own: married, married: [] };
  return { own, married };
}

/**
 * One surname field's own and married parts; `afterOwn` tells whether an own surname came before
 * (in the first field), so that a widow's marker opening the second field starts a married name.
 */
export function surnameFieldParts(field: string, afterOwn: boolean): SurnameParts {
  const own: string[] = [];
  const married: string[] = [];
  // A hyphen inside a surname makes one surname of its parts: Jean-Baptiste, Saint-Fleur.
  const tokens = foldName(field.replace(/(\p{L})\s*-\s*(?=\p{L})/gu, '$1'))
    .split(' ')
    .filter(Boolean);
  let inMarried = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const ownBefore = afterOwn || own.length > 0;
    if (WIDOW_MARKERS.has(token)) {
      inMarried = ownBefore;
      continue;
    }
    if (token === 'de' && ownBefore && i > 0 && i < tokens.length - 1) {
      inMarried = true;
      continue;
    }
    if (PARTICLES.has(token) && i < tokens.length - 1) continue;
    (inMarried ? married : own).push(token);
  }
  return { own, married };
}
