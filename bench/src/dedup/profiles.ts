/**
 * The shapes of labelled set the generator makes. `dev` is the development set the matching engine
 * is tuned on; the others are held out, so that the default threshold is checked on data unlike it
 * (other naming conventions, other error rates). Rates are per record and independent: a record
 * of a person may carry several errors, and the first registration is typed by an officer too.
 */

/** Every change an officer's registration may make to a person's true data, one code each. */
export const ERROR_CODES = [
  // typing
  'typo_adjacent',
  'typo_transpose',
  'typo_drop',
  'typo_double',
  // hearing and spelling
  'phonetic',
  'accent_loss',
  'uppercase',
  'creole_spelling',
  'spanish_form',
  // structure of the name
  'surname_swap',
  'second_surname_dropped',
  'compound_shortened',
  'hypocorism',
  'married_name',
  'given_surname_swap',
  'middle_as_surname',
  // other fields
  'date_day_month_swap',
  'date_year_off',
  'date_estimated',
  'date_missing',
  'sex_typo',
  'nationality_missing',
  'document_missing',
  'document_typo',
  'document_format',
  'document_other',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export type Culture = 'hispanic' | 'haitian' | 'portuguese' | 'anglophone';

export interface Profile {
  name: string;
  description: string;
  /** Share of people of each naming culture. */
  cultures: Readonly<Record<Culture, number>>;
  /** Nationalities of each culture, weighted. */
  nationalities: Readonly<Record<Culture, Readonly<Record<string, number>>>>;
  /** Share of people who have more than one record. */
  duplicateShare: number;
  /** Of those, the shares with 2, 3 and 4 records. */
  recordCounts: readonly [number, number, number];
  /** Share of groups that are families (hard negatives: siblings, twins, "Jr", spouses). */
  familyShare: number;
  /** Share of groups that are two unrelated people with exactly the same name. */
  namesakeShare: number;
  /** Share of people who hold an identity document at all. */
  documentShare: number;
  /** Per-record probability of each error where it applies. */
  errorRates: Readonly<Record<ErrorCode, number>>;
}

const devRates: Record<ErrorCode, number> = {
  typo_adjacent: 0.04,
  typo_transpose: 0.03,
  typo_drop: 0.03,
  typo_double: 0.02,
  phonetic: 0.1,
  accent_loss: 0.3,
  uppercase: 0.2,
  creole_spelling: 0.15,
  spanish_form: 0.04,
  surname_swap: 0.03,
  second_surname_dropped: 0.08,
  compound_shortened: 0.1,
  hypocorism: 0.04,
  married_name: 0.15,
  given_surname_swap: 0.04,
  middle_as_surname: 0.03,
  date_day_month_swap: 0.03,
  date_year_off: 0.03,
  date_estimated: 0.03,
  date_missing: 0.03,
  sex_typo: 0.01,
  nationality_missing: 0.05,
  document_missing: 0.25,
  document_typo: 0.04,
  document_format: 0.1,
  document_other: 0.03,
};

const scaled = (
  rates: Record<ErrorCode, number>,
  factor: number,
  overrides: Partial<Record<ErrorCode, number>> = {},
) =>
  Object.fromEntries(
    ERROR_CODES.map((code) => [code, Math.min(0.95, overrides[code] ?? rates[code] * factor)]),
  ) as Record<ErrorCode, number>;

const regionNationalities: Profile['nationalities'] = {
  hispanic: { HND: 30, CUB: 14, SLV: 10, GTM: 10, VEN: 14, NIC: 8, COL: 6, MEX: 5, ECU: 3 },
  haitian: { HTI: 95, CHL: 3, BRA: 2 },
  portuguese: { BRA: 70, AGO: 30 },
  anglophone: { GHA: 40, NGA: 30, CMR: 30 },
};

export const PROFILES: Readonly<Record<string, Profile>> = {
  dev: {
    name: 'dev',
    description:
      'Development set: the mix of claimants in Mexico (80 % Spanish names of Central America, Cuba, Venezuela and Colombia; 17 % Haitian; 3 % extra-continental), 30 % of people registered more than once, moderate error rates.',
    cultures: { hispanic: 0.8, haitian: 0.17, portuguese: 0.015, anglophone: 0.015 },
    nationalities: regionNationalities,
    duplicateShare: 0.3,
    recordCounts: [0.65, 0.25, 0.1],
    familyShare: 0.25,
    namesakeShare: 0.03,
    documentShare: 0.6,
    errorRates: devRates,
  },
  'haitian-heavy': {
    name: 'haitian-heavy',
    description:
      'Held out: 75 % Haitian names (French and Creole spellings, single surnames, given names used as surnames), more estimated and missing birth dates, fewer documents.',
    cultures: { hispanic: 0.22, haitian: 0.75, portuguese: 0.015, anglophone: 0.015 },
    nationalities: regionNationalities,
    duplicateShare: 0.3,
    recordCounts: [0.6, 0.28, 0.12],
    familyShare: 0.3,
    namesakeShare: 0.04,
    documentShare: 0.4,
    errorRates: scaled(devRates, 1, {
      creole_spelling: 0.25,
      spanish_form: 0.06,
      given_surname_swap: 0.07,
      date_estimated: 0.12,
      date_missing: 0.08,
      document_missing: 0.35,
    }),
  },
  noisy: {
    name: 'noisy',
    description:
      'Held out: the dev mix with every error rate doubled, many missing fields and documents, and more people registered more than once.',
    cultures: { hispanic: 0.8, haitian: 0.17, portuguese: 0.015, anglophone: 0.015 },
    nationalities: regionNationalities,
    duplicateShare: 0.4,
    recordCounts: [0.55, 0.3, 0.15],
    familyShare: 0.25,
    namesakeShare: 0.03,
    documentShare: 0.45,
    errorRates: scaled(devRates, 2),
  },
  'extra-continental': {
    name: 'extra-continental',
    description:
      "Held out: other naming conventions — Brazilian and Angolan (Portuguese: several given names, mother's surname before the father's), anglophone West African (middle names, one surname) — with 40 % Spanish names.",
    cultures: { hispanic: 0.4, haitian: 0.1, portuguese: 0.25, anglophone: 0.25 },
    nationalities: regionNationalities,
    duplicateShare: 0.3,
    recordCounts: [0.65, 0.25, 0.1],
    familyShare: 0.25,
    namesakeShare: 0.03,
    documentShare: 0.6,
    errorRates: scaled(devRates, 1, { middle_as_surname: 0.08, given_surname_swap: 0.06 }),
  },
};

export function profileNamed(name: string): Profile {
  const profile = PROFILES[name];
  if (!profile) throw new Error(`unknown profile "${name}" (known: ${Object.keys(PROFILES).join(', ')})`);
  return profile;
}
