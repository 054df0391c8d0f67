import { describe, expect, it } from 'vitest';
import { INJECTORS, registerRecord, stripAccents, type DedupRow } from './errors';
import type { TruePerson } from './people';
import { ERROR_CODES, type ErrorCode } from './profiles';
import { Rng } from './random';

const maria: TruePerson = {
  personId: 'g1.1',
  groupId: 'g1',
  groupKind: 'family',
  role: 'spouse',
  culture: 'hispanic',
  givenNames: 'María Guadalupe',
  firstSurname: 'Hernández',
  secondSurname: 'Villalobos',
  sex: 'F',
  birthDate: '1990-03-07',
  nationality: 'HND',
  documentNumber: '0801-1990-12345',
  spouseSurname: 'López',
};

const wilner: TruePerson = {
  ...maria,
  personId: 'g2.0',
  groupId: 'g2',
  groupKind: 'single',
  role: 'single',
  culture: 'haitian',
  givenNames: 'Jean Wilner',
  firstSurname: 'Joseph',
  secondSurname: '',
  sex: 'M',
  birthDate: '1988-11-25',
  nationality: 'HTI',
  documentNumber: '',
  spouseSurname: '',
};

const rowOf = (p: TruePerson): DedupRow => ({
  id: 'R1',
  givenNames: p.givenNames,
  firstSurname: p.firstSurname,
  secondSurname: p.secondSurname,
  sex: p.sex,
  birthDate: p.birthDate,
  nationality: p.nationality,
  documentNumber: p.documentNumber,
});

/** Applies `code` to a fresh row of `person` with seed `seed`: the row, and whether it applied. */
function inject(code: ErrorCode, person: TruePerson = maria, seed = 1) {
  const row = rowOf(person);
  const applied = INJECTORS[code](new Rng(seed), row, person);
  return { row, applied };
}

const nameText = (row: DedupRow) => `${row.givenNames}|${row.firstSurname}|${row.secondSurname}`;

/** Levenshtein distance, to check a typo is one edit. */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      d[i]![j] = Math.min(
        d[i - 1]![j]! + 1,
        d[i]![j - 1]! + 1,
        d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
  return d[a.length]![b.length]!;
}

describe('typing errors', () => {
  it('an adjacent key replaces exactly one letter with a neighbour on the keyboard', () => {
    for (let seed = 0; seed < 50; seed++) {
      const { row, applied } = inject('typo_adjacent', maria, seed);
      expect(applied).toBe(true);
      const before = nameText(rowOf(maria));
      const after = nameText(row);
      expect(after.length).toBe(before.length);
      const changed = [...after].flatMap((ch, i): [string, string][] =>
        ch !== before[i] ? [[before[i]!, ch]] : [],
      );
      expect(changed).toHaveLength(1);
      const [from, to] = changed[0]!;
      const neighbours: Record<string, string> = {
        a: 'qsz',
        e: 'wrd',
        i: 'uok',
        r: 'etf',
        n: 'bmh',
        d: 'sfec',
        z: 'xa',
      };
      if (neighbours[from.toLowerCase()]) expect(neighbours[from.toLowerCase()]).toContain(to.toLowerCase());
    }
  });

  it('a transposition swaps two neighbouring letters', () => {
    const { row, applied } = inject('typo_transpose', maria, 3);
    expect(applied).toBe(true);
    const before = nameText(rowOf(maria));
    const after = nameText(row);
    expect([...after].sort().join('')).toBe([...before].sort().join(''));
    const diffs = [...after].flatMap((ch, i) => (ch !== before[i] ? [i] : []));
    expect(diffs).toHaveLength(2);
    expect(diffs[1]! - diffs[0]!).toBe(1);
  });

  it('a dropped letter shortens a name by one, a doubled one lengthens it by a repeated letter', () => {
    for (let seed = 0; seed < 20; seed++) {
      const dropped = nameText(inject('typo_drop', maria, seed).row);
      expect(dropped.length).toBe(nameText(rowOf(maria)).length - 1);
      expect(distance(dropped, nameText(rowOf(maria)))).toBe(1);
      const doubled = nameText(inject('typo_double', maria, seed).row);
      expect(doubled.length).toBe(nameText(rowOf(maria)).length + 1);
      expect(doubled.toLowerCase()).toMatch(/(\p{L})\1/u);
    }
  });
});

