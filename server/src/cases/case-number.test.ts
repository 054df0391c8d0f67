import { describe, expect, it } from 'vitest';
import { formatCaseNumber } from './case-number';

const format = { pattern: '{prefix}-{office}-{year}-{seq:6}', prefix: 'COMAR', note: 'test' };

describe('formatCaseNumber', () => {
  it('fills prefix, office, year and the zero-padded sequence', () => {
    expect(formatCaseNumber(format, { office: 'TAP', year: 2026, seq: 42 })).toBe('COMAR-TAP-2026-000042');
  });

  it('supports patterns without a prefix', () => {
    expect(
      formatCaseNumber(
        { pattern: '{office}/{seq:4}/{year}', prefix: '', note: 'x' },
        { office: 'SJ', year: 2025, seq: 7 },
      ),
    ).toBe('SJ/0007/2025');
  });

  it('refuses a sequence that would overflow its width instead of breaking the format', () => {
    expect(() => formatCaseNumber(format, { office: 'TAP', year: 2026, seq: 1_000_000 })).toThrow(
      /does not fit/,
    );
  });

  it('refuses a sequence below one', () => {
    expect(() => formatCaseNumber(format, { office: 'TAP', year: 2026, seq: 0 })).toThrow(/Invalid/);
  });
});
