import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withinEdits, withinOneEdit } from './edit-distance';

describe('edit distance', () => {
  it('counts substitutions, insertions, deletions and adjacent transpositions as one edit', () => {
    for (const [a, b] of [
      ['hernandez', 'hernandes'],
      ['hernandez', 'hernadez'],
      ['hernandez', 'herrnandez'],
      ['hernandez', 'hrenandez'],
      ['gomez', 'gomez'],
    ]) {
      expect(withinOneEdit(a!, b!), `${a} ${b}`).toBe(true);
      expect(withinEdits(a!, b!, 1), `${a} ${b}`).toBe(true);
    }
  });

  it('refuses two edits', () => {
    for (const [a, b] of [
      ['hernandez', 'hermandes'],
      ['lopez', 'pelo'],
      ['ana', 'anaaa'],
    ]) {
      expect(withinOneEdit(a!, b!), `${a} ${b}`).toBe(false);
      expect(withinEdits(a!, b!, 1), `${a} ${b}`).toBe(false);
    }
    expect(withinEdits('hernandez', 'hermandes', 2)).toBe(true);
  });

  it('the one-pass test agrees with the matrix, and both are symmetric', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), maxLength: 8 });
    fc.assert(
      fc.property(word, word, (a, b) => {
        expect(withinOneEdit(a, b)).toBe(withinEdits(a, b, 1));
        expect(withinOneEdit(a, b)).toBe(withinOneEdit(b, a));
        expect(withinEdits(a, b, 2)).toBe(withinEdits(b, a, 2));
      }),
      { numRuns: 500 },
    );
  });
});
