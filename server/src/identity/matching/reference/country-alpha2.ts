import { countries } from '@refugio/contract';

/** ISO 3166-1 alpha-3 → alpha-2, for phone regions, from the country list the contract ships. */
const ALPHA3_TO_ALPHA2: ReadonlyMap<string, string> = new Map(countries.map((c) => [c.code, c.alpha2]));

/** The alpha-2 code of an ISO 3166-1 alpha-3 code (any case), '' when unknown. */
export function alpha2FromAlpha3(alpha3: string): string {
  return ALPHA3_TO_ALPHA2.get(alpha3.toUpperCase()) ?? '';
}
