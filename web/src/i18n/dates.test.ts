import { describe, expect, it } from 'vitest';
import { ageOn, formatDate, formatDateTime, parseUserDate } from './dates';

describe('formatDate', () => {
  it('writes ISO dates as dd/mm/yyyy', () => {
    expect(formatDate('2026-03-05')).toBe('05/03/2026');
    expect(formatDate('1994-12-31')).toBe('31/12/1994');
  });
  it('leaves anything that is not an ISO date visible as it is', () => {
    expect(formatDate('05/03/2026')).toBe('05/03/2026');
    expect(formatDate('')).toBe('');
  });
});

describe('parseUserDate', () => {
  it('reads dd/mm/yyyy, with or without leading zeros, and ISO', () => {
    expect(parseUserDate('05/03/2026')).toBe('2026-03-05');
    expect(parseUserDate('5/3/2026')).toBe('2026-03-05');
    expect(parseUserDate(' 5.3.2026 ')).toBe('2026-03-05');
    expect(parseUserDate('2026-03-05')).toBe('2026-03-05');
  });
  it('returns text that is not a date unchanged, for the schema to refuse', () => {
    expect(parseUserDate('03/2026')).toBe('03/2026');
    expect(parseUserDate('mañana')).toBe('mañana');
  });
});

describe('formatDateTime', () => {
  it("shows the instant on the authority's clock, dd/mm/yyyy HH:mm", () => {
    expect(formatDateTime('2026-11-18T20:43:00.000Z', 'America/Mexico_City')).toBe('18/11/2026 14:43');
    expect(formatDateTime('2026-01-01T03:05:00Z', 'America/Mexico_City')).toBe('31/12/2025 21:05');
  });
  it('uses a 24-hour clock', () => {
    expect(formatDateTime('2026-06-01T23:30:00Z', 'UTC')).toBe('01/06/2026 23:30');
  });
});

describe('ageOn', () => {
  it('counts whole years, not yet a year more before the birthday', () => {
    expect(ageOn('1994-06-01', '2026-05-31')).toBe(31);
    expect(ageOn('1994-06-01', '2026-06-01')).toBe(32);
  });
  it('gives no age for a malformed date', () => {
    expect(ageOn('1994', '2026-06-01')).toBeNull();
  });
});
