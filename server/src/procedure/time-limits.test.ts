import { describe, expect, it } from 'vitest';
import { loadCountryProfile } from '../countries/country-profile.loader';
import type { KnownTimeLimit, Procedure } from './procedure';
import { checkExtension, timeLimitInForce, type ExtensionRequest } from './time-limits';

const mex = loadCountryProfile('MEX').procedure;

function known(procedure: Procedure, id: KnownTimeLimit['id'], on = '2026-01-15'): KnownTimeLimit {
  const limit = timeLimitInForce(procedure, id, on);
  if (limit.status !== 'known') throw new Error(`${id} is unknown: ${limit.note}`);
  return limit;
}

describe('timeLimitInForce', () => {
  it('applies the rule in force on the date of the starting event', () => {
    expect(known(mex, 'appeal_filing')).toMatchObject({
      length: 15,
      unit: 'working_days',
      effectiveFrom: '2014-10-31',
    });
  });

  it('applies no rule to events before the law that sets it', () => {
    expect(timeLimitInForce(mex, 'appeal_filing', '2014-10-30')).toEqual({
      status: 'unknown',
      id: 'appeal_filing',
      note: 'No rule for appeal_filing was in force on 2014-10-30; the known rule applies from 2014-10-31.',
    });
  });

  it('applies a rule whose start date is unknown to every date', () => {
    expect(known(loadCountryProfile('CRI').procedure, 'filing', '2019-05-01')).toMatchObject({
      length: 1,
      unit: 'calendar_months',
      effectiveFrom: { status: 'unknown' },
    });
  });

  it('chooses the latest version on or before the date when the law changed', () => {
    const original = known(mex, 'filing');
    const procedure: Procedure = {
      ...mex,
      timeLimits: [original, { ...original, length: 20, effectiveFrom: '2027-01-01' }],
    };
    expect(timeLimitInForce(procedure, 'filing', '2026-12-31')).toMatchObject({ length: 30 });
    expect(timeLimitInForce(procedure, 'filing', '2027-01-01')).toMatchObject({ length: 20 });
  });

  it("returns the profile's unknown entry with its note", () => {
    expect(timeLimitInForce(loadCountryProfile('GTM').procedure, 'appeal_filing', '2026-01-15')).toEqual({
      status: 'unknown',
      id: 'appeal_filing',
      note: expect.stringContaining('within 10 days'),
    });
  });

  it('says so when a profile does not mention a limit at all', () => {
    expect(timeLimitInForce(loadCountryProfile('HND').procedure, 'country_opinion', '2026-01-15')).toEqual({
      status: 'unknown',
      id: 'country_opinion',
      note: 'The profile has no rule for country_opinion.',
    });
  });
});

describe('checkExtension', () => {
  const decision = known(mex, 'first_instance_decision');
  const request = (change: Partial<ExtensionRequest>): ExtensionRequest => ({
    reason: 'no_interpreter',
    role: 'supervisor',
    length: 45,
    previous: [],
    ...change,
  });

  it('lets a supervisor extend the Mexican decision once, by up to 45 working days, for a listed reason', () => {
    for (const reason of [
      'no_information',
      'no_interpreter',
      'health',
      'applicant_evidence',
      'force_majeure',
    ] as const) {
      expect(checkExtension(decision, request({ reason })), reason).toEqual({ ok: true });
    }
  });

  it('refuses what art. 24 does not allow', () => {
    const code = (change: Partial<ExtensionRequest>) => {
      const result = checkExtension(decision, request(change));
      return result.ok ? 'ok' : result.code;
    };
    expect(code({ role: 'eligibility_officer' })).toBe('role_not_allowed');
    expect(code({ reason: 'exceptional_case' })).toBe('reason_not_allowed');
    expect(code({ length: 20, previous: [20] })).toBe('too_many');
    expect(code({ length: 46 })).toBe('too_long');
    expect(code({ length: 0 })).toBe('invalid_length');
  });

  it('allows no extension where the rule is unknown', () => {
    const result = checkExtension(known(mex, 'appeal_filing'), request({}));
    expect(result).toMatchObject({ ok: false, code: 'not_extendable' });
    const guatemala = timeLimitInForce(
      loadCountryProfile('GTM').procedure,
      'first_instance_decision',
      '2026-01-15',
    );
    expect(checkExtension(guatemala, request({}))).toMatchObject({ ok: false, code: 'not_extendable' });
  });

  it('sets no count or length where El Salvador states none, but still needs its one reason', () => {
    const slv = known(loadCountryProfile('SLV').procedure, 'first_instance_decision');
    expect(
      checkExtension(slv, request({ reason: 'exceptional_case', length: 60, previous: [30, 30] })),
    ).toEqual({
      ok: true,
    });
    expect(checkExtension(slv, request({ reason: 'health' }))).toMatchObject({ code: 'reason_not_allowed' });
  });
});
