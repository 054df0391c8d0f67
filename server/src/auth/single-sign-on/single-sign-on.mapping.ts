import type { Mapping, MappingRule } from './single-sign-on.config';

/** The claims of a person at the provider: the ID token's, completed by the userinfo endpoint's. */
export type Claims = Record<string, unknown>;

/** A claim by name; a dotted name reaches into objects (`realm_access.roles`). */
export function claimAt(claims: Claims, name: string): unknown {
  if (Object.hasOwn(claims, name)) return claims[name];
  let value: unknown = claims;
  for (const part of name.split('.')) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, part)) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/** A string claim equal to the value, or a list claim containing it (group memberships). */
export function ruleMatches(rule: MappingRule, claims: Claims): boolean {
  const value = claimAt(claims, rule.claim);
  if (typeof value === 'string') return value === rule.value;
  if (Array.isArray(value)) return value.some((item) => item === rule.value);
  return false;
}

/** The first rule that matches, in the file's order. */
export const matchRule = (mapping: Mapping, claims: Claims): MappingRule | undefined =>
  mapping.rules.find((rule) => ruleMatches(rule, claims));

/** The e-mail, lower-cased, only when the provider says it verified it (`email_verified` exactly true). */
export function verifiedEmailOf(claims: Claims): string | undefined {
  const email = claims.email;
  if (claims.email_verified !== true || typeof email !== 'string') return undefined;
  const normal = email.trim().toLowerCase();
  return /^[^\s@]+@[^\s@]+$/.test(normal) && normal.length <= 254 ? normal : undefined;
}

/** The provider says the person used several factors: an `amr` or the `acr` the mapping accepts. */
export function providerAttestsMfa(mapping: Mapping, claims: Claims): boolean {
  const amr = Array.isArray(claims.amr) ? claims.amr : [];
  if (amr.some((method) => typeof method === 'string' && mapping.mfa.amr.includes(method))) return true;
  return typeof claims.acr === 'string' && mapping.mfa.acr.includes(claims.acr);
}

/** The person's name for a new account: `name`, else given and family names. */
export function displayNameOf(claims: Claims): string | undefined {
  const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
  const name =
    str(claims.name) || [str(claims.given_name), str(claims.family_name)].filter(Boolean).join(' ');
  return name ? name.slice(0, 200) : undefined;
}
