import { describe, expect, it } from 'vitest';
import type { PersonRecord } from './matching';
import { MAX_FAMILY_GROUP, proposeFamilyPairs } from './family-proposals';

const person = (
  id: string,
  given: string,
  first: string,
  second: string,
  nationality = 'HND',
): PersonRecord => ({
  id,
  givenNames: given,
  firstSurname: first,
  secondSurname: second,
  sex: '',
  birthDate: '',
  nationality,
});
const never = () => false;

describe('family-link proposals', () => {
  it('proposes people of different cases sharing both surnames and nationality, accents aside', () => {
    const pairs = proposeFamilyPairs(
      [
        { record: person('b', 'Ana', 'Núñez', 'Pérez'), caseId: 'c1' },
        { record: person('a', 'Luis', 'Nunez', 'Perez'), caseId: 'c2' },
      ],
      never,
    );
    expect(pairs).toEqual([['a', 'b']]);
  });

  it('does not propose within one case, across nationalities, without a second surname, or the same person', () => {
    expect(
      proposeFamilyPairs(
        [
          { record: person('a', 'Ana', 'Núñez', 'Pérez'), caseId: 'c1' },
          { record: person('b', 'Luis', 'Núñez', 'Pérez'), caseId: 'c1' },
          { record: person('c', 'Rosa', 'Núñez', 'Pérez', 'GTM'), caseId: 'c3' },
          { record: person('d', 'Juan', 'Núñez', ''), caseId: 'c4' },
          { record: person('e', 'Juan', 'Núñez', ''), caseId: 'c5' },
        ],
        never,
      ),
    ).toEqual([]);
    expect(
      proposeFamilyPairs(
        [
          { record: person('a', 'Ana', 'Núñez', 'Pérez'), caseId: 'c1' },
          { record: person('b', 'Ana', 'Núñez', 'Pérez'), caseId: 'c2' },
        ],
        () => true,
      ),
    ).toEqual([]);
  });

  it('skips a surname pair so common that a proposal would be noise', () => {
    const many = Array.from({ length: MAX_FAMILY_GROUP + 1 }, (_, i) => ({
      record: person(`p${i}`, `Nombre${i}`, 'Hernández', 'López'),
      caseId: `c${i}`,
    }));
    expect(proposeFamilyPairs(many, never)).toEqual([]);
    expect(proposeFamilyPairs(many.slice(0, 3), never)).toHaveLength(3);
  });
});
