import { countries } from '@refugio/contract';

/**
 * ISO 3166-1 alpha-3 → alpha-2, for phone regions, read from the country list the contract ships
 * (contract/src/reference/countries.json carries both codes). The contract's `NamedCode` type does
 * not declare `alpha2`, so each entry is checked at run time rather than cast.
 */
function alpha2Of(entry: object): string {
  const value: unknown = (entry as { alpha2?: unknown }).alpha2;
  return typeof value === 'string' && /^[A-Z]{2}$/.test(value) ? value : '';
}

const ALPHA3_TO_ALPHA2: ReadonlyMap<string, string> = new Map(
  countries.flatMap((country) => {
    const alpha2 = alpha2Of(country);
    return alpha2 ? [[country.code, alpha2] as const] : [];
  }),
);

/** The alpha-2 code of an ISO 3166-1 alpha-3 code (any case), '' when unknown. */
export function alpha2FromAlpha3(alpha3: string): string {
  return ALPHA3_TO_ALPHA2.get(alpha3.toUpperCase()) ?? '';
}
