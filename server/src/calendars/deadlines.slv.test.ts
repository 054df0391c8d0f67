import { describe, expect, it } from 'vitest';
import { buildCalendar } from './calendar';
import { addCalendarDays, addWorkingDays, workingDaysBetween } from './day-count';

// Hand-computed from the Código de Trabajo art. 190 asuetos (date-holidays with 1 Jan, 10 May and
// 17 Jun corrected) and a printed calendar; the refugee law's limits are in working days (filing 5,
// decision 30, revisión 3). The public employees' vacation periods are candidates, counted only on request.
const slv = buildCalendar('SLV');
const withVacations = buildCalendar('SLV', { includeCandidates: true });

describe('El Salvador: Código de Trabajo art. 190 asuetos', () => {
  it('a 5-day filing window over Holy Week 2026', () => {
    // Entry Mon 30 Mar: Tue 31 1, Wed 1 Apr 2, Thu 2 and Fri 3 asuetos, Sat 4 too, Mon 6 3, Tue 7 4, Wed 8 5.
    expect(addWorkingDays(slv, '2026-03-30', 5).date).toBe('2026-04-08');
  });

  it('a 3-day revisión over Día del Padre, Wednesday 17 June 2026', () => {
    // Notified Tue 16 Jun: Wed 17 skipped, Thu 18 1, Fri 19 2, Mon 22 3 (Día del Maestro is teachers only).
    expect(addWorkingDays(slv, '2026-06-16', 3).date).toBe('2026-06-22');
  });

  it("1 January 2026, and 2 January only if the public employees' vacation counts", () => {
    // From Wed 31 Dec 2025: Thu 1 Jan skipped, day 1 Fri 2 Jan; with the vacation (to 2 Jan), Mon 5 Jan.
    expect(addWorkingDays(slv, '2025-12-31', 1).date).toBe('2026-01-02');
    expect(addWorkingDays(withVacations, '2025-12-31', 1).date).toBe('2026-01-05');
  });

  it('Día de la Madre, Friday 10 May 2024', () => {
    // From Thu 9 May: Fri 10 skipped, day 1 is Mon 13.
    expect(addWorkingDays(slv, '2024-05-09', 1).date).toBe('2024-05-13');
  });

  it('a 30-day decision over 6 August and the August vacation', () => {
    // Filed Mon 20 Jul 2026: 21–24 Jul 1–4, 27–31 5–9, 3–5 Aug 10–12, Thu 6 skipped, Fri 7 13, 10–14 14–18,
    // 17–21 19–23, 24–28 24–28, Mon 31 29, Tue 1 Sep 30.
    expect(addWorkingDays(slv, '2026-07-20', 30).date).toBe('2026-09-01');
    // Counting 3–5 Aug as vacation: 31 Aug becomes 26, then 1–4 Sep 27–30.
    expect(addWorkingDays(withVacations, '2026-07-20', 30).date).toBe('2026-09-04');
  });

  it('the 2026 year end', () => {
    // From Wed 23 Dec: Thu 24 1, Fri 25 skipped, Mon 28 2, Tue 29 3.
    expect(addWorkingDays(slv, '2026-12-23', 3).date).toBe('2026-12-29');
  });

  it('Día de los Difuntos, Monday 2 November 2026', () => {
    // From Fri 30 Oct: weekend, Mon 2 Nov skipped, day 1 Tue 3.
    expect(addWorkingDays(slv, '2026-10-30', 1).date).toBe('2026-11-03');
  });

  it('Independence Day, Monday 15 September 2025', () => {
    expect(addWorkingDays(slv, '2025-09-12', 1).date).toBe('2025-09-16');
  });

  it('30 days from Tuesday 15 April 2025 over Holy Week and 1 May', () => {
    // Wed 16 1, Thu 17 and Fri 18 skipped, 21–25 Apr 2–6, 28–30 7–9, Thu 1 May skipped, Fri 2 10, 5–9 May
    // 11–15 (7 May, Día del Soldado, is an observance), 12–16 16–20, 19–23 21–25, 26–30 26–30.
    expect(addWorkingDays(slv, '2025-04-15', 30).date).toBe('2025-05-30');
  });

  it('2027: Día de la Madre on Monday 10 May', () => {
    expect(addWorkingDays(slv, '2027-05-07', 1).date).toBe('2027-05-11');
  });

  it('a calendar-day limit ending on 15 September moves to the 16th only with the option', () => {
    // 16 Aug + 30 days = Tue 15 Sep 2026.
    expect(addCalendarDays('2026-08-16', 30).date).toBe('2026-09-15');
    expect(addCalendarDays('2026-08-16', 30, { rollForwardIn: slv }).date).toBe('2026-09-16');
  });

  it('counts July and August 2026', () => {
    // July has 23 weekdays; August 21, less Thu 6 Aug: 43.
    expect(workingDaysBetween(slv, '2026-06-30', '2026-08-31')).toBe(43);
  });
});
