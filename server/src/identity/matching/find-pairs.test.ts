import { describe, expect, it } from 'vitest';
import { findPairsInTable } from './find-pairs';
import { NameLexicon } from './lexicon';
import { PersonTable } from './person-table';

// A population where a few names are very common (as among Haitian applicants), so that the
// term-frequency adjustment counts exact name agreement well below average.
const GIVEN = [
  'Marie',
  'Jean',
  'Pierre',
  'Rose',
  'Joseph',
  'Lovely',
  'Wilner',
  'Nadège',
  'Fritz',
  'Guerline',
];
const SURNAMES = ['Joseph', 'Jean', 'Pierre', 'Louis', 'Charles', 'Desir', 'Augustin', 'Dorvil', 'Celestin'];

function population(): PersonTable {
  const table = new PersonTable(new NameLexicon(), 4096);
  let seed = 7;
  const next = (n: number) => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed >>> 8) % n;
  };
  for (let k = 0; k < 3000; k++) {
    // Marie and Joseph far more often than the rest.
    const given = next(3) === 0 ? 'Marie' : GIVEN[next(GIVEN.length)]!;
    const surname = next(3) === 0 ? 'Joseph' : SURNAMES[next(SURNAMES.length)]!;
    const year = 1950 + next(70);
    const month = 1 + next(12);
    const day = 1 + next(28);
    table.addFields(
      `p${k}`,
      given,
      surname,
      '',
      next(2) ? 'F' : 'M',
      year * 10000 + month * 100 + day,
      'HTI',
      '',
    );
  }
  return table;
}

describe('findPairsInTable', () => {
  it('pairs identical records of a common name and exact date, and keeps twins apart', async () => {
    const table = population();
    table.addFields('dup-a', 'Marie', 'Joseph', '', 'F', 20150731, 'HTI', '');
    table.addFields('dup-b', 'Marie', 'Joseph', '', 'F', 20150731, 'HTI', '');
    table.addFields('twin-a', 'Rose', 'Dorvil', 'Celestin', 'F', 20120305, 'HTI', '');
    table.addFields('twin-b', 'Guerline', 'Dorvil', 'Celestin', 'F', 20120305, 'HTI', '');
    table.addFields('swap-a', 'Wilner', 'Augustin', '', 'M', 19880214, 'HTI', '');
    table.addFields('swap-b', 'Augustin', 'Wilner', '', 'M', 19880214, 'HTI', '');
    const { pairs } = await findPairsInTable(table, { threshold: 0.9 });
    const found = new Set(pairs.map((pair) => `${pair.idA}-${pair.idB}`));
    expect(found.has('dup-a-dup-b')).toBe(true);
    expect(found.has('swap-a-swap-b')).toBe(true);
    expect(found.has('twin-a-twin-b')).toBe(false);
  });
});
