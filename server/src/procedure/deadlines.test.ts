import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../calendars/calendar';
import { loadCountryProfile } from '../countries/country-profile.loader';
import { computeDeadlines } from './deadlines';

const mexico = loadCountryProfile('MEX').procedure;
const mexicanCalendar = buildCalendar('MEX');

describe('computeDeadlines', () => {
  it('starts only the limits whose starting event happened', () => {
    const deadlines = computeDeadlines(
      mexico,
      mexicanCalendar,
      { entry: '2026-03-02', filing: '2026-03-09' },
      '2026-03-10',
    );
    expect(deadlines.map((d) => d.limit)).toEqual(['filing', 'first_instance_decision']);
  });

  it('counts the decision limit in working days from the day after filing (LRPCAP art. 24)', () => {
    // Filed Mon 9 Mar 2026; day 1 Tue 10 Mar. Non-working: Mon 16 Mar is an observance only (counted),
    // Sat 21 Mar falls on a weekend; Thu 2/Fri 3 Apr are candidates (counted); Fri 1 May and Tue 5 May
    // are LFPA art. 28. 10–13 Mar → 4, 20 Mar → 9, 27 Mar → 14, 3 Apr → 19, 10 Apr → 24, 17 Apr → 29,
    // 24 Apr → 34, 30 Apr → 38, 4 May → 39, 8 May → 42, Wed 13 May → 45.
    const [, decision] = computeDeadlines(
      mexico,
      mexicanCalendar,
      { entry: '2026-03-02', filing: '2026-03-09' },
      '2026-03-10',
    );
    expect(decision).toMatchObject({
      limit: 'first_instance_decision',
      dueDate: '2026-05-13',
      status: 'open',
      whose: 'administration',
      legalBasis: expect.stringContaining('art. 24'),
    });
  });

  it('marks a limit overdue after its last day, and met or met late by its event', () => {
    const filed = { entry: '2026-03-02', filing: '2026-03-09' } as const;
    const due = '2026-05-13';
    expect(computeDeadlines(mexico, mexicanCalendar, filed, due)[1]!.status).toBe('open');
    expect(computeDeadlines(mexico, mexicanCalendar, filed, '2026-05-14')[1]!.status).toBe('overdue');
    expect(
      computeDeadlines(mexico, mexicanCalendar, { ...filed, decision_issued: due }, '2026-06-01')[1],
    ).toMatchObject({
      status: 'met',
      metOn: due,
    });
    expect(
      computeDeadlines(mexico, mexicanCalendar, { ...filed, decision_issued: '2026-05-14' }, '2026-06-01')[1]!
        .status,
    ).toBe('met_late');
  });

  it('opens the appeal window from written notification (LRPCAP art. 25: 15 working days)', () => {
    // Notified Fri 11 Sep 2026; day 1 Mon 14 Sep; Wed 16 Sep is non-working (LFPA art. 28):
    // 14–15 → 2, 17–18 → 4, 21–25 → 9, 28 Sep–2 Oct → 14, Mon 5 Oct → 15.
    const deadlines = computeDeadlines(
      mexico,
      mexicanCalendar,
      {
        entry: '2026-03-02',
        filing: '2026-03-09',
        decision_issued: '2026-09-07',
        written_notification: '2026-09-11',
      },
      '2026-09-12',
    );
    expect(deadlines.find((d) => d.limit === 'appeal_filing')).toMatchObject({
      dueDate: '2026-10-05',
      status: 'open',
    });
  });

  it('leaves out limits the law does not state instead of guessing', () => {
    const honduras = loadCountryProfile('HND').procedure;
    const deadlines = computeDeadlines(
      honduras,
      buildCalendar('HND'),
      { entry: '2026-03-02', filing: '2026-03-09' },
      '2026-03-10',
    );
    expect(deadlines).toEqual([]);
  });

  it('a limit stops running when the case closes before it ran out; one that had run out stays overdue', () => {
    const filed = { entry: '2026-03-02', filing: '2026-03-09' } as const;
    const decision = (closedOn: string) =>
      computeDeadlines(mexico, mexicanCalendar, filed, '2026-06-01', {
        pauses: [],
        extensions: [],
        closedOn,
      })[1];
    // Due Wed 13 May 2026.
    expect(decision('2026-04-20')).toMatchObject({ status: 'closed', dueDate: '2026-05-13' });
    expect(decision('2026-05-13')).toMatchObject({ status: 'closed' });
    expect(decision('2026-05-14')).toMatchObject({ status: 'overdue' });
  });

  it('opens no appeal window after a recognition: the appeal is for refusals (LRPCAP art. 25)', () => {
    const notified = {
      entry: '2026-03-02',
      filing: '2026-03-09',
      decision_issued: '2026-09-10',
      written_notification: '2026-09-11',
    } as const;
    const limits = (outcome: 'recognized' | 'rejected') =>
      computeDeadlines(mexico, mexicanCalendar, notified, '2026-09-12', {
        pauses: [],
        extensions: [],
        outcome,
      }).map((d) => d.limit);
    expect(limits('rejected')).toContain('appeal_filing');
    expect(limits('recognized')).not.toContain('appeal_filing');
  });
});
