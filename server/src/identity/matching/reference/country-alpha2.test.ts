import { countries } from '@refugio/contract';
import { describe, expect, it } from 'vitest';
import { alpha2FromAlpha3 } from './country-alpha2';

describe('alpha2FromAlpha3', () => {
  it('maps the region’s alpha-3 codes to alpha-2, in any case', () => {
    expect(alpha2FromAlpha3('MEX')).toBe('MX');
    expect(alpha2FromAlpha3('hti')).toBe('HT');
    expect(alpha2FromAlpha3('VEN')).toBe('VE');
    expect(alpha2FromAlpha3('GTM')).toBe('GT');
  });

  it('knows every country of the contract’s list', () => {
    for (const country of countries) expect(alpha2FromAlpha3(country.code)).toMatch(/^[A-Z]{2}$/);
  });

  it('gives nothing for unknown codes', () => {
    expect(alpha2FromAlpha3('')).toBe('');
    expect(alpha2FromAlpha3('XXX')).toBe('');
  });
});
