import { describe, expect, it } from 'vitest';
import { canonicalGivenName } from './given-name-variants';
import { GIVEN_NAME_VARIANTS } from './reference/given-name-variants';

describe('canonicalGivenName', () => {
  it.each([
    ['lupe', 'guadalupe'],
    ['chuy', 'jesus'],
    ['pepe', 'jose'],
    ['paco', 'francisco'],
    ['pancho', 'francisco'],
    ['memo', 'guillermo'],
    ['nacho', 'ignacio'],
    ['lalo', 'eduardo'],
    ['quique', 'enrique'],
    ['tono', 'antonio'],
    ['concha', 'concepcion'],
    ['charo', 'rosario'],
    ['mohammed', 'muhammad'],
    ['mohamed', 'muhammad'],
    ['aleksandr', 'alejandro'],
    ['jan', 'jean'],
    ['franswa', 'francisco'],
  ])('%s → %s', (variant, canonical) => {
    expect(canonicalGivenName(variant)).toBe(canonical);
  });

  it('leaves other names and different names alone', () => {
    expect(canonicalGivenName('xochitl')).toBe('xochitl');
    expect(canonicalGivenName('josefa')).not.toBe(canonicalGivenName('jose'));
    expect(canonicalGivenName('jean')).not.toBe(canonicalGivenName('juan'));
    expect(canonicalGivenName('francisca')).not.toBe(canonicalGivenName('francisco'));
  });

  it('data: every spelling is folded and lists one group only', () => {
    const seen = new Map<string, string>();
    for (const group of GIVEN_NAME_VARIANTS)
      for (const spelling of group) {
        expect(spelling).toMatch(/^[a-z]+$/);
        expect(seen.get(spelling), spelling).toBeUndefined();
        seen.set(spelling, group[0]!);
      }
  });
});
