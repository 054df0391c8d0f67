import { describe, expect, it } from 'vitest';
import { buildCalendar, checkDay, isWorkingDay, nonWorkingDays, notCountedDays } from './calendar';
import { addWorkingDays } from './day-count';

describe('a calendar says whether a day is a working day, and why not', () => {
  it('gives the weekend and the statutory reason with legal basis, source and confidence', () => {
    const mex = buildCalendar('MEX');
    expect(checkDay(mex, '2026-05-05')).toMatchObject({
      working: false,
      reasons: [
        {
          kind: 'statutory',
          reason: '5 de mayo',
          legalBasis: expect.stringMatching(/^LFPA art. 28/),
          source: 'countries/calendars/mex_nonworking_2024_2026.csv',
          confidence: 'high',
        },
      ],
    });
    const saturday = checkDay(mex, '2026-03-21');
    expect(saturday.working).toBe(false);
    expect(saturday.reasons.map((r) => [r.kind, r.reason])).toEqual([['weekend', 'Saturday']]);
    // After the table, the statute's own list: 21 March 2027 is a Sunday and 20 November a Saturday.
    expect(checkDay(mex, '2027-03-21').reasons.map((r) => r.kind)).toEqual(['weekend', 'statutory']);
    expect(checkDay(mex, '2026-03-30')).toEqual({
      date: '2026-03-30',
      working: true,
      reasons: [],
      notCounted: [],
    });
  });

  it('shows what the sources mention but the calendar counts as working, with why', () => {
    const holyThursday = checkDay(buildCalendar('MEX'), '2026-04-02');
    expect(holyThursday.working).toBe(true);
    expect(holyThursday.notCounted).toMatchObject([{ kind: 'candidate', confidence: 'low' }]);
    expect(holyThursday.notCounted[0]!.whyWorking).toMatch(/candidate only/);
    const firstMonday = checkDay(buildCalendar('MEX'), '2026-02-02');
    expect(firstMonday.notCounted[0]!.whyWorking).toMatch(/not named in LFPA art. 28/);
  });

  it('lists a year with sources, and the not-counted days apart', () => {
    const cri = buildCalendar('CRI');
    expect(nonWorkingDays(cri, 2026).map((d) => d.date)).toEqual([
      '2026-01-01',
      '2026-04-02',
      '2026-04-03',
      '2026-05-01',
      '2026-08-31',
      '2026-09-15',
      '2026-12-01',
      '2026-12-25',
    ]);
    expect(notCountedDays(cri, 2026).map((d) => d.date)).toEqual([
      '2026-01-02',
      '2026-03-30',
      '2026-03-31',
      '2026-04-01',
      '2026-05-08',
    ]);
    // Days on a weekend are listed with the weekend reason first.
    const gtm = nonWorkingDays(buildCalendar('GTM'), 2026).find((d) => d.date === '2026-11-01')!;
    expect(gtm.reasons.map((r) => r.kind)).toEqual(['weekend', 'statutory']);
  });
});

describe('deployment choices', () => {
  it('Mexico: the labour-law observances count only when the deployment observes them', () => {
    expect(isWorkingDay(buildCalendar('MEX'), '2026-03-16')).toBe(true);
    expect(isWorkingDay(buildCalendar('MEX', { observedNotInLfpa: true }), '2026-03-16')).toBe(false);
    expect(checkDay(buildCalendar('MEX', { observedNotInLfpa: true }), '2030-10-01').reasons).toMatchObject([
      { kind: 'observed', legalBasis: expect.stringContaining('LFT art. 74 fr. VII') },
    ]);
  });

  it('fails when the observance option is set outside Mexico, naming it', () => {
    expect(() => buildCalendar('CRI', { observedNotInLfpa: true })).toThrow(
      /observedNotInLfpa: applies to Mexico only/,
    );
  });

  it('counts candidates only when asked', () => {
    expect(isWorkingDay(buildCalendar('CRI'), '2025-12-22')).toBe(true);
    expect(isWorkingDay(buildCalendar('CRI', { includeCandidates: true }), '2025-12-22')).toBe(false);
  });

  it('fails on an unknown country', () => {
    expect(() => buildCalendar('XYZ' as 'MEX')).toThrow(/Unknown country code "XYZ"/);
  });
});

describe('days the authority declares non-working', () => {
  const declared = [
    {
      date: '2026-07-15',
      reason: 'Cierre de oficinas por mudanza',
      legalBasis: 'Acuerdo DOF 01-07-2026',
      source: 'DOF 01-07-2026',
    },
    { date: '2026-07-16', reason: 'Cierre de oficinas por mudanza', legalBasis: 'Acuerdo DOF 01-07-2026' },
  ];

  it('are non-working, with their legal basis, and move a deadline', () => {
    const mex = buildCalendar('MEX', { declared });
    expect(checkDay(mex, '2026-07-15').reasons).toEqual([
      {
        kind: 'declared',
        reason: 'Cierre de oficinas por mudanza',
        legalBasis: 'Acuerdo DOF 01-07-2026',
        source: 'DOF 01-07-2026',
        confidence: 'high',
      },
    ]);
    // No publication given: the source is left empty for the UI and CLI to word.
    expect(checkDay(mex, '2026-07-16').reasons[0]!.source).toBe('');
    // Tue 14 July + 1 working day is Wed 15 without the declaration and Fri 17 with it.
    expect(addWorkingDays(buildCalendar('MEX'), '2026-07-14', 1).date).toBe('2026-07-15');
    expect(addWorkingDays(mex, '2026-07-14', 1).date).toBe('2026-07-17');
  });

  it('are refused when incomplete, naming the entry and field', () => {
    expect(() =>
      buildCalendar('PAN', { declared: [{ date: '2026-02-30', reason: 'x', legalBasis: '' }] }),
    ).toThrow(/declared\.0\.date: "2026-02-30" is not a date.*declared\.0\.legalBasis: required/);
  });
});
