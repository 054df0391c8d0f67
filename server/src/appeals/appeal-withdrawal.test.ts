import { describe, expect, it } from 'vitest';
import { loadAllCountryProfiles } from '../countries/country-profile.loader';
import { jurisdictionOf } from '../countries/jurisdiction';
import { procedureDatesOf } from '../cases/procedure-dates';
import { computeDeadlines } from '../procedure/deadlines';
import { findTransition, isEnabled } from '../procedure/procedure';
import { allowedActions, applyTransition } from '../procedure/transition';
import { appealSteps } from './appeal-steps';

const profiles = loadAllCountryProfiles();

describe('withdrawal of an appeal in every country profile', () => {
  it.each(profiles.map((p) => [p.code, p] as const))(
    '%s: withdraw_appeal returns a lodged appeal to the notified decision, received by whoever receives appeals',
    (_code, profile) => {
      const { procedure } = profile;
      const lodge = findTransition(procedure, 'lodge_appeal');
      const withdraw = findTransition(procedure, 'withdraw_appeal');
      expect(lodge).toBeDefined();
      expect(withdraw).toMatchObject({ from: ['appeal_lodged'], to: 'notified', requires: [] });
      expect(withdraw?.roles).toEqual(lodge?.roles);
      // It records no outcome: the first-instance refusal is what the case keeps.
      expect(withdraw?.outcomes).toBeUndefined();
      expect(withdraw?.clears).toEqual(['appeal_lodged']);
    },
  );

  it.each(profiles.map((p) => [p.code, p] as const))(
    '%s: the refusal stands after the withdrawal and can become final',
    (_code, profile) => {
      const { procedure } = profile;
      const refused = procedure.transitions.find((t) => t.action === 'lodge_appeal')!.whenOutcome![0]!;
      const result = applyTransition(
        procedure,
        { stage: 'appeal_lodged', outcome: refused },
        'withdraw_appeal',
        'registration_officer',
        {},
      );
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.state).toEqual({ stage: 'notified', outcome: refused });
      expect(result.event).toMatchObject({ outcome: null, closureReason: null, clears: ['appeal_lodged'] });
      expect(allowedActions(procedure, result.state, 'supervisor')).toContain('close_final');
      // Not `close` with reason withdrawn: that would count the claim as "otherwise closed".
      expect(isEnabled(findTransition(procedure, 'close')!, result.state)).toBe(false);
    },
  );

  it('is refused from any stage but appeal_lodged, and to roles that do not receive appeals', () => {
    const { procedure } = jurisdictionOf('MEX').profile;
    const notified = applyTransition(
      procedure,
      { stage: 'notified', outcome: 'rejected' },
      'withdraw_appeal',
      'supervisor',
      {},
    );
    expect(notified).toMatchObject({ ok: false, error: { code: 'stage_not_allowed' } });
    const officer = applyTransition(
      procedure,
      { stage: 'appeal_lodged', outcome: 'rejected' },
      'withdraw_appeal',
      'eligibility_officer',
      {},
    );
    expect(officer).toMatchObject({ ok: false, error: { code: 'role_not_allowed' } });
  });

  it('gives the window back to the notified decision and stops any appeal-decision clock', () => {
    const { profile, calendar } = jurisdictionOf('MEX');
    // No profile knows the time to decide an appeal yet: give Mexico one to see it stop.
    const appealDecision = {
      ...profile.procedure.timeLimits.find((l) => l.id === 'appeal_filing' && l.status === 'known')!,
      id: 'appeal_decision' as const,
      startsOn: 'appeal_lodged' as const,
      metBy: 'appeal_decided' as const,
      whose: 'administration' as const,
    };
    const procedure = {
      ...profile.procedure,
      timeLimits: [...profile.procedure.timeLimits.filter((l) => l.id !== 'appeal_decision'), appealDecision],
    };
    const kase = { entry_date: '2026-11-01', application_date: '2026-11-02' };
    const notified = { data: { marks: { event: 'written_notification', date: '2026-11-11' } } };
    const lodged = { data: { marks: { event: 'appeal_lodged', date: '2026-11-19' } } };
    const withdrawn = { data: { marks: null, clears: ['appeal_lodged'] } };
    const limitsOf = (events: { data: unknown }[], today: string) =>
      computeDeadlines(procedure, calendar, procedureDatesOf(kase, events), today, {
        pauses: [],
        extensions: [],
        outcome: 'rejected',
      })
        .filter((d) => d.limit.startsWith('appeal'))
        .map((d) => [d.limit, d.status]);

    expect(limitsOf([notified, lodged], '2026-11-25')).toEqual([
      ['appeal_filing', 'met'],
      ['appeal_decision', 'open'],
    ]);
    // Withdrawn within the window: the applicant's window runs again until 3 Dec (LRPCAP art. 25), so
    // the refusal becomes final only after it, as for any decision not appealed.
    expect(limitsOf([notified, lodged, withdrawn], '2026-11-25')).toEqual([['appeal_filing', 'open']]);
    expect(limitsOf([notified, lodged, withdrawn], '2026-12-04')).toEqual([['appeal_filing', 'overdue']]);
  });

  it('is taken from the appeal panel, never from the generic step form', () => {
    expect(appealSteps).toContain('withdraw_appeal');
  });
});
