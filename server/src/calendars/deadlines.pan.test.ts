import { describe, expect, it } from 'vitest';
import { buildCalendar, isWorkingDay } from './calendar';
import { addCalendarDays, addWorkingDays } from './day-count';

// Hand-computed from the días de fiesta o duelo nacional of the Código de Trabajo art. 46 as date-holidays
// 3.37.0 lists them (Colón Day and 20 December included; a Sunday holiday moves to Monday, a Saturday
// one does not) and a printed calendar. Panama's decision and appeal limits were not found: these are
// working-day counts.
const pan = buildCalendar('PAN');

describe('Panama: Código de Trabajo art. 46 holidays', () => {
  it('the November fiestas patrias of 2026', () => {
    // From Mon 2 Nov, 5 days: Tue 3 skipped, Wed 4 1 (Flag Day is an observance), Thu 5 skipped, Fri 6 2,
    // Mon 9 3, Tue 10 skipped, Wed 11 4, Thu 12 5.
    expect(addWorkingDays(pan, '2026-11-02', 5).date).toBe('2026-11-12');
  });

  it('Carnival 2026: Tuesday 17 February is a holiday, Monday 16 is not', () => {
    // From Fri 13 Feb: Mon 16 1, Tue 17 skipped, Wed 18 2.
    expect(addWorkingDays(pan, '2026-02-13', 2).date).toBe('2026-02-18');
  });

  it('20 December 2026 falls on a Sunday and moves to Monday 21', () => {
    // From Fri 18 Dec: Mon 21 skipped, day 1 Tue 22. Five days: 22, 23, 24, Fri 25 skipped, Mon 28, Tue 29.
    expect(addWorkingDays(pan, '2026-12-18', 1).date).toBe('2026-12-22');
    expect(addWorkingDays(pan, '2026-12-18', 5).date).toBe('2026-12-29');
  });

  it('across the 2026 year end; 9 January 2027 is a Saturday and is not moved', () => {
    // From Wed 30 Dec: Thu 31 1, Fri 1 Jan skipped, Mon 4 2, Tue 5 3.
    expect(addWorkingDays(pan, '2026-12-30', 3).date).toBe('2027-01-05');
    expect(isWorkingDay(pan, '2027-01-11')).toBe(true);
  });

  it('the presidential inauguration, Monday 1 July 2024', () => {
    expect(addWorkingDays(pan, '2024-06-28', 1).date).toBe('2024-07-02');
  });

  it('November 2024: Sunday 3 and Sunday 10 move to Mondays 4 and 11', () => {
    // From Fri 1 Nov: Mon 4 and Tue 5 skipped, Wed 6 1, Thu 7 2, Fri 8 3, Mon 11 skipped, Tue 12 4, Wed 13 5.
    expect(addWorkingDays(pan, '2024-11-01', 5).date).toBe('2024-11-13');
  });

  it('Holy Week 2026: only Good Friday', () => {
    // From Wed 1 Apr: Thu 2 1, Fri 3 skipped, Mon 6 2.
    expect(addWorkingDays(pan, '2026-04-01', 2).date).toBe('2026-04-06');
  });

  it('60 working days from Friday 31 October 2025 over November, December and 9 January', () => {
    // Closed: 3, 5, 10, 28 Nov, 8 and 25 Dec, 1 and 9 Jan (20 Dec 2025 is a Saturday). Tue 4 Nov 1, Thu 6 2,
    // Fri 7 3, 11–14 4–7, 17–21 8–12, 24–27 13–16, 1–5 Dec 17–21, 9–12 22–25, 15–19 26–30, 22–24 31–33,
    // 26 34, 29–31 35–37, Fri 2 Jan 38, 5–8 39–42, 12–16 43–47, 19–23 48–52, 26–30 53–57, 2–4 Feb 58–60.
    expect(addWorkingDays(pan, '2025-10-31', 60).date).toBe('2026-02-04');
  });

  it('Mothers Day, Monday 8 December 2025', () => {
    expect(addWorkingDays(pan, '2025-12-05', 1).date).toBe('2025-12-09');
  });

  it('5 calendar days ending on Separation Day move to Wednesday 4 November 2026 with the option', () => {
    // 29 Oct + 5 = Tue 3 Nov 2026 (holiday); Wed 4 is a working day.
    expect(addCalendarDays('2026-10-29', 5).date).toBe('2026-11-03');
    expect(addCalendarDays('2026-10-29', 5, { rollForwardIn: pan }).date).toBe('2026-11-04');
  });
});
