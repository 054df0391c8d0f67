import type { Kysely } from 'kysely';

/** Identity resolution: match keys, candidate pairs, links between person records, registration checks. */
export async function up(_db: Kysely<any>): Promise<void> {}

export async function down(_db: Kysely<any>): Promise<void> {}
