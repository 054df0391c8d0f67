import { describe, expect, it } from 'vitest';
import { buildCalendar, isWorkingDay } from './calendar';
import { addCalendarDays, addWorkingDays } from './day-count';
import { loadCountryProfile } from '../countries/country-profile.loader';
import { computeDeadlines, type ClockInputs, type EventDates } from '../procedure/deadlines';
import { checkExtension, timeLimitInForce } from '../procedure/time-limits';

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

// The profile's one known limit: filing within 6 calendar months, "counted from the working day after
// entry" (Decreto Ejecutivo 5/2018 art. 30). A suspension adds its calendar days after the six months.
const procedure = loadCountryProfile('PAN').procedure;
const filingOf = (events: EventDates, today: string, clock?: ClockInputs) =>
  computeDeadlines(procedure, pan, events, today, clock).find((d) => d.limit === 'filing');

describe('Panama: suspension of the six-month filing window (DE 5/2018 art. 30), no extension', () => {
  it('six months from an entry followed by a working day', () => {
    // Entry Tue 14 Apr 2026; the working day after is Wed 15, day 1 either way: due Wed 14 Oct 2026.
    expect(filingOf({ entry: '2026-04-14' }, '2026-10-14')).toMatchObject({
      dueDate: '2026-10-14',
      status: 'open',
    });
    expect(filingOf({ entry: '2026-04-14' }, '2026-10-15')?.status).toBe('overdue');
  });

  it('a suspension over the November fiestas patrias of 2026 adds its 5 calendar days', () => {
    // Entry Tue 2 Jun 2026 (Wed 3 Jun is a working day): six months end Wed 2 Dec. Suspended Mon 2 – Fri
    // 6 Nov, which holds Separation Day (3), Flag Day (4, an observance) and Colón Day (5): 5 calendar days,
    // holidays included, since a month counts every day. 3–7 Dec: Mon 7 Dec 2026 (Mothers Day is Tue 8).
    const entered = { entry: '2026-06-02' };
    const suspended: ClockInputs = { pauses: [{ from: '2026-11-02', to: '2026-11-06' }], extensions: [] };
    expect(filingOf(entered, '2026-12-04')).toMatchObject({ dueDate: '2026-12-02', status: 'overdue' });
    expect(filingOf(entered, '2026-12-04', suspended)).toMatchObject({
      dueDate: '2026-12-07',
      status: 'open',
      pausedDays: 5,
    });
    // Filed Mon 7 Dec: in time only with the suspension.
    expect(filingOf({ ...entered, filing: '2026-12-07' }, '2026-12-07', suspended)?.status).toBe('met');
    expect(filingOf({ ...entered, filing: '2026-12-07' }, '2026-12-07')?.status).toBe('met_late');
  });

  // Art. 30 counts the six months "from the working day after entry" (`countsFrom: next_working_day`).
  // Entry Thu 2 Apr 2026: Good Friday 3 Apr and the weekend pass, so the count starts on Mon 6 Apr as
  // day 1 (as if entry were Sun 5 Apr): due Mon 5 Oct 2026, not Fri 2 Oct counted from entry itself.
  it('six months from an entry on Holy Thursday start on the working day after Good Friday', () => {
    expect(filingOf({ entry: '2026-04-02' }, '2026-10-05')).toMatchObject({
      dueDate: '2026-10-05',
      status: 'open',
    });
  });

  it('refuses any extension: the sources give none for the filing window', () => {
    // The filing limit's extension rule is unknown (profile note "None found"; DE 5/2018 art. 30 as sourced
    // on mingob.gob.pa states none), and the decision and appeal limits are unknown altogether.
    const request = { reason: 'force_majeure', role: 'supervisor', length: 1, previous: [] } as const;
    const filing = timeLimitInForce(procedure, 'filing', '2026-06-02');
    expect(filing).toMatchObject({ status: 'known', extension: { status: 'unknown', note: 'None found.' } });
    for (const id of ['filing', 'first_instance_decision', 'appeal_filing'] as const) {
      const limit = timeLimitInForce(procedure, id, '2026-06-02');
      expect(checkExtension(limit, request), id).toMatchObject({ ok: false, code: 'not_extendable' });
    }
  });
});
