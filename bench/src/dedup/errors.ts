/**
 * The errors officers make when they register a person, one injector per code. Each injector
 * changes a record in place and says whether it applied (a swap of surnames needs two surnames),
 * so the side file lists only errors that the record really carries.
 */
import { compoundHypocorisms, hypocorisms } from './names/hispanic';
import { creoleSpellings, spanishForms } from './names/haitian';
import { daysInMonth, isoDate, type TruePerson } from './people';
import type { Rng } from './random';
import type { ErrorCode } from './profiles';

/** One row of `refugio dedup`'s input. */
export interface DedupRow {
  id: string;
  givenNames: string;
  firstSurname: string;
  secondSurname: string;
  sex: string;
  birthDate: string;
  nationality: string;
  documentNumber: string;
}

type NameField = 'givenNames' | 'firstSurname' | 'secondSurname';
const NAME_FIELDS: readonly NameField[] = ['givenNames', 'firstSurname', 'secondSurname'];

/** Keys next to each other on the Spanish (Latin American) QWERTY keyboard. */
const ADJACENT: Readonly<Record<string, string>> = {
  q: 'wa',
  w: 'qes',
  e: 'wrd',
  r: 'etf',
  t: 'ryg',
  y: 'tuh',
  u: 'yij',
  i: 'uok',
  o: 'ipl',
  p: 'oñ',
  a: 'qsz',
  s: 'adwx',
  d: 'sfec',
  f: 'dgrv',
  g: 'fhtb',
  h: 'gjyn',
  j: 'hkum',
  k: 'jli',
  l: 'kño',
  ñ: 'lp',
  z: 'xa',
  x: 'zcs',
  c: 'xvd',
  v: 'cbf',
  b: 'vng',
  n: 'bmh',
  m: 'nj',
};

const isLetter = (ch: string) => /\p{L}/u.test(ch);

/** Positions of letters in `text` for which `test` holds. */
function letterPositions(text: string, test: (i: number) => boolean = () => true): number[] {
  const positions: number[] = [];
  for (let i = 0; i < text.length; i++) if (isLetter(text[i]!) && test(i)) positions.push(i);
  return positions;
}

const matchCase = (original: string, replacement: string) =>
  original === original.toUpperCase() && original !== original.toLowerCase()
    ? replacement.toUpperCase()
    : replacement;

/** A non-empty name field chosen at random (weighted to the given names and first surname). */
function nameField(rng: Rng, row: DedupRow, minLength: number = 1): NameField | undefined {
  const fields = NAME_FIELDS.filter((f) => row[f].length >= minLength);
  if (fields.length === 0) return undefined;
  return rng.pick(fields);
}

function typo(rng: Rng, row: DedupRow, kind: 'adjacent' | 'transpose' | 'drop' | 'double'): boolean {
  const field = nameField(rng, row, kind === 'drop' ? 4 : 2);
  if (!field) return false;
  const text = row[field];
  let positions: number[];
  switch (kind) {
    case 'adjacent':
      positions = letterPositions(text, (i) => ADJACENT[text[i]!.toLowerCase()] !== undefined);
      break;
    case 'transpose':
      positions = letterPositions(
        text,
        (i) =>
          i + 1 < text.length &&
          isLetter(text[i + 1]!) &&
          text[i]!.toLowerCase() !== text[i + 1]!.toLowerCase(),
      );
      break;
    case 'drop':
    case 'double':
      positions = letterPositions(text);
      break;
  }
  if (positions.length === 0) return false;
  const i = rng.pick(positions);
  const ch = text[i]!;
  let changed: string;
  switch (kind) {
    case 'adjacent':
      changed =
        text.slice(0, i) + matchCase(ch, rng.pick([...ADJACENT[ch.toLowerCase()]!])) + text.slice(i + 1);
      break;
    case 'transpose':
      changed = text.slice(0, i) + text[i + 1] + ch + text.slice(i + 2);
      break;
    case 'drop':
      changed = text.slice(0, i) + text.slice(i + 1);
      break;
    case 'double':
      changed = text.slice(0, i + 1) + ch.toLowerCase() + text.slice(i + 1);
      break;
  }
  if (changed === text) return false;
  row[field] = changed;
  return true;
}

