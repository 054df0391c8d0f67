import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  blockingKeys,
  compare,
  DEFAULT_THRESHOLD,
  findDuplicatePairs,
  prepare,
  surnameKeys,
  type PersonRecord,
} from './index';

const person = (fields: Partial<PersonRecord>): PersonRecord => ({
  id: 'x',
  givenNames: '',
  firstSurname: '',
  secondSurname: '',
  sex: '',
  birthDate: '',
  nationality: '',
  ...fields,
});

const maria = person({
  id: 'a',
  givenNames: 'María José',
  firstSurname: 'Hernández',
  secondSurname: 'Pérez',
  sex: 'F',
  birthDate: '1990-04-12',
  nationality: 'HND',
});

const score = (a: PersonRecord, b: PersonRecord) => compare(prepare(a), prepare(b)).score;

describe('compare', () => {
  it('finds the same person under the errors officers make', () => {
    const variants: Partial<PersonRecord>[] = [
      { givenNames: 'MARIA JOSE', firstSurname: 'HERNANDEZ', secondSurname: 'PEREZ' },
      { firstSurname: 'Pérez', secondSurname: 'Hernández' },
      { secondSurname: '' },
      { firstSurname: 'Ernandes' },
      { birthDate: '1990-12-04' },
      { birthDate: '1991-04-12' },
      { givenNames: 'Ma. José' },
    ];
    for (const change of variants)
      expect(score(maria, { ...maria, id: 'b', ...change }), JSON.stringify(change)).toBeGreaterThanOrEqual(
        DEFAULT_THRESHOLD,
      );
  });

  it('matches a given name and surname written the other way round only with more evidence', () => {
    const jean = person({ givenNames: 'Peterson', firstSurname: 'Dorvil', sex: 'M', nationality: 'HTI' });
    const swapped = { ...jean, id: 'b', givenNames: 'Dorvil', firstSurname: 'Peterson' };
    const result = compare(
      prepare({ ...jean, birthDate: '2002-04-26' }),
      prepare({ ...swapped, birthDate: '2002-04-26' }),
    );
    expect(result.score).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
    expect(result.fields.find((f) => f.field === 'given_names')?.level).toBe('variant');
    // The same names in the wrong places, and nothing else to go by: not the same person.
    expect(score(jean, swapped)).toBeLessThan(DEFAULT_THRESHOLD);
    // Different people who merely share a name stay apart.
    expect(score(jean, { ...swapped, givenNames: 'Wilner' })).toBeLessThan(0.5);
  });

  it('matches a middle name typed as the first surname', () => {
    const john = person({
      givenNames: 'John Stephen',
      firstSurname: 'Appiah',
      sex: 'M',
      birthDate: '1995-05-24',
      nationality: 'NGA',
    });
    const typed = { ...john, id: 'b', givenNames: 'John', firstSurname: 'Stephen', secondSurname: 'Appiah' };
    const result = compare(prepare(john), prepare(typed));
    expect(result.score).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
    expect(result.fields.find((f) => f.field === 'surnames')?.level).toBe('second_missing');
    expect(compare(prepare(typed), prepare(john)).score).toBe(result.score);
    // A brother whose surnames merely include the other's middle name stays apart.
    const brother = { ...typed, givenNames: 'Kwame', birthDate: '1998-02-11' };
    expect(score(john, brother)).toBeLessThan(0.5);
  });

  it('tells apart relatives and namesakes', () => {
    const sister = { ...maria, id: 'b', givenNames: 'Ana Lucía', birthDate: '1993-08-30' };
    const mother = {
      ...maria,
      id: 'c',
      givenNames: 'Rosa',
      firstSurname: 'Pérez',
      secondSurname: 'García',
      birthDate: '1965-01-20',
    };
    const namesake = { ...maria, id: 'd', birthDate: '1978-10-02', nationality: 'GTM' };
    for (const other of [sister, mother, namesake])
      expect(score(maria, other), other.id).toBeLessThan(DEFAULT_THRESHOLD);
  });

  it('explains each field with its level and weight in bits, summing to the weight', () => {
    const result = compare(
      prepare(maria),
      prepare({ ...maria, id: 'b', firstSurname: 'Pérez', secondSurname: 'Hernández', nationality: '' }),
    );
    const byField = Object.fromEntries(result.fields.map((f) => [f.field, f]));
    expect(byField.surnames!.level).toBe('swapped');
    expect(byField.given_names!.level).toBe('exact');
    expect(byField.birth_date!.level).toBe('exact');
    expect(byField.nationality).toEqual({ field: 'nationality', level: 'missing', weight: 0 });
    expect(byField.given_names!.weight).toBeGreaterThan(0);
    const sum = result.fields.reduce((s, f) => s + f.weight, 0);
    expect(result.weight).toBeGreaterThan(sum - 10); // the prior (negative) plus the fields
    expect(result.score).toBeCloseTo(1 / (1 + 2 ** -result.weight), 2);
  });

  it('reads documents, phones, nicknames and married names', () => {
    const lupe = person({
      id: 'a',
      givenNames: 'Guadalupe',
      firstSurname: 'López',
      secondSurname: 'Ramírez',
      birthDate: '1980-02-02',
      sex: 'F',
    });
    const levels = (a: PersonRecord, b: PersonRecord) =>
      Object.fromEntries(compare(prepare(a), prepare(b)).fields.map((f) => [f.field, f.level]));
    expect(levels(lupe, { ...lupe, givenNames: 'Lupe' }).given_names).toBe('variant');
    expect(levels(lupe, { ...lupe, secondSurname: 'Ramírez de García' }).surnames).toBe('exact');
    expect(
      levels(
        { ...lupe, documents: [{ type: 'dpi', number: '1234 56789 0101' }] },
        { ...lupe, documents: [{ type: 'dpi', number: '1234567890101' }] },
      ).document,
    ).toBe('exact');
    expect(
      levels(
        { ...lupe, phones: ['+52 55 1234 5678'] },
        { ...lupe, phones: ['5512345678'], nationality: 'MEX' },
      ).phone,
    ).toBe('agree');
  });

  it('matches nobody with an empty record, itself included', () => {
    const empty = person({ id: 'e' });
    expect(compare(prepare(empty), prepare(empty)).score).toBe(0);
    expect(score(empty, maria)).toBe(0);
  });
});

