import { describe, expect, it } from 'vitest';
import { loadAllCountryProfiles, loadCountryProfile } from '../countries/country-profile.loader';
import { placeOnTrack } from './triage';
import { dependant, facts, principal } from './triage.fixtures';

const DAY = '2026-03-02';
const mex = loadCountryProfile('MEX').triage;
const cri = loadCountryProfile('CRI').triage;

describe.each(loadAllCountryProfiles().map((p) => [p.code, p.triage] as const))(
  '%s triage',
  (_code, triage) => {
    it('prioritises a case with an unaccompanied child', () => {
      const child = principal({ birthDate: '2010-01-01', specificNeeds: ['SC-UC'] });
      expect(placeOnTrack(triage, facts([child]), DAY)).toMatchObject({
        track: 'prioritised',
        ruleId: 'specific_needs_priority',
      });
    });

    it('leaves a case without specific needs or indicators on the regular track', () => {
      const family = facts([principal({ specificNeeds: ['LP-ND'] }), dependant()]);
      expect(placeOnTrack(triage, family, DAY)).toMatchObject({ track: 'regular', ruleId: null });
    });
  },
);

describe('Mexico: COMAR differentiated procedures', () => {
  it('accelerates a claim with the Cartagena presumption of inclusion', () => {
    const placed = placeOnTrack(mex, facts([principal()], ['cartagena_public_order_presumption']), DAY);
    expect(placed).toMatchObject({
      track: 'accelerated',
      ruleId: 'presumption_of_inclusion',
      ruleVersion: null,
    });
  });

  it('merges registration and RSD when the presumption applies and someone has a specific need', () => {
    const family = facts(
      [principal(), dependant({ specificNeeds: ['SV-VF'] })],
      ['cartagena_public_order_presumption'],
    );
    expect(placeOnTrack(mex, family, DAY)).toEqual({
      track: 'merged_registration_rsd',
      ruleId: 'merged_vulnerable_inclusion',
      ruleVersion: null,
      reasons: [
        { code: 'indicator', indicator: 'cartagena_public_order_presumption' },
        { code: 'specific_need', person: 1, need: 'SV-VF' },
      ],
    });
  });

  it('simplifies a Haitian principal whose claim fits the support package', () => {
    const haitian = principal({ nationalities: ['HTI'] });
    expect(placeOnTrack(mex, facts([haitian], ['haiti_support_package']), DAY).track).toBe('simplified');
  });

  it('does not simplify when only a dependant is Haitian', () => {
    const family = facts([principal(), dependant({ nationalities: ['HTI'] })], ['haiti_support_package']);
    expect(placeOnTrack(mex, family, DAY).track).toBe('regular');
  });
});

describe('Costa Rica: simplified RSD for common Nicaraguan profiles', () => {
  it('simplifies a Nicaraguan principal with a common profile', () => {
    const nicaraguan = principal({ nationalities: ['NIC'] });
    expect(placeOnTrack(cri, facts([nicaraguan], ['common_nicaraguan_profile']), DAY)).toMatchObject({
      track: 'simplified',
      ruleId: 'simplified_nicaraguan_profiles',
    });
  });

  it('does not simplify a Nicaraguan claim the officer did not mark as a common profile', () => {
    expect(placeOnTrack(cri, facts([principal({ nationalities: ['NIC'] })]), DAY).track).toBe('regular');
  });
});
