import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';

export function findThrottle(db: Kysely<DB>, emailHash: string) {
  return db
    .selectFrom('sign_in_throttle')
    .select(['failures', 'locked_until'])
    .where('email_hash', '=', emailHash)
    .executeTakeFirst();
}

/**
 * Counts one more consecutive failure, atomically (the row lock of the upsert serialises concurrent
 * failures, from any server process), and returns the new count.
 */
export async function countFailure(db: Kysely<DB>, emailHash: string, now: Date): Promise<number> {
  const row = await db
    .insertInto('sign_in_throttle')
    .values({ email_hash: emailHash, failures: 1, locked_until: null, last_failure_at: now })
    .onConflict((oc) =>
      oc.column('email_hash').doUpdateSet((eb) => ({
        failures: eb('sign_in_throttle.failures', '+', 1),
        last_failure_at: now,
      })),
    )
    .returning('failures')
    .executeTakeFirstOrThrow();
  return row.failures;
}

export async function lockUntil(db: Kysely<DB>, emailHash: string, until: Date): Promise<void> {
  await db
    .updateTable('sign_in_throttle')
    .set({ locked_until: until })
    .where('email_hash', '=', emailHash)
    .execute();
}

/** A success (or an administrator's unlock) clears the count; returns whether there was one. */
export async function clearThrottle(db: Kysely<DB>, emailHash: string): Promise<boolean> {
  const result = await db
    .deleteFrom('sign_in_throttle')
    .where('email_hash', '=', emailHash)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
