import { describe, expect, it } from 'vitest';
import { buildCalendar } from './calendar';
import { addCalendarDays, addWorkingDays, workingDaysBetween } from './day-count';
import { loadCountryProfile } from '../countries/country-profile.loader';
import { computeDeadlines, type ClockInputs, type EventDates } from '../procedure/deadlines';
import { checkExtension, timeLimitInForce, type ExtensionRequest } from '../procedure/time-limits';

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

// Decreto Legislativo 918 art. 27: the Commission decides within 30 working days of the referral, and
// "en casos excepcionales este término podrá ser ampliado" (no count or length stated); art. 29: the
// revisión within 3 working days, with no extension. Suspensions stop the clock for their days.
const procedure = loadCountryProfile('SLV').procedure;
const decisionOf = (events: EventDates, today: string, clock?: ClockInputs) =>
  computeDeadlines(procedure, slv, events, today, clock).find((d) => d.limit === 'first_instance_decision');

describe('El Salvador: suspensions and extensions of the Decreto 918 limits', () => {
  const spring = { entry: '2026-03-09', filing: '2026-03-10', referral_to_decision_body: '2026-03-16' };

  it('a suspension over Holy Week 2026 moves the 30-day decision (art. 27) by the 8 working days it took', () => {
    // Referred Mon 16 Mar. Unsuspended: 17–20 Mar 1–4, 23–27 5–9, 30 Mar–1 Apr 10–12, Thu 2 and Fri 3
    // Apr asuetos, 6–10 Apr 13–17, 13–17 18–22, 20–24 23–27, 27–29 Apr 28–30: Wed 29 Apr.
    // Suspended Mon 30 Mar – Fri 10 Apr (12 calendar days), of which only 30, 31 Mar, 1 Apr and 6–10 Apr
    // are working days: 8, not 10, because Holy Thursday and Good Friday would not have counted anyway.
    // 13–17 Apr 10–14, 20–24 15–19, 27–30 Apr 20–23, Fri 1 May asueto, 4–8 May 24–28, Mon 11 29,
    // Tue 12 May 30 (Día de la Madre, 10 May, is a Sunday that year).
    const suspended: ClockInputs = { pauses: [{ from: '2026-03-30', to: '2026-04-10' }], extensions: [] };
    expect(decisionOf(spring, '2026-04-30')).toMatchObject({
      dueDate: '2026-04-29',
      status: 'overdue',
      pausedDays: 0,
    });
    expect(decisionOf(spring, '2026-04-30', suspended)).toMatchObject({
      dueDate: '2026-05-12',
      status: 'open',
      pausedDays: 12,
      pausedToday: false,
    });
    // A decision on Mon 11 May is in time only because of the suspension.
    const decided = { ...spring, decision_issued: '2026-05-11' };
    expect(decisionOf(decided, '2026-05-11', suspended)?.status).toBe('met');
    expect(decisionOf(decided, '2026-05-11')?.status).toBe('met_late');
  });

  it('a suspension of the Holy Week asuetos alone moves nothing', () => {
    // Thu 2 – Sat 4 Apr were never working days: the end stays Wed 29 Apr, with 3 days paused.
    const asuetosOnly: ClockInputs = { pauses: [{ from: '2026-04-02', to: '2026-04-04' }], extensions: [] };
    expect(decisionOf(spring, '2026-04-01', asuetosOnly)).toMatchObject({
      dueDate: '2026-04-29',
      pausedDays: 3,
    });
  });

  it('an extension for an exceptional case (art. 27), granted across the 2026 year end', () => {
    // Referred Mon 16 Nov 2026: 17–20 Nov 1–4, 23–27 5–9, 30 Nov–4 Dec 10–14, 7–11 Dec 15–19, 14–18
    // 20–24, 21–24 25–28 (24 Dec is only a vacation candidate), Fri 25 asueto, Mon 28 29, Tue 29 Dec 30.
    // Extended by 10 working days: Wed 30 31, Thu 31 32, Fri 1 Jan 2027 asueto, 4–8 Jan 33–37, Mon 11
    // 38, Tue 12 39, Wed 13 Jan 40.
    const referred = { entry: '2026-11-02', filing: '2026-11-03', referral_to_decision_body: '2026-11-16' };
    const limit = timeLimitInForce(procedure, 'first_instance_decision', referred.referral_to_decision_body);
    const request = { reason: 'exceptional_case', role: 'supervisor', length: 10, previous: [] } as const;
    expect(checkExtension(limit, request)).toEqual({ ok: true });
    const extended: ClockInputs = {
      pauses: [],
      extensions: [
        {
          limit: 'first_instance_decision',
          reason: 'exceptional_case',
          length: 10,
          note: 'Informe de evaluación incompleto por falta de intérprete.',
          grantedAt: '2026-12-28',
        },
      ],
    };
    expect(decisionOf(referred, '2026-12-30')).toMatchObject({
      dueDate: '2026-12-29',
      extendedBy: 0,
      status: 'overdue',
    });
    expect(decisionOf(referred, '2026-12-30', extended)).toMatchObject({
      dueDate: '2027-01-13',
      length: 30,
      extendedBy: 10,
      status: 'open',
    });
  });

  it('refuses an extension art. 27 does not allow, and any extension of the revisión (art. 29)', () => {
    const decision = timeLimitInForce(procedure, 'first_instance_decision', '2026-11-16');
    const request = (change: Partial<ExtensionRequest>): ExtensionRequest => ({
      reason: 'exceptional_case',
      role: 'supervisor',
      length: 10,
      previous: [],
      ...change,
    });
    const code = (change: Partial<ExtensionRequest>) => {
      const result = checkExtension(decision, request(change));
      return result.ok ? 'ok' : result.code;
    };
    // "Casos excepcionales" is the only ground: health is not listed as such.
    expect(code({ reason: 'health' })).toBe('reason_not_allowed');
    expect(code({ role: 'eligibility_officer' })).toBe('role_not_allowed');
    expect(code({ length: 0 })).toBe('invalid_length');
    // Art. 27 states no count: a second extension is not refused as one too many.
    expect(code({ previous: [10] })).toBe('ok');
    // The 3-day revisión: the profile notes "None found".
    const revision = timeLimitInForce(procedure, 'appeal_filing', '2026-06-16');
    expect(checkExtension(revision, request({ length: 2 }))).toMatchObject({
      ok: false,
      code: 'not_extendable',
    });
  });
});
