import { describe, expect, it } from 'vitest';
import { buildCalendar, isWorkingDay } from './calendar';
import { addCalendarDays, addWorkingDays, workingDaysBetween } from './day-count';
import { loadCountryProfile } from '../countries/country-profile.loader';
import { runClock } from '../procedure/clock';
import { computeDeadlines } from '../procedure/deadlines';
import { checkExtension, timeLimitInForce } from '../procedure/time-limits';

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

// No Honduran refugee time limit was found (every profile entry is 'unknown'), so computeDeadlines shows
// none. The clock is shown on an illustrative 10-working-day count with the Honduran calendar, to pin how a
// suspension and the Semana Morazánica combine once the authority records a limit.
const procedure = loadCountryProfile('HND').procedure;
const morazanica = [{ from: '2026-10-05', to: '2026-10-09' }];

describe('Honduras: a suspension over the Semana Morazánica, and no extension', () => {
  it('10 working days from Friday 2 October 2026, suspended Monday 5 – Friday 9 October', () => {
    // Unsuspended: Mon 5 1, Tue 6 2, Wed 7 – Fri 9 feriados, Mon 12 3 (12 Oct is a working day), 13–16 4–7,
    // Mon 19 8, Tue 20 9, Wed 21 Oct 10 (21 Oct is a working day too). The suspension takes only Mon 5 and
    // Tue 6 (2 working days): Mon 12 1, 13–16 2–5, 19–23 6–10, so Fri 23 Oct.
    expect(runClock(hnd, '2026-10-02', 10, 'working_days')).toMatchObject({ due: '2026-10-21' });
    expect(runClock(hnd, '2026-10-02', 10, 'working_days', morazanica)).toEqual({
      kind: 'due',
      due: '2026-10-23',
      pausedDays: 5,
    });
  });

  it('a suspension lifted midway through the Semana Morazánica resumes on Monday 12 October', () => {
    // Entered on Mon 5 without an end, the suspension stops the clock with all 10 days left (none had
    // counted yet). Lifted on Wed 7: Thu 8 and Fri 9 are feriados anyway, so the count resumes on Mon 12
    // and ends on Fri 23 Oct, as with the week-long suspension.
    expect(runClock(hnd, '2026-10-02', 10, 'working_days', [{ from: '2026-10-05', to: null }])).toEqual({
      kind: 'stopped',
      since: '2026-10-05',
      unitsLeft: 10,
      pausedDays: 0,
    });
    expect(
      runClock(hnd, '2026-10-02', 10, 'working_days', [{ from: '2026-10-05', to: '2026-10-07' }]),
    ).toEqual({
      kind: 'due',
      due: '2026-10-23',
      pausedDays: 3,
    });
  });

  it('computes no deadline from the profile, however the clock moves', () => {
    const events = { entry: '2026-09-01', filing: '2026-09-02', decision_issued: '2026-10-01' };
    const clock = { pauses: morazanica, extensions: [] };
    expect(computeDeadlines(procedure, hnd, events, '2026-10-06', clock)).toEqual([]);
  });

  it('refuses every extension: Honduran deadlines were not found', () => {
    // Each limit's profile note reads "Honduran deadlines were not found in the sources" (or, for filing,
    // "No filing time limit was found"): there is no limit to extend, let alone an extension rule.
    const request = { reason: 'force_majeure', role: 'supervisor', length: 5, previous: [] } as const;
    const ids = procedure.timeLimits.map((l) => l.id);
    expect(ids).toEqual(['filing', 'first_instance_decision', 'appeal_filing', 'appeal_decision']);
    for (const id of ids) {
      const limit = timeLimitInForce(procedure, id, '2026-10-02');
      expect(limit.status, id).toBe('unknown');
      expect(checkExtension(limit, request), id).toMatchObject({ ok: false, code: 'not_extendable' });
    }
  });
});