/**
 * What a Spanish-speaking officer may write for what they hear: [pattern, replacement]. Patterns
 * are matched on lower case; the replacement keeps a capital initial.
 */
const HEARING: readonly [RegExp, string][] = [
  [/b/g, 'v'],
  [/v/g, 'b'],
  [/z/g, 's'],
  [/s(?=[aou])/g, 'z'],
  [/c(?=[ei])/g, 's'],
  [/s(?=[ei])/g, 'c'],
  [/ll/g, 'y'],
  [/y(?=[aeiou])/g, 'll'],
  [/(?<![a-zñ])h(?=[aeiouáéíóú])/g, ''],
  [/(?<![a-zñ])(?=[aeiouáéíóú])/g, 'h'],
  [/g(?=[eiéí])/g, 'j'],
  [/j(?=[eiéí])/g, 'g'],
  [/x/g, 'j'],
  [/qu(?=[ei])/g, 'k'],
];

function phonetic(rng: Rng, row: DedupRow): boolean {
  // One field at random, the next ones if nothing in it sounds alike.
  const start = rng.int(0, NAME_FIELDS.length - 1);
  const candidates: { field: NameField; index: number; length: number; replacement: string }[] = [];
  for (let f = 0; f < NAME_FIELDS.length && candidates.length === 0; f++) {
    const field = NAME_FIELDS[(start + f) % NAME_FIELDS.length]!;
    const lower = row[field].toLowerCase();
    if (!lower) continue;
    for (const [pattern, replacement] of HEARING) {
      for (const m of lower.matchAll(pattern)) {
        candidates.push({ field, index: m.index, length: m[0].length, replacement });
      }
    }
  }
  if (candidates.length === 0) return false;
  const { field, index, length, replacement } = rng.pick(candidates);
  const text = row[field];
  const lower = text.toLowerCase();
  const changed = recase(text, lower.slice(0, index) + replacement + lower.slice(index + length));
  if (changed === text) return false;
  row[field] = changed;
  return true;
}

/** Gives `lower` (the same words as `original`, re-spelt) the capitals of `original`'s words. */
function recase(original: string, lower: string): string {
  if (original === original.toUpperCase()) return lower.toUpperCase();
  const capitals = original
    .split(/([ -])/)
    .map((word) => word !== word.toLowerCase() && word[0] === word[0]!.toUpperCase());
  return lower
    .split(/([ -])/)
    .map((word, i) => (capitals[i] && word ? word[0]!.toUpperCase() + word.slice(1) : word))
    .join('');
}

export const stripAccents = (text: string) =>
  /[^ -~]/.test(text)
    ? text
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .normalize('NFC')
    : text;

function allNames(row: DedupRow, change: (text: string) => string): boolean {
  let changed = false;
  for (const field of NAME_FIELDS) {
    const next = change(row[field]);
    if (next !== row[field]) {
      row[field] = next;
      changed = true;
    }
  }
  return changed;
}

/** Replaces one whole word of the name fields through `table`. */
function replaceWord(
  rng: Rng,
  row: DedupRow,
  table: Readonly<Record<string, readonly string[] | string>>,
  fields: readonly NameField[] = NAME_FIELDS,
): boolean {
  const candidates: { field: NameField; words: string[]; i: number; options: readonly string[] }[] = [];
  for (const field of fields) {
    const words = row[field].split(/([ -])/);
    words.forEach((word, i) => {
      const entry = table[word];
      if (entry !== undefined)
        candidates.push({ field, words, i, options: typeof entry === 'string' ? [entry] : entry });
    });
  }
  if (candidates.length === 0) return false;
  const { field, words, i, options } = rng.pick(candidates);
  words[i] = rng.pick(options);
  row[field] = words.join('');
  return true;
}

