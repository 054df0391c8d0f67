import {
  conventionGrounds,
  type ComplementaryProtectionRisk,
  type CountryProfile,
  type GroundId,
} from '@refugio/contract';

/**
 * What each state's law adds to the assessment beyond what the country profile already says
 * (`definitions.genderGround`, `definitions.cartagena`, read from the profile, not repeated here). Each
 * rule cites its legal basis and the source it was read from (shared/DOMAIN.md §3), or is `unknown`
 * with a note. Kept here until the profiles gain these fields (docs/design/eligibility.md §4).
 */
export interface OtherGround {
  id: Extract<GroundId, 'ethnicity' | 'belief'>;
  legalBasis: string;
  source: string;
  note?: string;
}

export type ComplementaryProtectionRule =
  | {
      status: 'known';
      /** The analysis must be made in every refusal. */
      requiredInRefusal: boolean;
      /** In the same resolution as the refusal. */
      sameResolution: boolean;
      risks: readonly ComplementaryProtectionRisk[];
      barredByExclusion: boolean;
      legalBasis: string;
      source: string;
    }
  | { status: 'unknown'; note: string };

export interface EligibilityRules {
  otherGrounds: readonly OtherGround[];
  complementaryProtection: ComplementaryProtectionRule;
}

const unknownProtection = (note: string): ComplementaryProtectionRule => ({ status: 'unknown', note });

export const eligibilityRules: Record<CountryProfile['code'], EligibilityRules> = {
  MEX: {
    otherGrounds: [],
    complementaryProtection: {
      status: 'known',
      requiredInRefusal: true,
      sameResolution: true,
      risks: ['life', 'torture', 'cruel_inhuman_degrading'],
      barredByExclusion: true,
      legalBasis: 'LRPCAP arts. 2-VII, 28 (risks; ¶3 exclusion), 29 (every refusal), 30 (same resolution)',
      source: 'LRPCAP (DOMAIN.md §3 Mexico)',
    },
  },
  CRI: {
    otherGrounds: [],
    complementaryProtection: unknownProtection('Not found in the sources (DOMAIN.md §3 Costa Rica).'),
  },
  HND: {
    otherGrounds: [],
    complementaryProtection: unknownProtection('Not found in the sources (DOMAIN.md §3 Honduras).'),
  },
  SLV: {
    otherGrounds: [
      {
        id: 'ethnicity',
        legalBasis: 'Decreto Legislativo 918 (2002) (article not identified)',
        source: 'migracionoea.org (DOMAIN.md §3 El Salvador)',
      },
      {
        id: 'belief',
        legalBasis: 'Decreto Legislativo 918 (2002) (article not identified)',
        source: 'migracionoea.org (DOMAIN.md §3 El Salvador)',
        note: 'Listed as "creencia" beside religion; the text of the decree was not compared.',
      },
    ],
    complementaryProtection: unknownProtection('Not found in the sources (DOMAIN.md §3 El Salvador).'),
  },
  GTM: {
    otherGrounds: [],
    complementaryProtection: unknownProtection('Not found in the sources (DOMAIN.md §3 Guatemala).'),
  },
  PAN: {
    otherGrounds: [],
    complementaryProtection: unknownProtection('Not found in the sources (DOMAIN.md §3 Panama).'),
  },
  BLZ: {
    otherGrounds: [],
    complementaryProtection: unknownProtection('Not found in the sources (DOMAIN.md §3 Belize).'),
  },
};

/** The grounds the assessment offers: the Convention's, gender where the law has it, and the law's others. */
export function groundsOffered(profile: CountryProfile): GroundId[] {
  const grounds: GroundId[] = [...conventionGrounds];
  if (profile.definitions.genderGround.status === 'in_force') grounds.push('gender');
  grounds.push(...eligibilityRules[profile.code].otherGrounds.map((g) => g.id));
  return grounds;
}

/** The Cartagena section is required where the expanded definition is law, optional where unknown, hidden where not. */
export function cartagenaRequirement(profile: CountryProfile): 'required' | 'optional' | 'hidden' {
  switch (profile.definitions.cartagena.status) {
    case 'in_force':
      return 'required';
    case 'not_in_force':
      return 'hidden';
    case 'unknown':
      return 'optional';
  }
}

/** Whether the law requires the complementary-protection analysis in every refusal (only a known rule blocks). */
export function complementaryProtectionRequiredInRefusal(profile: CountryProfile): boolean {
  const rule = eligibilityRules[profile.code].complementaryProtection;
  return rule.status === 'known' && rule.requiredInRefusal;
}
