import { describe, expect, it } from 'vitest';
import { buildCalendar, checkDay, isWorkingDay } from './calendar';
import { addCalendarDays, addWorkingDays, type CountResult } from './day-count';

// Hand-computed from LFPA art. 28 (the non-working days), LRPCAP art. 18 and LFPA art. 38 (day 1 is
// the first working day after the event) and a printed calendar. Default deployment: the labour-law
// Monday observances and 1 Oct 2024 are working days, Holy Week and 12 Dec too (no SEGOB/COMAR acuerdo).
const mex = buildCalendar('MEX');
const observing = buildCalendar('MEX', { observedNotInLfpa: true });
const withCandidates = buildCalendar('MEX', { includeCandidates: true });
const holidays = (r: CountResult) =>
  r.skipped.filter((d) => d.reasons.some((x) => x.kind !== 'weekend')).map((d) => d.date);

describe('Mexico: COMAR time limits in LFPA art. 28 working days', () => {
  it('the issue example: 45 working days from Monday 30 March 2026 end on Wednesday 3 June', () => {
    // Day 1 Tue 31 Mar; Thu 2 and Fri 3 Apr (Holy Week) count, so Fri 3 Apr is day 4. Full weeks take
    // days 5–9 (to 10 Apr), 10–14 (17 Apr), 15–19 (24 Apr); Mon 27–Thu 30 Apr are 20–23; Fri 1 May is
    // non-working; Mon 4 May is 24, Tue 5 May non-working, Wed 6–Fri 8 are 25–27; then 28–32 (to 15
    // May), 33–37 (22 May), 38–42 (29 May); Mon 1 Jun 43, Tue 2 Jun 44, Wed 3 Jun 45.
    const result = addWorkingDays(mex, '2026-03-30', 45);
    expect(result.date).toBe('2026-06-03');
    expect(holidays(result)).toEqual(['2026-05-01', '2026-05-05']);
    expect(result.skipped).toHaveLength(20); // 18 weekend days and the two holidays
    // A deployment that counts the Holy Week candidates skips Thu 2 and Fri 3 Apr: two days later, Fri 5 Jun.
    expect(addWorkingDays(withCandidates, '2026-03-30', 45).date).toBe('2026-06-05');
  });

  it("5 February 2026 (Thursday) is non-working; the labour law's Monday 2 February is not", () => {
    // From Wed 4 Feb: Thu 5 is skipped, day 1 is Fri 6.
    expect(addWorkingDays(mex, '2026-02-04', 1).date).toBe('2026-02-06');
    // From Fri 30 Jan: the weekend passes, Mon 2 Feb is day 1 — unless the deployment observes it (Tue 3).
    expect(addWorkingDays(mex, '2026-01-30', 1).date).toBe('2026-02-02');
    expect(addWorkingDays(observing, '2026-01-30', 1).date).toBe('2026-02-03');
  });

  it('21 March: a Friday in 2025, a Saturday in 2026; the third Monday of March counts by default', () => {
    // 2025: from Thu 20 Mar, Fri 21 is skipped, then the weekend: day 1 is Mon 24.
    expect(addWorkingDays(mex, '2025-03-20', 1).date).toBe('2025-03-24');
    // 2026: 21 Mar falls on a Saturday, non-working anyway.
    expect(checkDay(mex, '2026-03-21').reasons.map((r) => r.kind)).toEqual(['weekend']);
    // From Fri 13 Mar 2026, 3 days: Mon 16, Tue 17, Wed 18. Observing Mon 16: Tue 17, Wed 18, Thu 19.
    expect(addWorkingDays(mex, '2026-03-13', 3).date).toBe('2026-03-18');
    expect(addWorkingDays(observing, '2026-03-13', 3).date).toBe('2026-03-19');
  });

  it('5 May 2026 inside a 15-day appeal window (LRPCAP art. 25)', () => {
    // Notified Thu 30 Apr. Fri 1 May non-working, weekend; Mon 4 May is 1, Tue 5 non-working, Wed 6–Fri 8
    // are 2–4, 11–15 May 5–9, 18–22 May 10–14, Mon 25 May is 15.
    const result = addWorkingDays(mex, '2026-04-30', 15);
    expect(result.date).toBe('2026-05-25');
    expect(holidays(result)).toEqual(['2026-05-01', '2026-05-05']);
  });

  it('1 and 16 September 2026 inside a 30-day filing window (LRPCAP art. 18)', () => {
    // Entry Mon 31 Aug. Tue 1 Sep skipped; Wed 2–Fri 4 are 1–3, 7–11 Sep 4–8, Mon 14 9, Tue 15 10, Wed 16
    // skipped, Thu 17 11, Fri 18 12, 21–25 Sep 13–17, 28 Sep–2 Oct 18–22, 5–9 Oct 23–27, Mon 12 28,
    // Tue 13 29, Wed 14 Oct 30.
    const result = addWorkingDays(mex, '2026-08-31', 30);
    expect(result.date).toBe('2026-10-14');
    expect(holidays(result)).toEqual(['2026-09-01', '2026-09-16']);
  });

  it('20 November 2026 (Friday), with the third Monday (16 Nov) and 2 Nov counted', () => {
    // From Fri 13 Nov, 5 days: Mon 16 1, 17 2, 18 3, 19 4, Fri 20 skipped, Mon 23 5.
    expect(addWorkingDays(mex, '2026-11-13', 5).date).toBe('2026-11-23');
    // Observing Mon 16: 17, 18, 19, 23, 24.
    expect(addWorkingDays(observing, '2026-11-13', 5).date).toBe('2026-11-24');
    expect(isWorkingDay(mex, '2026-11-02')).toBe(true);
  });

  it('25 December 2026 and 1 January 2027 across the year end (from the table into the statute list)', () => {
    // From Fri 18 Dec, 10 days: 21–24 Dec 1–4, Fri 25 skipped, 28–31 Dec 5–8, Fri 1 Jan 2027 skipped,
    // Mon 4 Jan 9, Tue 5 Jan 10.
    const result = addWorkingDays(mex, '2026-12-18', 10);
    expect(result.date).toBe('2027-01-05');
    expect(holidays(result)).toEqual(['2026-12-25', '2027-01-01']);
  });

  it('the 2024 handover: 1 October is a working day under LFPA art. 28 unless the deployment observes it', () => {
    // From Mon 30 Sep 2024, day 1 is Tue 1 Oct; observing the LFT art. 74 fr. VII day, Wed 2 Oct.
    expect(addWorkingDays(mex, '2024-09-30', 1).date).toBe('2024-10-01');
    expect(addWorkingDays(observing, '2024-09-30', 1).date).toBe('2024-10-02');
    // LFPA's "1o. de diciembre" no longer corresponds to a handover (and 1 Dec 2024 was a Sunday).
    expect(checkDay(mex, '2024-12-01').reasons.map((r) => r.kind)).toEqual(['weekend']);
  });

  it('a 45-day decision (LRPCAP art. 24) over the 2024 autumn, with and without the observances', () => {
    // Filed Fri 13 Sep 2024. Mon 16 Sep skipped; 17–20 Sep 1–4, 23–27 5–9, 30 Sep–4 Oct 10–14, 7–11 Oct
    // 15–19, 14–18 20–24, 21–25 25–29, 28 Oct–1 Nov 30–34, 4–8 Nov 35–39, 11–15 40–44, Mon 18 Nov 45.
    expect(addWorkingDays(mex, '2024-09-13', 45).date).toBe('2024-11-18');
    // Observing 1 Oct and 18 Nov: Fri 15 Nov is 43, Mon 18 skipped, Tue 19 44, Wed 20 (LFPA) skipped, Thu 21 45.
    expect(addWorkingDays(observing, '2024-09-13', 45).date).toBe('2024-11-21');
  });

  it("COMAR's declared suspension of 29–31 May 2024 (medium confidence) is non-working", () => {
    // From Tue 28 May: Wed 29, Thu 30, Fri 31 suspended, weekend; day 1 is Mon 3 Jun.
    const result = addWorkingDays(mex, '2024-05-28', 1);
    expect(result.date).toBe('2024-06-03');
    expect(result.skipped[0]!.reasons[0]).toMatchObject({ kind: 'declared', confidence: 'medium' });
  });

  it('45 days from 15 December 2025 across Christmas, New Year and 5 February', () => {
    // 16–19 Dec 1–4, 22–24 5–7, Thu 25 skipped, Fri 26 8, 29–31 9–11, Thu 1 Jan skipped, Fri 2 Jan 12,
    // 5–9 Jan 13–17, 12–16 18–22, 19–23 23–27, 26–30 28–32, Mon 2 Feb 33, Tue 3 34, Wed 4 35, Thu 5 Feb
    // skipped, Fri 6 36, 9–13 Feb 37–41, 16–19 Feb 42–45.
    const result = addWorkingDays(mex, '2025-12-15', 45);
    expect(result.date).toBe('2026-02-19');
    expect(holidays(result)).toEqual(['2025-12-25', '2026-01-01', '2026-02-05']);
  });

  it('1 September 2025 (Monday) is statutory although federal offices often open', () => {
    // From Fri 29 Aug: weekend, Mon 1 Sep skipped, day 1 is Tue 2 Sep.
    expect(addWorkingDays(mex, '2025-08-29', 1).date).toBe('2025-09-02');
  });

  it('after the table, the LFPA art. 28 list itself: 1 and 16 September 2027', () => {
    // From Tue 31 Aug 2027: Wed 1 Sep skipped, 2–3 Sep 1–2, 6–10 3–7, 13–15 8–10, Thu 16 skipped, Fri 17
    // 11, Mon 20 Sep 12.
    expect(addWorkingDays(mex, '2027-08-31', 12).date).toBe('2027-09-20');
  });

  it('a limit in calendar days ending on 1 May moves to Monday 4 May only with the LFPA art. 29 option', () => {
    // 5 Apr + 26 days = 1 May 2026 (Friday, non-working); Sat 2 and Sun 3 too; next working day Mon 4.
    expect(addCalendarDays('2026-04-05', 26).date).toBe('2026-05-01');
    const moved = addCalendarDays('2026-04-05', 26, { rollForwardIn: mex });
    expect(moved).toMatchObject({ date: '2026-05-04', nominalDate: '2026-05-01' });
    expect(moved.skipped.map((d) => d.date)).toEqual(['2026-05-01', '2026-05-02', '2026-05-03']);
  });
});
