import type { Kysely } from 'kysely';

/** Filled by the feature that owns this migration (docs/design/eligibility.md §7). */
export async function up(db: Kysely<any>): Promise<void> {
  void db;
}

export async function down(db: Kysely<any>): Promise<void> {
  void db;
}
