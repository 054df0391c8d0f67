import { describe, expect, it } from 'vitest';
import { normalizeForSearch, searchTokens } from './normalize';

describe('normalizeForSearch', () => {
  it('removes accents, tildes and case', () => {
    expect(normalizeForSearch('José Núñez PÉREZ')).toBe('jose nunez perez');
    expect(normalizeForSearch('Ángela Müller')).toBe('angela muller');
  });

  it('turns punctuation and hyphens into word breaks', () => {
    expect(normalizeForSearch("  María-José O'Brien ")).toBe('maria jose o brien');
    expect(normalizeForSearch('COMAR-TAP-2026-000012')).toBe('comar tap 2026 000012');
  });

  it('keeps letters of other scripts, without their diacritics', () => {
    expect(normalizeForSearch('Алексей')).toBe('алексеи');
  });

  it('never leaves SQL wildcard characters', () => {
    expect(normalizeForSearch("100%_'; drop")).toBe('100 drop');
  });
});

describe('searchTokens', () => {
  it('gives distinct tokens regardless of order and accents', () => {
    expect(searchTokens('perez juan')).toEqual(['perez', 'juan']);
    expect(new Set(searchTokens('Juan Pérez'))).toEqual(new Set(searchTokens('perez JUAN')));
  });

  it('drops duplicates and empty input', () => {
    expect(searchTokens('ana ana')).toEqual(['ana']);
    expect(searchTokens('  -- ')).toEqual([]);
  });
});