describe('hearing and spelling', () => {
  it('a hearing error makes one of the listed substitutions (b/v, s/z/c, ll/y, silent h, j/g, x/j, qu/k)', () => {
    const person = { ...maria, givenNames: 'Silvia', firstSurname: 'Villalobos', secondSurname: 'Hernández' };
    const seen = new Set<string>();
    for (let seed = 0; seed < 200; seed++) {
      const { row, applied } = inject('phonetic', person, seed);
      expect(applied).toBe(true);
      seen.add(nameText(row));
      expect(
        distance(nameText(row).toLowerCase(), nameText(rowOf(person)).toLowerCase()),
      ).toBeLessThanOrEqual(2);
    }
    // Among the variants: b→v, v→b, ll→y, a dropped silent h — each keeps the capital of the name.
    expect(seen).toContain('Silbia|Villalobos|Hernández');
    expect(seen).toContain('Silvia|Villalovos|Hernández');
    expect(seen).toContain('Silvia|Viyalobos|Hernández');
    expect(seen).toContain('Silvia|Villalobos|Ernández');
  });

  it('accent loss removes every diacritic and ñ, and nothing else', () => {
    const { row, applied } = inject('accent_loss', { ...maria, secondSurname: 'Muñoz' });
    expect(applied).toBe(true);
    expect(nameText(row)).toBe('Maria Guadalupe|Hernandez|Munoz');
    expect(
      inject('accent_loss', { ...maria, givenNames: 'Ana', firstSurname: 'Lopez', secondSurname: '' })
        .applied,
    ).toBe(false);
    expect(stripAccents('Pierre-Louis Noël')).toBe('Pierre-Louis Noel');
  });

  it('upper case is the whole name in capitals, accents kept', () => {
    expect(nameText(inject('uppercase').row)).toBe('MARÍA GUADALUPE|HERNÁNDEZ|VILLALOBOS');
  });

  it('Creole spellings and Spanish forms apply to Haitian names only', () => {
    const seen = new Set<string>();
    for (let seed = 0; seed < 60; seed++) seen.add(nameText(inject('creole_spelling', wilner, seed).row));
    expect(seen).toContain('Jan Wilner|Joseph|');
    expect(seen).toContain('Jean Wilnè|Joseph|');
    expect(seen).toContain('Jean Wilner|Jozèf|');
    expect(nameText(inject('spanish_form', wilner).row)).toBe('Juan Wilner|Joseph|');
    expect(inject('creole_spelling', maria).applied).toBe(false);
    expect(inject('spanish_form', maria).applied).toBe(false);
  });
});

describe('structure of the name', () => {
  it('swaps or drops the second surname only when there is one', () => {
    expect(nameText(inject('surname_swap').row)).toBe('María Guadalupe|Villalobos|Hernández');
    expect(nameText(inject('second_surname_dropped').row)).toBe('María Guadalupe|Hernández|');
    expect(inject('surname_swap', wilner).applied).toBe(false);
    expect(inject('second_surname_dropped', wilner).applied).toBe(false);
  });

  it('shortens a compound given name to one of its names', () => {
    const seen = new Set<string>();
    for (let seed = 0; seed < 40; seed++) seen.add(inject('compound_shortened', maria, seed).row.givenNames);
    expect([...seen].sort()).toEqual(['Guadalupe', 'María']);
    expect(inject('compound_shortened', { ...maria, givenNames: 'Rosa' }).applied).toBe(false);
    expect(inject('compound_shortened', { ...wilner, givenNames: 'Jean-Baptiste' }).row.givenNames).toMatch(
      /^(Jean|Baptiste)$/,
    );
  });

  it('writes the name the person is called by: Lupe for Guadalupe, Chema for José María', () => {
    const seen = new Set<string>();
    for (let seed = 0; seed < 40; seed++) seen.add(inject('hypocorism', maria, seed).row.givenNames);
    expect([...seen].sort()).toEqual(['María Lupe', 'María Lupita']);
    const chema = new Set<string>();
    for (let seed = 0; seed < 40; seed++)
      chema.add(inject('hypocorism', { ...maria, givenNames: 'José María', sex: 'M' }, seed).row.givenNames);
    expect(chema).toContain('Chema');
    expect(inject('hypocorism', { ...maria, givenNames: 'Xóchitl' }).applied).toBe(false);
  });

  it('a married woman of Spanish name becomes "de" + the husband’s surname; others take his surname', () => {
    expect(nameText(inject('married_name').row)).toBe('María Guadalupe|Hernández|de López');
    const haitian = { ...wilner, sex: 'F' as const, givenNames: 'Marie', spouseSurname: 'Pierre' };
    expect(nameText(inject('married_name', haitian).row)).toBe('Marie|Pierre|');
    expect(inject('married_name', { ...maria, spouseSurname: '' }).applied).toBe(false);
  });

  it('swaps given names and surname (surname said first) except for Spanish names', () => {
    expect(nameText(inject('given_surname_swap', wilner).row)).toBe('Joseph|Jean Wilner|');
    expect(inject('given_surname_swap', maria).applied).toBe(false);
  });

  it('moves a middle name into the surnames for the other conventions', () => {
    const john = {
      ...wilner,
      culture: 'anglophone' as const,
      givenNames: 'John Michael',
      firstSurname: 'Mensah',
    };
    expect(nameText(inject('middle_as_surname', john).row)).toBe('John|Michael|Mensah');
    expect(inject('middle_as_surname', maria).applied).toBe(false);
  });
});

