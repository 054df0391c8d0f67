import { describe, expect, it } from 'vitest';
import { normaliseDocument } from './documents';

describe('normaliseDocument', () => {
  it('strips spaces, dashes, dots and case', () => {
    expect(normaliseDocument('passport', 'g 123-456.7')).toBe('G1234567');
    expect(normaliseDocument('passport', 'G1234567')).toBe('G1234567');
  });

  it('reads O as 0 and I or l as 1 and drops leading zeros in numeric documents', () => {
    expect(normaliseDocument('dpi', '0123 45O78 0I01')).toBe(normaliseDocument('dpi', '123450780101'));
    expect(normaliseDocument('dui', '04567890-1')).toBe('45678901');
  });

  it('reads an unknown type as numeric only when it is mostly digits', () => {
    expect(normaliseDocument('unknown', '00123O567')).toBe('1230567');
    expect(normaliseDocument('unknown', 'OBRIEN01')).toBe('OBRIEN01');
  });

  it('keeps letters of alphanumeric documents and gives nothing for placeholders', () => {
    expect(normaliseDocument('passport', 'O123')).not.toBe(normaliseDocument('passport', '0123'));
    for (const placeholder of ['', ' - ', '0000', 'N/A', 'ninguno', 'S/N'])
      expect(normaliseDocument('unknown', placeholder)).toBe('');
  });
});
