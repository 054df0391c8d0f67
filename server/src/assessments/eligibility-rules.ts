import { conventionGrounds, type CountryProfile, type GroundId } from '@refugio/contract';

// What each state's law adds to the assessment is in its profile (`eligibility` in countries/*.json),
// each rule with its legal basis and source, or unknown with a note; these read it.

/** The grounds the assessment offers: the Convention's, gender where the law has it, and the law's others. */
export function groundsOffered(profile: CountryProfile): GroundId[] {
  const grounds: GroundId[] = [...conventionGrounds];
  if (profile.definitions.genderGround.status === 'in_force') grounds.push('gender');
  grounds.push(...profile.eligibility.otherGrounds.map((g) => g.id));
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
  const rule = profile.eligibility.complementaryProtection;
  return rule.status === 'known' && rule.requiredInRefusal;
}
