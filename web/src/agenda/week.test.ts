import { describe, expect, it } from 'vitest';
import { addDays, mondayOf, partOn, placeOnGrid, weekDates } from './week';

describe('the agenda’s week', () => {
  it('starts on the Monday of the week a date falls in, Sunday included', () => {
    expect(mondayOf('2026-12-07')).toBe('2026-12-07');
    expect(mondayOf('2026-12-10')).toBe('2026-12-07');
    expect(mondayOf('2026-12-13')).toBe('2026-12-07');
    expect(mondayOf('2027-01-01')).toBe('2026-12-28');
    expect(weekDates('2026-12-28').at(-1)).toBe('2027-01-03');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('cuts a booking across days into each day’s part', () => {
    const leave = {
      start: { date: '2026-12-07', time: '14:00' },
      end: { date: '2026-12-09', time: '10:00' },
    };
    expect(partOn(leave, '2026-12-06')).toBeNull();
    expect(partOn(leave, '2026-12-07')).toEqual({ from: 14 * 60, to: 24 * 60 });
    expect(partOn(leave, '2026-12-08')).toEqual({ from: 0, to: 24 * 60 });
    expect(partOn(leave, '2026-12-09')).toEqual({ from: 0, to: 10 * 60 });
    // Ending at midnight takes nothing of the next day.
    const evening = {
      start: { date: '2026-12-07', time: '18:00' },
      end: { date: '2026-12-08', time: '00:00' },
    };
    expect(partOn(evening, '2026-12-08')).toBeNull();
  });

  it('places a part on the 08:00–18:00 grid, clipped, or nowhere when it is outside', () => {
    expect(placeOnGrid({ from: 9 * 60, to: 11 * 60 })).toEqual({ top: 10, height: 20 });
    expect(placeOnGrid({ from: 0, to: 24 * 60 })).toEqual({ top: 0, height: 100 });
    expect(placeOnGrid({ from: 19 * 60, to: 20 * 60 })).toBeNull();
    expect(placeOnGrid({ from: 7 * 60, to: 8 * 60 })).toBeNull();
  });
});
