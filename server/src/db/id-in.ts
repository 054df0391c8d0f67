import { sql } from 'kysely';

/**
 * `column = any($1::uuid[])`: one bind parameter for any number of ids, where `in (…)` takes one each
 * (the statement's text and plan then stay the same whatever the count, and never near the 65,535 limit).
 */
export function idIn(column: string, ids: readonly string[]) {
  return sql<boolean>`${sql.ref(column)} = any(${[...ids]}::uuid[])`;
}
