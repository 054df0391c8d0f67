import { describe, expect, it } from 'vitest';
import { buildCalendar, isWorkingDay } from './calendar';
import { addCalendarDays, addWorkingDays, type CountResult } from './day-count';
import { loadCountryProfile } from '../countries/country-profile.loader';
import type { TimeLimitId } from '../procedure/procedure';
import { computeDeadlines, type ClockInputs, type EventDates } from '../procedure/deadlines';
import { checkExtension, timeLimitInForce } from '../procedure/time-limits';

// Hand-computed from the Código de Trabajo art. 148 feriados as moved by each year's law (the sourced
// table for 2024–2026; date-holidays with Leyes 9803, 10050 and the Ley 9875 moves outside it), LGAP
// art. 256 (working days for the applicant, calendar days for the administration) and a printed calendar.
// Collective public-sector vacations are candidates: working days unless the deployment counts them.
const cri = buildCalendar('CRI');
const withClosures = buildCalendar('CRI', { includeCandidates: true });
const holidays = (r: CountResult) =>
  r.skipped.filter((d) => d.reasons.some((x) => x.kind !== 'weekend')).map((d) => d.date);

describe('Costa Rica: Código de Trabajo art. 148 feriados, LGAP art. 256', () => {
  it('2024: Juan Santamaría moved from Thursday 11 to Monday 15 April (Leyes 9875, 10396)', () => {
    // From Wed 10 Apr, 3 working days: Thu 11 is 1 (a working day that year), Fri 12 2, Mon 15 skipped, Tue 16 3.
    const result = addWorkingDays(cri, '2024-04-10', 3);
    expect(result.date).toBe('2024-04-16');
    expect(holidays(result)).toEqual(['2024-04-15']);
  });

  it('2024: the Nicoya move to Monday 29 July was annulled (Ley 10438), so Thursday 25 July is the feriado', () => {
    // From Wed 24 Jul, 2 days: Thu 25 skipped, Fri 26 1, Mon 29 2.
    expect(addWorkingDays(cri, '2024-07-24', 2).date).toBe('2024-07-29');
  });

  it('Holy Week 2026: a 3-working-day appeal (LGAP art. 346) notified on Monday 30 March', () => {
    // Tue 31 Mar 1, Wed 1 Apr 2 (the Monday–Wednesday closure is only a candidate), Thu 2 and Fri 3
    // feriados, weekend, Mon 6 Apr 3.
    expect(addWorkingDays(cri, '2026-03-30', 3).date).toBe('2026-04-06');
    // Counting the customary closure too: 31 Mar–3 Apr all skipped, Mon 6 1, Tue 7 2, Wed 8 3.
    expect(addWorkingDays(withClosures, '2026-03-30', 3).date).toBe('2026-04-08');
  });

  it('the 2025–26 year end, with and without the collective vacation (Directriz 053-PLAN-MTSS)', () => {
    // From Wed 24 Dec 2025: Thu 25 skipped, Fri 26 1, Mon 29 2, Tue 30 3.
    expect(addWorkingDays(cri, '2025-12-24', 3).date).toBe('2025-12-30');
    // Counting the vacation: 26, 29, 30, 31 Dec and 2 Jan closed, 1 Jan feriado: Mon 5 1, Tue 6 2, Wed 7 Jan 3.
    expect(addWorkingDays(withClosures, '2025-12-24', 3).date).toBe('2026-01-07');
  });

  it('1 December is a feriado since 2020 (Ley 9803) and 12 October no longer is', () => {
    // From Fri 28 Nov 2025: weekend, Mon 1 Dec skipped, day 1 is Tue 2 Dec.
    expect(addWorkingDays(cri, '2025-11-28', 1).date).toBe('2025-12-02');
    // From Thu 8 Oct 2026: Fri 9 1, Mon 12 Oct 2 (date-holidays' old rule would have closed Fri 9).
    expect(addWorkingDays(cri, '2026-10-08', 2).date).toBe('2026-10-12');
  });

  it('31 August 2026 (Ley 10050) and 15 September', () => {
    // From Fri 28 Aug: Mon 31 skipped; 1–4 Sep 1–4, 7–11 5–9, Mon 14 10; Tue 15 skipped, Wed 16 is 11.
    expect(addWorkingDays(cri, '2026-08-28', 10).date).toBe('2026-09-14');
    expect(addWorkingDays(cri, '2026-08-28', 11).date).toBe('2026-09-16');
  });

  it("the administration's own limit runs in calendar days (LGAP art. 256) and ignores feriados", () => {
    // 30 Mar + 30 days: 31 Mar is day 1, 29 Apr day 30, through Holy Week.
    expect(addCalendarDays('2026-03-30', 30).date).toBe('2026-04-29');
    // 3 Mar + 30 days = Thu 2 Apr (Jueves Santo). It stays there unless the option moves it: Thu 2, Fri 3,
    // Sat 4, Sun 5 closed, Mon 6 Apr.
    expect(addCalendarDays('2026-03-03', 30).date).toBe('2026-04-02');
    expect(addCalendarDays('2026-03-03', 30, { rollForwardIn: cri }).date).toBe('2026-04-06');
  });

  it('2027, outside the table: Holy Week and 2 August from date-holidays', () => {
    // Easter 2027 is 28 Mar: from Wed 24 Mar, Thu 25 and Fri 26 skipped, day 1 is Mon 29 Mar.
    expect(addWorkingDays(cri, '2027-03-24', 1).date).toBe('2027-03-29');
    // 2 Aug 2027 (Virgen de los Ángeles) is a Monday: from Fri 30 Jul, day 1 is Tue 3 Aug.
    expect(addWorkingDays(cri, '2027-07-30', 1).date).toBe('2027-08-03');
  });

  it('2023, outside the table: Día de la Madre moved to Monday 14 August (Ley 9875, medium confidence)', () => {
    // From Fri 11 Aug: Mon 14 skipped, Tue 15 1 (a working day that year), Wed 16 2.
    expect(addWorkingDays(cri, '2023-08-11', 2).date).toBe('2023-08-16');
    expect(isWorkingDay(cri, '2023-08-15')).toBe(true);
  });

  it('a long span over the 2024 year end, with and without Directriz 045-PLAN-MTSS', () => {
    // From Fri 29 Nov 2024, 20 days: 2–6 Dec 1–5, 9–13 6–10, 16–20 11–15, 23–24 16–17, Wed 25 skipped,
    // Thu 26 18, Fri 27 19, Mon 30 Dec 20.
    expect(addWorkingDays(cri, '2024-11-29', 20).date).toBe('2024-12-30');
    // With the collective vacation (23, 24, 26, 27, 30, 31 Dec, 2, 3 Jan) and 1 Jan: Fri 20 Dec is 15,
    // then 6–10 Jan 2025 are 16–20.
    expect(addWorkingDays(withClosures, '2024-11-29', 20).date).toBe('2025-01-10');
  });

  it('Holy Week 2025 right after Juan Santamaría (Friday 11 April, not moved)', () => {
    // From Thu 10 Apr: Fri 11 skipped, Mon 14 1, Tue 15 2, Wed 16 3, Thu 17 and Fri 18 skipped, Mon 21 4, Tue 22 5.
    const result = addWorkingDays(cri, '2025-04-10', 5);
    expect(result.date).toBe('2025-04-22');
    expect(holidays(result)).toEqual(['2025-04-11', '2025-04-17', '2025-04-18']);
  });
});

