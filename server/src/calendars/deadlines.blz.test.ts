import { describe, expect, it } from 'vitest';
import { buildCalendar } from './calendar';
import { addCalendarDays, addWorkingDays, workingDaysBetween } from './day-count';
import { loadCountryProfile } from '../countries/country-profile.loader';
import { computeDeadlines, type ClockInputs, type EventDates } from '../procedure/deadlines';
import { checkExtension, timeLimitInForce } from '../procedure/time-limits';

// Hand-computed from the public and bank holidays of the Holidays Act (Cap. 289) as date-holidays lists
// them (checked against the Government's list for 2025) with the 2023 and 2024 notices applied, and a
// printed calendar. The Refugees Act's own counting rule was not researched: these are working-day counts.
const blz = buildCalendar('BLZ');

describe('Belize: Holidays Act public and bank holidays', () => {
  it('Easter 2026: Good Friday, Holy Saturday and Easter Monday', () => {
    // From Thu 2 Apr: Fri 3, Sat 4, Sun 5, Mon 6 closed; day 1 is Tue 7 Apr.
    expect(addWorkingDays(blz, '2026-04-02', 1).date).toBe('2026-04-07');
  });

  it('the 2025 year end: Christmas, Boxing Day and New Year', () => {
    // From Wed 24 Dec: Thu 25 and Fri 26 closed, Mon 29 1, Tue 30 2, Wed 31 3; Thu 1 Jan closed, Fri 2 Jan 4.
    expect(addWorkingDays(blz, '2025-12-24', 3).date).toBe('2025-12-31');
    expect(addWorkingDays(blz, '2025-12-24', 4).date).toBe('2026-01-02');
  });

  it('George Price Day, Thursday 15 January 2026', () => {
    // From Wed 14 Jan, day 1 is Fri 16.
    expect(addWorkingDays(blz, '2026-01-14', 1).date).toBe('2026-01-16');
  });

  it('2024: Labour Day observed on Monday 29 April, so Wednesday 1 May was a working day', () => {
    // From Fri 26 Apr: weekend, Mon 29 closed, day 1 Tue 30. From Tue 30 Apr, day 1 is Wed 1 May.
    expect(addWorkingDays(blz, '2024-04-26', 1).date).toBe('2024-04-30');
    expect(addWorkingDays(blz, '2024-04-30', 1).date).toBe('2024-05-01');
  });

  it('2025: Independence Day (Sunday 21 September) observed on Monday 22', () => {
    // From Fri 19 Sep: weekend, Mon 22 closed, day 1 Tue 23. St George's Caye Day is Wed 10 Sep: from Tue 9, Thu 11.
    expect(addWorkingDays(blz, '2025-09-19', 1).date).toBe('2025-09-23');
    expect(addWorkingDays(blz, '2025-09-09', 1).date).toBe('2025-09-11');
  });

  it('a 14-day limit in calendar days ending on Good Friday 2026', () => {
    // 20 Mar + 14 = Fri 3 Apr. Moved forward: Fri 3, Sat 4, Sun 5 and Easter Monday 6 closed, so Tue 7 Apr.
    expect(addCalendarDays('2026-03-20', 14).date).toBe('2026-04-03');
    expect(addCalendarDays('2026-03-20', 14, { rollForwardIn: blz }).date).toBe('2026-04-07');
    // 27 Mar + 14 = Fri 10 Apr, a working day: nothing moves.
    expect(addCalendarDays('2026-03-27', 14, { rollForwardIn: blz }).date).toBe('2026-04-10');
  });

  it('60 working days over the autumn of 2026', () => {
    // From Mon 31 Aug. Closed: Thu 10 Sep, Mon 21 Sep, Mon 12 Oct, Thu 19 Nov. Sep 1–4 1–4, 7–9 5–7, 11 8,
    // 14–18 9–13, 22–25 14–17, 28 Sep–2 Oct 18–22, 5–9 Oct 23–27, 13–16 28–31, 19–23 32–36, 26–30 37–41,
    // 2–6 Nov 42–46, 9–13 47–51, 16–18 52–54, 20 55, 23–27 56–60.
    expect(addWorkingDays(blz, '2026-08-31', 60).date).toBe('2026-11-27');
  });

  it('2023: Emancipation Day observed on Monday 31 July', () => {
    // From Fri 28 Jul: Mon 31 closed, Tue 1 Aug 1, Wed 2 Aug 2.
    expect(addWorkingDays(blz, '2023-07-28', 2).date).toBe('2023-08-02');
  });

  it('the 2026 year end: Boxing Day on a Saturday is not moved', () => {
    // From Thu 24 Dec: Fri 25 closed, Mon 28 1, Tue 29 2, Wed 30 3, Thu 31 4, Fri 1 Jan 2027 closed, Mon 4 Jan 5.
    expect(addWorkingDays(blz, '2026-12-24', 3).date).toBe('2026-12-30');
    expect(addWorkingDays(blz, '2026-12-24', 5).date).toBe('2027-01-04');
  });

  it('counts the working days of April 2026', () => {
    // 22 weekdays from Wed 1 to Thu 30 April, less Good Friday (3) and Easter Monday (6).
    expect(workingDaysBetween(blz, '2026-03-31', '2026-04-30')).toBe(20);
  });
});

