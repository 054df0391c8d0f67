import { sql, type RawBuilder } from 'kysely';
import type { CaseListScope } from '../access/policy';

/**
 * The SQL condition that keeps a list to the cases the policy's list scope allows, on the cases
 * table referenced as `cases` (`alias`): one office's, and for appeals officers also every case with
 * an appeal on file. `all` needs no condition, so it is not taken here.
 */
export function inListScope(
  scope: Exclude<CaseListScope, 'all' | 'none'>,
  alias: string,
): RawBuilder<boolean> {
  const office = sql.ref(`${alias}.office_id`);
  return scope.appealsOnFile
    ? sql<boolean>`(${office} = ${scope.officeId} or ${sql.ref(`${alias}.appeal_on_file`)})`
    : sql<boolean>`${office} = ${scope.officeId}`;
}