const names = ['José', 'María', 'Guadalupe', 'Jean', 'Mohamed', 'Ana Lucía', ''];
const surnames = ['Hernández', 'Pérez', 'Saint-Fleur', 'de la Cruz', 'Joseph', ''];
const arbitraryPerson = fc.record({
  id: fc.string({ maxLength: 4 }),
  givenNames: fc.constantFrom(...names),
  firstSurname: fc.constantFrom(...surnames),
  secondSurname: fc.constantFrom(...surnames),
  sex: fc.constantFrom('F', 'M', ''),
  birthDate: fc.constantFrom('1990-04-12', '1990-12-04', '1991-04-12', '1985-01-01', ''),
  nationality: fc.constantFrom('HND', 'HTI', ''),
  documents: fc.constantFrom<PersonRecord['documents']>(
    undefined,
    [{ type: 'unknown', number: '12345678' }],
    [{ type: 'unknown', number: '12345679' }],
  ),
});

describe('compare: properties', () => {
  it('a record with a name and a birth date matches itself', () => {
    fc.assert(
      fc.property(arbitraryPerson, (p) => {
        fc.pre(p.givenNames !== '' && p.firstSurname !== '' && p.birthDate !== '');
        expect(compare(prepare(p), prepare(p)).score).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
      }),
    );
  });

  it('is symmetric', () => {
    fc.assert(
      fc.property(arbitraryPerson, arbitraryPerson, (a, b) => {
        const ab = compare(prepare(a), prepare(b));
        const ba = compare(prepare(b), prepare(a));
        expect(ab.score).toBe(ba.score);
        expect(ab.fields).toEqual(ba.fields);
      }),
    );
  });

  it('adding agreeing evidence never lowers the score', () => {
    fc.assert(
      fc.property(
        arbitraryPerson,
        arbitraryPerson,
        fc.constantFrom('sex', 'birthDate', 'nationality', 'documents'),
        (a, b, field) => {
          const value = {
            sex: 'F',
            birthDate: '1970-07-07',
            nationality: 'SLV',
            documents: [{ type: 'unknown', number: '99887766' }],
          }[field];
          const without = { ...a, [field]: field === 'documents' ? undefined : '' };
          const otherWithout = { ...b, [field]: field === 'documents' ? undefined : '' };
          const before = compare(prepare(without), prepare(otherWithout)).score;
          const after = compare(
            prepare({ ...without, [field]: value }),
            prepare({ ...otherWithout, [field]: value }),
          ).score;
          expect(after).toBeGreaterThanOrEqual(before);
        },
      ),
    );
  });
});

describe('blockingKeys and surnameKeys', () => {
  it('files spellings of one person under a shared key, in keys of at most 64 characters', () => {
    const a = blockingKeys(prepare(maria));
    const b = blockingKeys(
      prepare({ ...maria, givenNames: 'MARIA JOSE', firstSurname: 'Ernandez', birthDate: '1990-12-04' }),
    );
    expect(a.some((key) => b.includes(key))).toBe(true);
    for (const key of [...a, ...b]) expect(key.length).toBeLessThanOrEqual(64);
    const other = blockingKeys(
      prepare(person({ givenNames: 'Pierre', firstSurname: 'Joseph', birthDate: '1971-01-01' })),
    );
    expect(a.some((key) => other.includes(key))).toBe(false);
    const swapped = blockingKeys(prepare(person({ givenNames: 'Joseph', firstSurname: 'Pierre' })));
    expect(other.some((key) => swapped.includes(key))).toBe(true);
  });

  it('gives the sounds of own and married surnames', () => {
    expect(surnameKeys(person({ firstSurname: 'Vázquez', secondSurname: 'López de Hernández' }))).toEqual(
      surnameKeys(person({ firstSurname: 'Basquez', secondSurname: 'Lopes de Ernandez' })),
    );
    expect(surnameKeys(person({}))).toEqual([]);
  });
});

describe('findDuplicatePairs', () => {
  it('pairs each duplicate once with idA < idB, and leaves relatives apart', async () => {
    const records = [
      { ...maria, id: 'p2' },
      { ...maria, id: 'p1', givenNames: 'Maria Jose', firstSurname: 'Hernandez', secondSurname: '' },
      { ...maria, id: 'p3', givenNames: 'Ana Lucía', birthDate: '1993-08-30' },
      person({
        id: 'p4',
        givenNames: 'Jean',
        firstSurname: 'Saint-Fleur',
        birthDate: '1980-05-05',
        nationality: 'HTI',
        sex: 'M',
      }),
      person({
        id: 'p5',
        givenNames: 'Jan',
        firstSurname: 'Saint Fleur',
        birthDate: '1980-05-05',
        nationality: 'HTI',
        sex: 'M',
      }),
      person({ id: 'p6' }),
      person({ id: 'p7' }),
    ];
    const pairs = await findDuplicatePairs(records);
    expect(pairs.map((p) => `${p.idA}-${p.idB}`)).toEqual(['p1-p2', 'p4-p5']);
    for (const pair of pairs) expect(pair.score).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
  });
});