function shiftDate(
  row: DedupRow,
  change: (y: number, m: number, d: number) => [number, number, number] | undefined,
): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(row.birthDate);
  if (!match) return false;
  const next = change(Number(match[1]), Number(match[2]), Number(match[3]));
  if (!next) return false;
  const [y, m, d] = next;
  const changed = isoDate(y, m, Math.min(d, daysInMonth(y, m)));
  if (changed === row.birthDate) return false;
  row.birthDate = changed;
  return true;
}

const DIGIT_OR_LETTER = /[0-9A-Z]/;

type Injector = (rng: Rng, row: DedupRow, person: TruePerson) => boolean;

export const INJECTORS: Readonly<Record<ErrorCode, Injector>> = {
  typo_adjacent: (rng, row) => typo(rng, row, 'adjacent'),
  typo_transpose: (rng, row) => typo(rng, row, 'transpose'),
  typo_drop: (rng, row) => typo(rng, row, 'drop'),
  typo_double: (rng, row) => typo(rng, row, 'double'),
  phonetic,
  accent_loss: (_rng, row) => allNames(row, stripAccents),
  uppercase: (_rng, row) => allNames(row, (t) => t.toUpperCase()),
  creole_spelling: (rng, row, person) =>
    person.culture === 'haitian' && replaceWord(rng, row, creoleSpellings),
  spanish_form: (rng, row, person) =>
    person.culture === 'haitian' && replaceWord(rng, row, spanishForms, ['givenNames']),
  surname_swap: (_rng, row) => {
    if (!row.firstSurname || !row.secondSurname) return false;
    [row.firstSurname, row.secondSurname] = [row.secondSurname, row.firstSurname];
    return true;
  },
  second_surname_dropped: (_rng, row) => {
    if (!row.secondSurname) return false;
    row.secondSurname = '';
    return true;
  },
  compound_shortened: (rng, row) => {
    const words = row.givenNames.split(/[ -]/).filter(Boolean);
    if (words.length < 2) return false;
    // Mostly the first name is kept (María José → María); sometimes the one the person goes by.
    row.givenNames = rng.chance(0.8) ? words[0]! : words[words.length - 1]!;
    return true;
  },
  hypocorism: (rng, row, person) => {
    if (person.culture !== 'hispanic') return false;
    const whole = compoundHypocorisms[row.givenNames];
    if (whole && rng.chance(0.5)) {
      row.givenNames = whole;
      return true;
    }
    return replaceWord(rng, row, hypocorisms, ['givenNames']);
  },
  married_name: (_rng, row, person) => {
    if (!person.spouseSurname || person.sex !== 'F') return false;
    if (person.culture === 'hispanic') {
      // "María López de Hernández": the second surname gives way to "de" + the husband's.
      row.secondSurname = `de ${person.spouseSurname}`;
    } else {
      row.firstSurname = person.spouseSurname;
    }
    return true;
  },
  given_surname_swap: (_rng, row, person) => {
    if (person.culture === 'hispanic' || !row.givenNames || !row.firstSurname) return false;
    [row.givenNames, row.firstSurname] = [row.firstSurname, row.givenNames];
    return true;
  },
  middle_as_surname: (_rng, row, person) => {
    if (person.culture === 'hispanic' || person.culture === 'haitian') return false;
    const words = row.givenNames.split(' ');
    if (words.length < 2) return false;
    // "John Michael | Smith" typed as "John | Michael | Smith".
    row.secondSurname = row.firstSurname;
    row.firstSurname = words.pop()!;
    row.givenNames = words.join(' ');
    return true;
  },
  date_day_month_swap: (_rng, row) =>
    shiftDate(row, (y, m, d) => (d <= 12 && d !== m ? [y, d, m] : undefined)),
  date_year_off: (rng, row) => shiftDate(row, (y, m, d) => [y + (rng.chance(0.5) ? 1 : -1), m, d]),
  date_estimated: (_rng, row) => shiftDate(row, (y) => [y, 1, 1]),
  date_missing: (_rng, row) => {
    if (!row.birthDate) return false;
    row.birthDate = '';
    return true;
  },
  sex_typo: (_rng, row) => {
    if (row.sex !== 'F' && row.sex !== 'M') return false;
    row.sex = row.sex === 'F' ? 'M' : 'F';
    return true;
  },
  nationality_missing: (_rng, row) => {
    if (!row.nationality) return false;
    row.nationality = '';
    return true;
  },
  document_missing: (_rng, row) => {
    if (!row.documentNumber) return false;
    row.documentNumber = '';
    return true;
  },
  document_typo: (rng, row) => {
    const text = row.documentNumber;
    const positions = [...text].flatMap((ch, i) => (DIGIT_OR_LETTER.test(ch) ? [i] : []));
    if (positions.length < 2) return false;
    const i = rng.pick(positions);
    const ch = text[i]!;
    const replacement = /\d/.test(ch) ? String((Number(ch) + rng.int(1, 9)) % 10) : ch === 'A' ? 'B' : 'A';
    row.documentNumber = text.slice(0, i) + replacement + text.slice(i + 1);
    return true;
  },
  document_other: (rng, row) => {
    if (!row.documentNumber) return false;
    // Another document of the same person: a passport number where the first time it was the ID card.
    row.documentNumber = `${rng.pick(['A', 'B', 'C', 'E', 'F', 'G', 'K', 'P', 'R'])}${String(rng.int(1000000, 9999999))}`;
    return true;
  },
  document_format: (_rng, row) => {
    const bare = row.documentNumber.replace(/[^0-9A-Za-z]/g, '');
    if (!row.documentNumber || bare === row.documentNumber) return false;
    row.documentNumber = bare;
    return true;
  },
};