describe('dates, sex, nationality and documents', () => {
  it('swaps day and month only when the day can be a month', () => {
    expect(inject('date_day_month_swap').row.birthDate).toBe('1990-07-03');
    expect(inject('date_day_month_swap', wilner).applied).toBe(false);
    expect(inject('date_day_month_swap', { ...maria, birthDate: '1990-05-05' }).applied).toBe(false);
  });

  it('moves the year by one, estimates 1 January, or leaves the date empty', () => {
    const years = new Set<string>();
    for (let seed = 0; seed < 20; seed++) years.add(inject('date_year_off', maria, seed).row.birthDate);
    expect([...years].sort()).toEqual(['1989-03-07', '1991-03-07']);
    expect(inject('date_year_off', { ...maria, birthDate: '2000-02-29' }).row.birthDate).toMatch(
      /^(1999|2001)-02-28$/,
    );
    expect(inject('date_estimated').row.birthDate).toBe('1990-01-01');
    expect(inject('date_missing').row.birthDate).toBe('');
  });

  it('flips the sex, empties the nationality or the document', () => {
    expect(inject('sex_typo').row.sex).toBe('M');
    expect(inject('nationality_missing').row.nationality).toBe('');
    expect(inject('document_missing').row.documentNumber).toBe('');
    expect(inject('document_missing', wilner).applied).toBe(false);
  });

  it('mistypes one character of a document, or drops its separators', () => {
    for (let seed = 0; seed < 20; seed++) {
      const typed = inject('document_typo', maria, seed).row.documentNumber;
      expect(typed.length).toBe(maria.documentNumber.length);
      expect(distance(typed, maria.documentNumber)).toBe(1);
    }
    expect(inject('document_format').row.documentNumber).toBe('0801199012345');
    expect(inject('document_other').row.documentNumber).toMatch(/^[A-Z]\d{7}$/);
    expect(inject('document_other', wilner).applied).toBe(false);
    expect(inject('document_format', { ...maria, documentNumber: 'A1234567' }).applied).toBe(false);
  });
});

describe('registerRecord', () => {
  const none = Object.fromEntries(ERROR_CODES.map((c) => [c, 0])) as Record<ErrorCode, number>;

  it('copies the true data when no error is drawn', () => {
    const { row, errors } = registerRecord(new Rng(1), maria, 'X1', none);
    expect(errors).toEqual([]);
    expect(row).toEqual({ ...rowOf(maria), id: 'X1' });
  });

  it('lists exactly the errors it applied, at most one per date and per document', () => {
    const all = Object.fromEntries(ERROR_CODES.map((c) => [c, 1])) as Record<ErrorCode, number>;
    const { row, errors } = registerRecord(new Rng(1), maria, 'X1', all);
    expect(errors).toContain('married_name');
    expect(errors).toContain('date_missing');
    expect(errors).not.toContain('date_year_off');
    expect(errors).toContain('document_missing');
    expect(errors).not.toContain('document_typo');
    expect(errors).not.toContain('document_other');
    expect(errors).not.toContain('creole_spelling');
    expect(row.birthDate).toBe('');
    expect(row.documentNumber).toBe('');
    expect(row.sex).toBe('M');
  });

  it('applies an error at its rate', () => {
    const rates = { ...none, sex_typo: 0.2 };
    let flipped = 0;
    const rng = new Rng(5);
    for (let i = 0; i < 5000; i++)
      if (registerRecord(rng, maria, 'X', rates).errors.includes('sex_typo')) flipped++;
    expect(flipped / 5000).toBeCloseTo(0.2, 1);
  });
});
