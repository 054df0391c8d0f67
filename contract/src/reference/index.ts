import countriesFile from './countries.json';
import languagesFile from './languages.json';

export interface NamedCode {
  code: string;
  es: string;
  en: string;
}

/** A country: its ISO 3166-1 alpha-3 code, its alpha-2 code (phone regions), its names. */
export interface Country extends NamedCode {
  alpha2: string;
}

/** ISO 3166-1 alpha-3 countries with Spanish and English names. */
export const countries: Country[] = countriesFile.countries;
/** ISO 639-3 languages common in the region's asylum caseload. */
export const languages: NamedCode[] = languagesFile.languages;

export const countryCodes: ReadonlySet<string> = new Set(countries.map((c) => c.code));
export const languageCodes: ReadonlySet<string> = new Set(languages.map((l) => l.code));

export * from './specific-needs';