/** The order injectors run in: structure first, then spelling, then the form of the whole text. */
export const INJECTION_ORDER: readonly ErrorCode[] = [
  'married_name',
  'given_surname_swap',
  'middle_as_surname',
  'compound_shortened',
  'hypocorism',
  'spanish_form',
  'creole_spelling',
  'surname_swap',
  'second_surname_dropped',
  'phonetic',
  'typo_adjacent',
  'typo_transpose',
  'typo_drop',
  'typo_double',
  'accent_loss',
  'uppercase',
  'date_missing',
  'date_day_month_swap',
  'date_year_off',
  'date_estimated',
  'sex_typo',
  'nationality_missing',
  'document_missing',
  'document_other',
  'document_format',
  'document_typo',
];

/** At most one error of each of these per record, so that each listed error is visible in it. */
const EXCLUSIVE: Partial<Record<ErrorCode, string>> = {
  date_missing: 'date',
  date_day_month_swap: 'date',
  date_year_off: 'date',
  date_estimated: 'date',
  document_missing: 'document',
  document_other: 'document',
  document_typo: 'document',
};

/** The record of `person` as it was typed: the true data, then each error drawn at its rate. */
export function registerRecord(
  rng: Rng,
  person: TruePerson,
  id: string,
  rates: Readonly<Record<ErrorCode, number>>,
): { row: DedupRow; errors: ErrorCode[] } {
  const row: DedupRow = {
    id,
    givenNames: person.givenNames,
    firstSurname: person.firstSurname,
    secondSurname: person.secondSurname,
    sex: person.sex,
    birthDate: person.birthDate,
    nationality: person.nationality,
    documentNumber: person.documentNumber,
  };
  const errors: ErrorCode[] = [];
  let taken = '';
  for (const [code, rate, injector, group] of plan(rates)) {
    if (group && taken.includes(group)) continue;
    if (rng.chance(rate) && injector(rng, row, person)) {
      errors.push(code);
      if (group) taken += group;
    }
  }
  return { row, errors };
}

type Step = readonly [ErrorCode, number, Injector, string | undefined];
const plans = new WeakMap<Readonly<Record<ErrorCode, number>>, readonly Step[]>();

/** The injectors with a rate above 0, in order: worked out once per profile, not per record. */
function plan(rates: Readonly<Record<ErrorCode, number>>): readonly Step[] {
  let steps = plans.get(rates);
  if (!steps) {
    steps = INJECTION_ORDER.filter((code) => rates[code] > 0).map(
      (code) => [code, rates[code], INJECTORS[code], EXCLUSIVE[code]] as const,
    );
    plans.set(rates, steps);
  }
  return steps;
}
