import { describe, expect, it } from 'vitest';
import { jurisdictionOf } from '../countries/jurisdiction';
import { computeDeadlines } from '../procedure/deadlines';
import { withRecordedRules } from './profile-source';

const { profile, calendar } = jurisdictionOf('MEX');

/** The appeal body's time limit, which Mexico's profile leaves unknown, as an authority might record it. */
const appealDecision = {
  status: 'known',
  id: 'appeal_decision',
  startsOn: 'appeal_lodged',
  metBy: 'appeal_decided',
  length: 30,
  unit: 'working_days',
  whose: 'administration',
  legalBasis: 'LFPA art. 17 (prueba)',
  source: 'DOF',
  effectiveFrom: '2026-01-01',
  extension: { status: 'unknown', note: 'None recorded.' },
};

describe('the profile with the versions the authority recorded', () => {
  const dates = { entry: '2026-03-02', filing: '2026-03-09', appeal_lodged: '2026-06-01' } as const;

  it('an unknown limit starts counting once a version is recorded, for events from its date on', () => {
    const before = computeDeadlines(profile.procedure, calendar, dates, '2026-06-02');
    expect(before.map((d) => d.limit)).not.toContain('appeal_decision');

    const merged = withRecordedRules(profile, [{ rule: appealDecision }]);
    const after = computeDeadlines(merged.procedure, calendar, dates, '2026-06-02');
    // From Mon 1 Jun 2026, 30 working days with no non-working weekday (LFPA art. 28): six weeks, Mon 13 Jul.
    expect(after.find((d) => d.limit === 'appeal_decision')).toMatchObject({
      dueDate: '2026-07-13',
      status: 'open',
      legalBasis: 'LFPA art. 17 (prueba)',
    });
    // An appeal lodged before the version's date has no known rule: left out rather than guessed.
    const earlier = computeDeadlines(
      merged.procedure,
      calendar,
      { ...dates, appeal_lodged: '2025-12-01' },
      '2026-06-02',
    );
    expect(earlier.map((d) => d.limit)).not.toContain('appeal_decision');
  });

  it('leaves the profile object itself unchanged, and the same object when nothing is recorded', () => {
    expect(withRecordedRules(profile, [])).toBe(profile);
    const merged = withRecordedRules(profile, [{ rule: appealDecision }]);
    expect(merged).not.toBe(profile);
    expect(profile.procedure.timeLimits).toHaveLength(merged.procedure.timeLimits.length - 1);
  });

  it('refuses a stored version that is not a time limit', () => {
    expect(() => withRecordedRules(profile, [{ rule: { ...appealDecision, length: -3 } }])).toThrow();
  });
});
