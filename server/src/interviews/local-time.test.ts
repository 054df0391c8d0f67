import { describe, expect, it } from 'vitest';
import { instantAt, isoWeekday, localParts } from './local-time';

describe('local times of the country', () => {
  it('reads a Mexico City wall clock as UTC-6 (no summer time since 2022)', () => {
    expect(instantAt('2026-12-03', '09:30', 'America/Mexico_City').toISOString()).toBe(
      '2026-12-03T15:30:00.000Z',
    );
  });

  it('gives the local date of a late-evening instant, not the UTC one', () => {
    expect(localParts(new Date('2026-12-04T03:00:00Z'), 'America/Mexico_City')).toEqual({
      date: '2026-12-03',
      time: '21:00',
    });
  });

  it('round-trips across a summer-time change (Belize has none; New York does)', () => {
    for (const [date, time] of [
      ['2026-03-08', '03:30'],
      ['2026-11-01', '09:00'],
      ['2026-07-15', '23:59'],
    ] as const) {
      const instant = instantAt(date, time, 'America/New_York');
      expect(localParts(instant, 'America/New_York')).toEqual({ date, time });
    }
    expect(instantAt('2026-07-15', '12:00', 'America/Belize').toISOString()).toBe('2026-07-15T18:00:00.000Z');
  });

  it('numbers weekdays from Monday', () => {
    expect(isoWeekday('2026-11-30')).toBe(1);
    expect(isoWeekday('2026-12-06')).toBe(7);
  });
});