// The profile's known limits: filing within 1 calendar month of entry (Decreto 43810-MGP) and the
// 3-working-day appeal (LGAP art. 346, working days for the applicant under art. 256). A suspension
// stops the clock for its days: working days for the appeal, calendar days added after the month.
const procedure = loadCountryProfile('CRI').procedure;
const limitOf = (id: TimeLimitId, events: EventDates, today: string, clock?: ClockInputs) =>
  computeDeadlines(procedure, cri, events, today, clock).find((d) => d.limit === id);
const paused = (from: string, to: string): ClockInputs => ({ pauses: [{ from, to }], extensions: [] });

describe('Costa Rica: suspensions of the filing month and the appeal, no extension', () => {
  it('a suspension over Jueves and Viernes Santo 2026 moves the 3-day appeal by the working days it took', () => {
    // Notified Fri 27 Mar. Unsuspended: Mon 30 Mar 1, Tue 31 2, Wed 1 Apr 3 (the Monday–Wednesday
    // closure is only a candidate). Suspended Tue 31 Mar – Mon 6 Apr (7 calendar days): it takes Tue 31,
    // Wed 1 and Mon 6 (3 working days); Thu 2 and Fri 3 are feriados and would not have counted. So Mon 30
    // is 1, Tue 7 Apr 2, Wed 8 Apr 3.
    const notified = {
      entry: '2025-11-03',
      filing: '2025-11-10',
      decision_issued: '2026-03-26',
      written_notification: '2026-03-27',
    };
    const clock = { ...paused('2026-03-31', '2026-04-06'), outcome: 'rejected' } as const;
    expect(limitOf('appeal_filing', notified, '2026-04-02')).toMatchObject({
      dueDate: '2026-04-01',
      status: 'overdue',
    });
    expect(limitOf('appeal_filing', notified, '2026-04-02', clock)).toMatchObject({
      dueDate: '2026-04-08',
      status: 'open',
      pausedDays: 7,
      pausedToday: true,
    });
    // Lodged Tue 7 Apr: in time only because of the suspension.
    const lodged = { ...notified, appeal_lodged: '2026-04-07' };
    expect(limitOf('appeal_filing', lodged, '2026-04-07', clock)?.status).toBe('met');
    expect(limitOf('appeal_filing', lodged, '2026-04-07')?.status).toBe('met_late');
  });

  it('a suspension of the two feriados alone moves the appeal nothing', () => {
    // Notified Wed 1 Apr 2026: Thu 2 and Fri 3 feriados, weekend, Mon 6 1, Tue 7 2, Wed 8 3, with or
    // without a suspension of Thu 2 – Fri 3 Apr (2 calendar days paused, no working day).
    const notified = { entry: '2025-11-03', filing: '2025-11-10', written_notification: '2026-04-01' };
    expect(limitOf('appeal_filing', notified, '2026-04-01')).toMatchObject({ dueDate: '2026-04-08' });
    expect(
      limitOf('appeal_filing', notified, '2026-04-01', paused('2026-04-02', '2026-04-03')),
    ).toMatchObject({
      dueDate: '2026-04-08',
      pausedDays: 2,
    });
  });

  it('a suspension over the 2025–26 year end (Directriz 053-PLAN-MTSS period) lengthens the filing month', () => {
    // Entry Mon 15 Dec 2025: one calendar month is Thu 15 Jan 2026. Suspended Mon 22 Dec – Fri 2 Jan, the
    // collective vacation with the feriados of 25 Dec and 1 Jan inside it: 12 calendar days, feriados
    // included (a month counts every day), added after 15 Jan: 16–27 Jan, so Tue 27 Jan 2026.
    const entered = { entry: '2025-12-15' };
    expect(limitOf('filing', entered, '2026-01-20')).toMatchObject({
      dueDate: '2026-01-15',
      status: 'overdue',
    });
    expect(limitOf('filing', entered, '2026-01-20', paused('2025-12-22', '2026-01-02'))).toMatchObject({
      dueDate: '2026-01-27',
      status: 'open',
      pausedDays: 12,
      unit: 'calendar_months',
    });
  });

  it('refuses every extension: the sources give none for the filing month or the appeal', () => {
    // Both known limits carry the profile note "None found" (no extension in Decreto 43810-MGP or LGAP
    // art. 346 as sourced); the decision limit itself is unknown (three months per the Defensoría, no article).
    const request = { reason: 'force_majeure', role: 'supervisor', length: 1, previous: [] } as const;
    for (const id of ['filing', 'appeal_filing', 'first_instance_decision'] as const) {
      const limit = timeLimitInForce(procedure, id, '2026-03-27');
      expect(checkExtension(limit, request), id).toMatchObject({ ok: false, code: 'not_extendable' });
    }
    expect(timeLimitInForce(procedure, 'appeal_filing', '2026-03-27')).toMatchObject({
      status: 'known',
      extension: { status: 'unknown', note: 'None found.' },
    });
  });
});