// The profile's one known limit: the "14-day filing rule", in calendar days (an assumption the profile
// flags). A suspension stops the clock for its calendar days, holidays included.
const procedure = loadCountryProfile('BLZ').procedure;
const filingOf = (events: EventDates, today: string, clock?: ClockInputs) =>
  computeDeadlines(procedure, blz, events, today, clock).find((d) => d.limit === 'filing');

describe('Belize: suspension of the 14-day filing rule, no extension', () => {
  it('a suspension over the Easter holidays of 2026 moves the 14 days by its 4 days', () => {
    // Entry Fri 27 Mar: unsuspended, Sat 28 is day 1 and Fri 10 Apr day 14. Suspended Good Friday 3 –
    // Easter Monday 6 Apr (4 calendar days, all closed): Sat 28 Mar – Thu 2 Apr are days 1–6, Tue 7 Apr 7,
    // …, Tue 14 Apr 14.
    const entered = { entry: '2026-03-27' };
    const easter: ClockInputs = { pauses: [{ from: '2026-04-03', to: '2026-04-06' }], extensions: [] };
    expect(filingOf(entered, '2026-04-13')).toMatchObject({ dueDate: '2026-04-10', status: 'overdue' });
    expect(filingOf(entered, '2026-04-13', easter)).toMatchObject({
      dueDate: '2026-04-14',
      status: 'open',
      pausedDays: 4,
      unit: 'calendar_days',
    });
    // Filed Mon 13 Apr: in time only with the suspension.
    const filed = { ...entered, filing: '2026-04-13' };
    expect(filingOf(filed, '2026-04-13', easter)?.status).toBe('met');
    expect(filingOf(filed, '2026-04-13')?.status).toBe('met_late');
  });

  it('a suspension still open at the end of the 14 days leaves no due date, with the days left', () => {
    // Entry Mon 21 Dec 2026; suspended from Christmas Day, Fri 25 Dec, not yet lifted. Days 1–3 are
    // 22–24 Dec, so 11 of the 14 are left and the clock stands still.
    const open: ClockInputs = { pauses: [{ from: '2026-12-25', to: null }], extensions: [] };
    expect(filingOf({ entry: '2026-12-21' }, '2027-01-08', open)).toMatchObject({
      dueDate: null,
      status: 'suspended',
      unitsLeft: 11,
      pausedToday: true,
    });
  });

  it('refuses any extension: no legal extension rule was found', () => {
    // The profile note: "No legal extension rule was found. Late claims have been accepted by policy since
    // January 2021" — a policy of accepting late claims, not an extension of the limit.
    const filing = timeLimitInForce(procedure, 'filing', '2026-03-27');
    expect(filing).toMatchObject({
      status: 'known',
      extension: { status: 'unknown', note: expect.stringContaining('No legal extension rule was found') },
    });
    const request = { reason: 'force_majeure', role: 'supervisor', length: 7, previous: [] } as const;
    expect(checkExtension(filing, request)).toMatchObject({ ok: false, code: 'not_extendable' });
    const decision = timeLimitInForce(procedure, 'first_instance_decision', '2026-03-27');
    expect(checkExtension(decision, request)).toMatchObject({ ok: false, code: 'not_extendable' });
  });
});
