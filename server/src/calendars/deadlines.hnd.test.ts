import { describe, expect, it } from 'vitest';
import { buildCalendar, isWorkingDay } from './calendar';
import { addCalendarDays, addWorkingDays, workingDaysBetween } from './day-count';

// Hand-computed from the Código del Trabajo art. 339 feriados (date-holidays) with Decreto 78-2015
// (3, 12 and 21 October grouped Wednesday–Friday from the first Wednesday of October) and Decreto
// 50-2003 (14 April on the following Monday) applied, and a printed calendar. Honduras' refugee time
// limits were not found: these are working-day counts.
const hnd = buildCalendar('HND');

describe('Honduras: Código del Trabajo art. 339 feriados', () => {
  it('Semana Morazánica 2026: Wednesday 7 to Friday 9 October; 12 October is a working day', () => {
    // From Tue 6 Oct: 7, 8, 9 skipped, weekend, day 1 Mon 12 Oct.
    expect(addWorkingDays(hnd, '2026-10-06', 1).date).toBe('2026-10-12');
  });

  it('Semana Morazánica 2025: Wednesday 1 to Friday 3 October', () => {
    expect(addWorkingDays(hnd, '2025-09-30', 1).date).toBe('2025-10-06');
  });

  it('Semana Morazánica 2024: 2–4 October; Monday 21 October is a working day', () => {
    // From Tue 1 Oct: 2, 3, 4 skipped, Mon 7 1, Tue 8 2. From Fri 18 Oct, day 1 is Mon 21.
    expect(addWorkingDays(hnd, '2024-10-01', 2).date).toBe('2024-10-08');
    expect(addWorkingDays(hnd, '2024-10-18', 1).date).toBe('2024-10-21');
  });

  it('Día de las Américas 2026: Tuesday 14 April works, Monday 20 April does not', () => {
    expect(addWorkingDays(hnd, '2026-04-13', 1).date).toBe('2026-04-14');
    expect(addWorkingDays(hnd, '2026-04-17', 1).date).toBe('2026-04-21');
  });

  it('30 working days from Tuesday 31 March 2026 over Holy Week, 20 April and 1 May', () => {
    // Wed 1 Apr 1, Thu 2 and Fri 3 skipped, 6–10 Apr 2–6, 13–17 7–11, Mon 20 skipped, 21–24 12–15,
    // 27–30 16–19, Fri 1 May skipped, 4–8 May 20–24, 11–15 25–29, Mon 18 May 30.
    expect(addWorkingDays(hnd, '2026-03-31', 30).date).toBe('2026-05-18');
  });

  it('the 2025–26 year end', () => {
    // From Wed 24 Dec: Thu 25 skipped, Fri 26 1, Mon 29 2, Tue 30 3, Wed 31 4, Thu 1 Jan skipped, Fri 2 Jan 5.
    expect(addWorkingDays(hnd, '2025-12-24', 3).date).toBe('2025-12-30');
    expect(addWorkingDays(hnd, '2025-12-24', 5).date).toBe('2026-01-02');
  });

  it('Independence Day, Tuesday 15 September 2026', () => {
    expect(addWorkingDays(hnd, '2026-09-14', 1).date).toBe('2026-09-16');
  });

  it('2027: Semana Morazánica 6–8 October and 14 April (Wednesday) on Monday 19', () => {
    expect(addWorkingDays(hnd, '2027-10-05', 1).date).toBe('2027-10-11');
    expect(addWorkingDays(hnd, '2027-04-16', 1).date).toBe('2027-04-20');
    expect(isWorkingDay(hnd, '2027-04-14')).toBe(true);
  });

  it('30 calendar days ending in the Semana Morazánica', () => {
    // 7 Sep + 30 = Wed 7 Oct 2026; moved forward past 7–9 Oct and the weekend to Mon 12.
    expect(addCalendarDays('2026-09-07', 30).date).toBe('2026-10-07');
    expect(addCalendarDays('2026-09-07', 30, { rollForwardIn: hnd }).date).toBe('2026-10-12');
  });

  it('counts October 2026', () => {
    // 22 weekdays (Thu 1 to Fri 30), less 7, 8 and 9 October.
    expect(workingDaysBetween(hnd, '2026-09-30', '2026-10-31')).toBe(19);
  });
});
