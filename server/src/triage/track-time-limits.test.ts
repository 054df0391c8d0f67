import { describe, expect, it } from 'vitest';
import type { TrackTimeLimit } from '@refugio/contract';
import { loadCountryProfile } from '../countries/country-profile.loader';
import { timeLimitInForce } from '../procedure/time-limits';
import { legalLimitOnTrack, trackTimeLimits } from './track-time-limits';
import { testTriage } from './triage.fixtures';

const legal: TrackTimeLimit = {
  limit: 'first_instance_decision',
  length: 20,
  unit: 'working_days',
  kind: 'legal',
  basis: { status: 'known', legalBasis: 'Test art. 1', source: 'test' },
};
const target: TrackTimeLimit = {
  ...legal,
  length: 10,
  kind: 'target',
  basis: { status: 'unknown', note: 'Goal.' },
};

function triageWithLimits() {
  const triage = testTriage();
  triage.tracks = triage.tracks.map((t) =>
    t.id === 'accelerated' ? { ...t, timeLimits: [legal, target] } : t,
  );
  return triage;
}

describe('trackTimeLimits', () => {
  it("returns the track's legal limit and service target for that limit", () => {
    expect(trackTimeLimits(triageWithLimits(), 'accelerated', 'first_instance_decision')).toEqual({
      legal,
      target,
    });
  });

  it('returns none for another limit, a track without timelines, or a track the profile no longer lists', () => {
    const none = { legal: null, target: null };
    const triage = triageWithLimits();
    expect(trackTimeLimits(triage, 'accelerated', 'appeal_filing')).toEqual(none);
    expect(trackTimeLimits(triage, 'regular', 'first_instance_decision')).toEqual(none);
    triage.tracks = triage.tracks.filter((t) => t.id !== 'accelerated');
    expect(trackTimeLimits(triage, 'accelerated', 'first_instance_decision')).toEqual(none);
  });
});

describe('legalLimitOnTrack', () => {
  const mex = loadCountryProfile('MEX').procedure;
  const decision = timeLimitInForce(mex, 'first_instance_decision', '2026-03-02');

  it("replaces the length, unit and basis and keeps the procedure's events and extension", () => {
    if (decision.status !== 'known') throw new Error('MEX decision limit expected to be known');
    expect(legalLimitOnTrack(decision, legal)).toEqual({
      ...decision,
      length: 20,
      unit: 'working_days',
      legalBasis: 'Test art. 1',
      source: 'test',
      note: undefined,
    });
  });

  it('changes nothing without a legal track limit, with an unknown basis, or on an unknown limit', () => {
    expect(legalLimitOnTrack(decision, null)).toBe(decision);
    expect(legalLimitOnTrack(decision, { ...legal, basis: { status: 'unknown', note: 'x' } })).toBe(decision);
    const unknown = timeLimitInForce(mex, 'appeal_decision', '2026-03-02');
    expect(legalLimitOnTrack(unknown, legal)).toBe(unknown);
  });
});
