import type { CountryProfile } from '@refugio/contract';

export interface Signatory {
  name: string;
  role: string;
}

/** The body that decides at first instance, named in the letter's language (Spanish when it has no such name). */
function firstInstanceBody(profile: CountryProfile, language: string): string {
  const body = profile.decidingBodies.find((b) => b.role === 'first_instance') ?? profile.decidingBodies[0]!;
  return language === 'en' ? body.name.en : body.name.es;
}

/** Where the approving supervisor issues the decision (Mexico): signed by them, for the first-instance body. */
export function officerSignatory(profile: CountryProfile, language: string, name: string): Signatory {
  return { name, role: firstInstanceBody(profile, language) };
}

const resolutionWord: Record<string, string> = { es: 'Resolución', en: 'Resolution' };

/** Where a body decides (a commission): the letter is signed by the body, citing its resolution. */
export function bodySignatory(profile: CountryProfile, language: string, reference: string): Signatory {
  const word = resolutionWord[language] ?? resolutionWord.es!;
  return { name: firstInstanceBody(profile, language), role: reference ? `${word} ${reference}` : word };
}
