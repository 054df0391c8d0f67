import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import { alpha2FromAlpha3 } from './reference/country-alpha2';

/**
 * A phone number in E.164 ("+525512345678"), or '' when it cannot be read as a possible number.
 * Numbers typed without a country code are read in the region of `defaultCountry` (ISO 3166-1
 * alpha-3, e.g. the person's nationality or the deployment's country).
 */
export function normalisePhone(text: string, defaultCountry = ''): string {
  const trimmed = text.trim();
  if (trimmed.length === 0) return '';
  const region = (alpha2FromAlpha3(defaultCountry) || undefined) as CountryCode | undefined;
  const withPlus = trimmed.startsWith('00') ? `+${trimmed.slice(2)}` : trimmed;
  const parsed = parsePhoneNumberFromString(withPlus, region ? { defaultCountry: region } : undefined);
  if (!parsed || !parsed.isPossible()) return '';
  return parsed.number;
}
