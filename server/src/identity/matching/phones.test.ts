import { describe, expect, it } from 'vitest';
import { normalisePhone } from './phones';

describe('normalisePhone', () => {
  it('reads international numbers whatever the default country', () => {
    expect(normalisePhone('+52 55 1234 5678')).toBe('+525512345678');
    expect(normalisePhone('0052 55 1234 5678', 'HND')).toBe('+525512345678');
    expect(normalisePhone('+504 9876-5432', 'MEX')).toBe('+50498765432');
  });

  it('reads national numbers in the region of the default country', () => {
    expect(normalisePhone('55 1234 5678', 'MEX')).toBe('+525512345678');
    expect(normalisePhone('9876-5432', 'HND')).toBe('+50498765432');
    expect(normalisePhone('3456-7890', 'HTI')).toBe('+50934567890');
  });

  it('gives nothing for what cannot be a phone number', () => {
    expect(normalisePhone('')).toBe('');
    expect(normalisePhone('12')).toBe('');
    expect(normalisePhone('no tiene', 'MEX')).toBe('');
    expect(normalisePhone('9876-5432')).toBe(''); // national, and no country to read it in
  });
});
