import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fieldAad, isLegacyPlaintext, legacyText, open, seal, SealedValueError, SEALED_V1 } from './envelope';

const key = randomBytes(32);
const place = { table: 'interview_turns', column: 'text', rowId: '1' };
const text = Buffer.from('Me amenazaron en San Pedro Sula', 'utf8');

describe('the sealed value format', () => {
  it('opens what it sealed, with a version byte, a fresh IV each time and no plaintext inside', () => {
    const a = seal(key, text, fieldAad(place));
    const b = seal(key, text, fieldAad(place));
    expect(a[0]).toBe(SEALED_V1);
    expect(a.length).toBe(1 + 12 + text.length + 16);
    expect(a.subarray(1, 13).equals(b.subarray(1, 13))).toBe(false);
    expect(a.includes(text)).toBe(false);
    expect(open(key, a, fieldAad(place)).toString('utf8')).toBe(text.toString('utf8'));
  });

  it('refuses a value moved to another row, column or table', () => {
    const sealed = seal(key, text, fieldAad(place));
    for (const moved of [
      { ...place, rowId: '2' },
      { ...place, column: 'observations' },
      { ...place, table: 'interview_addenda' },
    ]) {
      expect(() => open(key, sealed, fieldAad(moved))).toThrow(SealedValueError);
    }
  });

  it('refuses another key, a flipped bit, a truncated value and an unknown version', () => {
    const sealed = seal(key, text, fieldAad(place));
    expect(() => open(randomBytes(32), sealed, fieldAad(place))).toThrow(SealedValueError);
    const flipped = Buffer.from(sealed);
    flipped[20] = flipped[20]! ^ 1;
    expect(() => open(key, flipped, fieldAad(place))).toThrow(SealedValueError);
    expect(() => open(key, sealed.subarray(0, 20), fieldAad(place))).toThrow(SealedValueError);
    const version2 = Buffer.from(sealed);
    version2[0] = 2;
    expect(() => open(key, version2, fieldAad(place))).toThrow(SealedValueError);
  });

  it('tells plaintext awaiting sealing (with or without the migration marker) from a sealed value', () => {
    expect(isLegacyPlaintext(Buffer.concat([Buffer.of(0), text]))).toBe(true);
    expect(legacyText(Buffer.concat([Buffer.of(0), text]))).toBe(text.toString('utf8'));
    expect(isLegacyPlaintext(text)).toBe(true);
    expect(legacyText(text)).toBe(text.toString('utf8'));
    expect(isLegacyPlaintext(seal(key, text, fieldAad(place)))).toBe(false);
  });
});
