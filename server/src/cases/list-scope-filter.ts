import type { RawBuilder } from 'kysely';
import { caseListFilter, type CaseListScope } from '../access/policy';

/**
 * The SQL condition that keeps a list to the cases the policy's list scope allows, on the cases
 * table referenced as `alias`: the office scope, sensitivity and break-glass grants, all decided by
 * the policy module (`caseListFilter`). Every list and count over cases takes it, administrators' too
 * (they do not see sensitive cases).
 */
export function inListScope(scope: CaseListScope, alias: string): RawBuilder<boolean> {
  return caseListFilter(scope, alias);
}
