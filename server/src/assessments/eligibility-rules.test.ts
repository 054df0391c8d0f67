import { describe, expect, it } from 'vitest';
import { loadCountryProfile } from '../countries/country-profile.loader';
import {
  cartagenaRequirement,
  complementaryProtectionRequiredInRefusal,
  groundsOffered,
} from './eligibility-rules';

const codes = ['BLZ', 'CRI', 'GTM', 'HND', 'MEX', 'PAN', 'SLV'] as const;

describe('eligibility rules', () => {
  it('adds gender where the profile has it in force, and El Salvador’s ethnicity and belief', () => {
    expect(groundsOffered(loadCountryProfile('MEX'))).toContain('gender');
    expect(groundsOffered(loadCountryProfile('GTM'))).not.toContain('gender');
    expect(groundsOffered(loadCountryProfile('SLV'))).toEqual(
      expect.arrayContaining(['gender', 'ethnicity', 'belief']),
    );
  });

  it('requires Cartagena where it is law and leaves it optional where unknown', () => {
    expect(cartagenaRequirement(loadCountryProfile('MEX'))).toBe('required');
    expect(cartagenaRequirement(loadCountryProfile('CRI'))).toBe('optional');
  });

  it('requires complementary protection in every refusal only in Mexico, the one state where the law is known', () => {
    expect(codes.filter((c) => complementaryProtectionRequiredInRefusal(loadCountryProfile(c)))).toEqual([
      'MEX',
    ]);
  });

  it('cites a legal basis and source for every known rule, and a note for every unknown one', () => {
    for (const code of codes) {
      const rules = loadCountryProfile(code).eligibility;
      const protection = rules.complementaryProtection;
      if (protection.status === 'known') expect(protection.legalBasis && protection.source).toBeTruthy();
      else expect(protection.note).toMatch(/DOMAIN\.md/);
      for (const ground of rules.otherGrounds) expect(ground.legalBasis && ground.source).toBeTruthy();
    }
  });

  it('the engine asks every refusal for the analysis wherever the law requires it', () => {
    for (const code of codes) {
      const profile = loadCountryProfile(code);
      const refusal = profile.procedure.transitions.find((t) => t.action === 'draft_refusal');
      expect([code, refusal?.requires.includes('complementaryProtectionAssessment')]).toEqual([
        code,
        complementaryProtectionRequiredInRefusal(profile),
      ]);
    }
  });

  it('agrees with the profile: complementary protection in force wherever the law requires it in refusals', () => {
    for (const code of codes) {
      const profile = loadCountryProfile(code);
      if (complementaryProtectionRequiredInRefusal(profile))
        expect(profile.definitions.complementaryProtection.status).toBe('in_force');
    }
  });
});
