import { describe, expect, expectTypeOf, it } from 'vitest';
import { CountryProfile, type TimeUnit } from '@refugio/contract';
import { loadAllCountryProfiles, loadCountryProfile } from '../countries/country-profile.loader';
import type { KnownTimeLimit, Procedure, TimeLimitId } from './procedure';

const limitOf = (procedure: Procedure, id: TimeLimitId) => procedure.timeLimits.find((l) => l.id === id);
const reasonCodes = (limit: ReturnType<typeof limitOf>) =>
  limit?.status === 'known' && limit.extension.status === 'known'
    ? limit.extension.reasons.map((r) => r.code)
    : [];

describe('the law as data', () => {
  it("counts time limits in the profile's units", () => {
    expectTypeOf<KnownTimeLimit['unit']>().toEqualTypeOf<TimeUnit>();
  });

  it('Mexico: 45 working days to decide from filing, extendable once for the five reasons of art. 24', () => {
    const mex = loadCountryProfile('MEX').procedure;
    const decision = limitOf(mex, 'first_instance_decision');
    expect(decision).toMatchObject({
      startsOn: 'filing',
      metBy: 'decision_issued',
      length: 45,
      unit: 'working_days',
      whose: 'administration',
      legalBasis: 'LRPCAP art. 24',
      extension: { status: 'known', maxTimes: 1, maxLength: 45, roles: ['supervisor'] },
    });
    expect(reasonCodes(decision)).toEqual([
      'no_information',
      'no_interpreter',
      'health',
      'applicant_evidence',
      'force_majeure',
    ]);
    expect(reasonCodes(limitOf(mex, 'cessation_decision'))).toEqual([
      'no_interpreter',
      'health',
      'applicant_evidence',
      'force_majeure',
    ]);
  });

  it('Mexico: the applicant has 15 working days from written notice to appeal (art. 25)', () => {
    expect(limitOf(loadCountryProfile('MEX').procedure, 'appeal_filing')).toMatchObject({
      startsOn: 'written_notification',
      metBy: 'appeal_lodged',
      length: 15,
      unit: 'working_days',
      whose: 'applicant',
    });
  });

  it('Mexico: every refusal carries the complementary-protection assessment (arts. 29–30)', () => {
    const refusal = loadCountryProfile('MEX').procedure.transitions.find((t) => t.action === 'draft_refusal');
    expect(refusal).toMatchObject({
      outcomes: ['rejected', 'complementary_protection'],
      requires: expect.arrayContaining(['outcome', 'complementaryProtectionAssessment']),
    });
  });

  it('Mexico: a weekly signature whose missed-weeks threshold is unknown, not invented', () => {
    expect(loadCountryProfile('MEX').procedure.periodicPresentation).toMatchObject({
      status: 'known',
      frequency: 'weekly',
      legalBasis: 'RLRPCAP art. 24',
      missedThreshold: { status: 'unknown' },
      consequence: 'abandoned',
    });
  });

  it("Costa Rica: the applicant's 3-day appeal limit runs in working days (LGAP art. 256)", () => {
    expect(limitOf(loadCountryProfile('CRI').procedure, 'appeal_filing')).toMatchObject({
      length: 3,
      unit: 'working_days',
      whose: 'applicant',
    });
  });

  it("El Salvador: CODER's 30 working days run from the case presented to it (art. 27)", () => {
    expect(limitOf(loadCountryProfile('SLV').procedure, 'first_instance_decision')).toMatchObject({
      startsOn: 'referral_to_decision_body',
      length: 30,
      unit: 'working_days',
      whose: 'administration',
      extension: { status: 'known', maxTimes: { status: 'unknown' }, maxLength: { status: 'unknown' } },
    });
  });

  it('complementary protection is an outcome only where the law has it', () => {
    const withProtection = loadAllCountryProfiles()
      .filter((p) => p.procedure.outcomes.some((o) => o.id === 'complementary_protection'))
      .map((p) => p.code);
    expect(withProtection).toEqual(['MEX']);
  });

  it('states every required time limit in every profile, unknown ones with a note', () => {
    const table = Object.fromEntries(
      loadAllCountryProfiles().map((p) => [
        p.code,
        (['filing', 'first_instance_decision', 'appeal_filing', 'appeal_decision'] as const).map((id) => {
          const limit = limitOf(p.procedure, id);
          return limit?.status === 'known' ? `${limit.length} ${limit.unit}` : limit?.status;
        }),
      ]),
    );
    expect(table).toEqual({
      BLZ: ['14 calendar_days', 'unknown', 'unknown', 'unknown'],
      CRI: ['1 calendar_months', 'unknown', '3 working_days', 'unknown'],
      SLV: ['5 working_days', '30 working_days', '3 working_days', 'unknown'],
      GTM: ['unknown', 'unknown', 'unknown', 'unknown'],
      HND: ['unknown', 'unknown', 'unknown', 'unknown'],
      MEX: ['30 working_days', '45 working_days', '15 working_days', 'unknown'],
      PAN: ['6 calendar_months', 'unknown', 'unknown', 'unknown'],
    });
  });
});

describe('the procedure schema', () => {
  const mex = () =>
    structuredClone(loadCountryProfile('MEX')) as unknown as Record<string, Record<string, unknown>>;
  const issuesOf = (json: unknown) => {
    const result = CountryProfile.safeParse(json);
    return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.code}`);
  };

  it('requires a procedure in every profile', () => {
    const json = mex();
    delete json.procedure;
    expect(issuesOf(json)).toEqual(['procedure: invalid_type']);
  });

  it('refuses a known time limit without its legal basis, source or start date', () => {
    const json = mex();
    const limit = (json.procedure!.timeLimits as Record<string, unknown>[])[0]!;
    delete limit.legalBasis;
    delete limit.effectiveFrom;
    expect(issuesOf(json)).toEqual([
      'procedure.timeLimits.0.legalBasis: invalid_type',
      'procedure.timeLimits.0.effectiveFrom: invalid_union',
    ]);
  });

  it('refuses an unknown rule that carries a number anyway, and a misspelt key', () => {
    const json = mex();
    (json.procedure!.timeLimits as unknown[]).push({
      status: 'unknown',
      id: 'appeal_decision',
      note: 'x',
      length: 5,
    });
    (json.procedure!.transitions as Record<string, unknown>[])[0]!.role = ['supervisor'];
    expect(issuesOf(json)).toEqual([
      'procedure.transitions.0: unrecognized_keys',
      'procedure.timeLimits.9: unrecognized_keys',
    ]);
  });

  it('refuses a role, stage or data field that does not exist', () => {
    const json = mex();
    const t = (json.procedure!.transitions as Record<string, unknown>[])[0]!;
    t.roles = ['caseworker'];
    t.to = 'hearing';
    t.requires = ['interviewDay'];
    expect(issuesOf(json)).toEqual([
      'procedure.transitions.0.to: invalid_value',
      'procedure.transitions.0.roles.0: invalid_value',
      'procedure.transitions.0.requires.0: invalid_value',
    ]);
  });
});
