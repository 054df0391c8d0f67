import { describe, expect, it } from 'vitest';
import { buildCalendar, isWorkingDay } from './calendar';
import { addCalendarDays, addWorkingDays } from './day-count';
import { loadCountryProfile } from '../countries/country-profile.loader';
import { runClock } from '../procedure/clock';
import { computeDeadlines } from '../procedure/deadlines';
import { checkExtension, timeLimitInForce } from '../procedure/time-limits';

// Hand-computed from the Código de Trabajo art. 127 asuetos as date-holidays lists them (public type
// only; the half days of 24 and 31 December are candidates) and a printed calendar. Whether Guatemala's
// refugee limits (appeal 10 days, CONARE 30 days) are working or calendar days was not found: both are shown.
const gtm = buildCalendar('GTM');
const withHalfDays = buildCalendar('GTM', { includeCandidates: true });

describe('Guatemala: Código de Trabajo art. 127 asuetos', () => {
  it('a 10-day appeal over Holy Week 2026', () => {
    // Notified Mon 30 Mar: Tue 31 1, Wed 1 Apr 2, Thu 2 and Fri 3 skipped (and Sat 4), Mon 6–Fri 10 3–7,
    // Mon 13 8, Tue 14 9, Wed 15 10.
    expect(addWorkingDays(gtm, '2026-03-30', 10).date).toBe('2026-04-15');
  });

  it('Día del Ejército: Tuesday 30 June 2026 is observed on Monday 29', () => {
    // From Fri 26 Jun: weekend, Mon 29 skipped, day 1 Tue 30 Jun.
    expect(addWorkingDays(gtm, '2026-06-26', 1).date).toBe('2026-06-30');
  });

  it('Día de la Revolución, Tuesday 20 October 2026', () => {
    expect(addWorkingDays(gtm, '2026-10-19', 1).date).toBe('2026-10-21');
  });

  it('24 December 2026 is a half day: a working day unless half days are counted', () => {
    // From Wed 23 Dec: Thu 24 is day 1; counting the half day, Thu 24 and Fri 25 skipped, Mon 28.
    expect(addWorkingDays(gtm, '2026-12-23', 1).date).toBe('2026-12-24');
    expect(addWorkingDays(withHalfDays, '2026-12-23', 1).date).toBe('2026-12-28');
  });

  it('across the 2026 year end', () => {
    // From Mon 28 Dec: Tue 29 1, Wed 30 2, Thu 31 3 (half day), Fri 1 Jan skipped, Mon 4 4, Tue 5 Jan 5.
    expect(addWorkingDays(gtm, '2026-12-28', 5).date).toBe('2027-01-05');
  });

  it('30 calendar days ending on Independence Day', () => {
    // 16 Aug + 30 = Tue 15 Sep 2026; moved forward, Wed 16 Sep.
    expect(addCalendarDays('2026-08-16', 30).date).toBe('2026-09-15');
    expect(addCalendarDays('2026-08-16', 30, { rollForwardIn: gtm }).date).toBe('2026-09-16');
  });

  it('Todos los Santos, Monday 1 November 2027 (2 November is only an observance)', () => {
    expect(addWorkingDays(gtm, '2027-10-29', 1).date).toBe('2027-11-02');
  });

  it('Día del Ejército 2027: Wednesday 30 June observed on Friday 2 July; 1 July is a bank holiday only', () => {
    // From Tue 29 Jun: Wed 30 1, Thu 1 Jul 2, Fri 2 skipped, Mon 5 Jul 3.
    expect(addWorkingDays(gtm, '2027-06-29', 3).date).toBe('2027-07-05');
  });

  it('12 October is a bank holiday, not a public one', () => {
    expect(addWorkingDays(gtm, '2026-10-09', 1).date).toBe('2026-10-12');
    expect(isWorkingDay(gtm, '2026-10-12')).toBe(true);
  });

  it('30 working days from Monday 14 April 2025 over Holy Week and 1 May', () => {
    // Tue 15 1, Wed 16 2, Thu 17 and Fri 18 skipped, 21–25 Apr 3–7, 28–30 8–10, Thu 1 May skipped, Fri 2
    // 11, 5–9 May 12–16, 12–16 17–21, 19–23 22–26, 26–29 27–30.
    expect(addWorkingDays(gtm, '2025-04-14', 30).date).toBe('2025-05-29');
  });
});

// Every Guatemalan limit is 'unknown' in the profile (the 30-day recommendation, 10-day appeal and 5-day
// answer lack a unit and a starting event), so computeDeadlines shows none. The clock is shown on the
// 10-day appeal both ways, with the calendar the deployment would use, as the counts above are.
const procedure = loadCountryProfile('GTM').procedure;
const independence = [{ from: '2026-09-14', to: '2026-09-16' }];

describe('Guatemala: a suspension over Independence Day, and no extension', () => {
  it('a 10-working-day appeal suspended Monday 14 – Wednesday 16 September 2026', () => {
    // Notified Fri 11 Sep. Unsuspended: Mon 14 1, Tue 15 asueto, Wed 16 2, Thu 17 3, Fri 18 4, 21–25 Sep
    // 5–9, Mon 28 10. The suspension takes Mon 14 and Wed 16 (2 working days; 15 Sep never counted):
    // Thu 17 1, Fri 18 2, 21–25 3–7, Mon 28 8, Tue 29 9, Wed 30 Sep 10.
    expect(runClock(gtm, '2026-09-11', 10, 'working_days')).toMatchObject({ due: '2026-09-28' });
    expect(runClock(gtm, '2026-09-11', 10, 'working_days', independence)).toEqual({
      kind: 'due',
      due: '2026-09-30',
      pausedDays: 3,
    });
  });

  it('the same appeal in calendar days moves by all 3 suspended days, the asueto included', () => {
    // 11 Sep + 10 = Mon 21 Sep; Sat 12 and Sun 13 are days 1–2, 14–16 paused, Thu 17 3 … Thu 24 Sep 10.
    expect(runClock(gtm, '2026-09-11', 10, 'calendar_days', independence)).toEqual({
      kind: 'due',
      due: '2026-09-24',
      pausedDays: 3,
    });
  });

  it('computes no deadline from the profile, suspended or extended, rather than guess a unit', () => {
    const events = {
      entry: '2026-07-01',
      filing: '2026-07-02',
      referral_to_decision_body: '2026-08-03',
      decision_issued: '2026-09-10',
      written_notification: '2026-09-11',
    };
    const clock = {
      pauses: independence,
      extensions: [
        {
          limit: 'appeal_filing',
          reason: 'force_majeure',
          length: 5,
          note: 'Cierre de oficina.',
          grantedAt: '2026-09-14',
        },
      ],
    } as const;
    expect(computeDeadlines(procedure, gtm, events, '2026-09-15', clock)).toEqual([]);
  });

  it('refuses every extension: no extension rule is sourced', () => {
    // The profile notes give lengths without units ("lodged within 10 days of the decision
    // (help.unhcr.org/guatemala); whether working or calendar days was not found") and no extension at all.
    const request = { reason: 'force_majeure', role: 'supervisor', length: 5, previous: [] } as const;
    const appeal = timeLimitInForce(procedure, 'appeal_filing', '2026-09-11');
    expect(appeal).toMatchObject({ status: 'unknown', note: expect.stringContaining('within 10 days') });
    for (const id of ['commission_recommendation', 'first_instance_decision', 'appeal_filing'] as const) {
      const limit = timeLimitInForce(procedure, id, '2026-09-11');
      expect(checkExtension(limit, request), id).toMatchObject({ ok: false, code: 'not_extendable' });
    }
  });
});
