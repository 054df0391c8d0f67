import { GIVEN_NAME_VARIANTS } from './reference/given-name-variants';

const CANONICAL = new Map<string, string>();
for (const group of GIVEN_NAME_VARIANTS)
  for (const spelling of group) if (!CANONICAL.has(spelling)) CANONICAL.set(spelling, group[0]!);

/**
 * The canonical spelling of a folded name token: Lupe → guadalupe, Chuy → jesus, Mohammed →
 * muhammad, Jan → jean. A token outside every group is its own canonical form.
 */
export function canonicalGivenName(token: string): string {
  return CANONICAL.get(token) ?? token;
}
