import { describe, expect, it } from 'vitest';
import { checkTrackOverride } from './track-override';
import { testTriage } from './triage.fixtures';

const triage = { ...testTriage(), tracks: testTriage().tracks.filter((t) => t.id !== 'simplified') };
const request = {
  track: 'accelerated',
  role: 'supervisor',
  reason: 'Riesgo inminente de devolución.',
} as const;

describe('checkTrackOverride', () => {
  it('succeeds when a supervisor moves a case to another listed track with a reason', () => {
    expect(checkTrackOverride(triage, 'regular', request)).toEqual({ ok: true });
  });

  it.each([
    ['role_not_allowed', 'regular', { role: 'eligibility_officer' }],
    ['track_not_listed', 'regular', { track: 'simplified' }],
    ['same_track', 'accelerated', {}],
    ['reason_required', 'regular', { reason: '  ' }],
  ] as const)('fails with %s', (code, current, change) => {
    expect(checkTrackOverride(triage, current, { ...request, ...change })).toMatchObject({ ok: false, code });
  });
});
