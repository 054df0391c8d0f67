import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import type { SignInMethod, SignInOutcome } from './account.tables';

/** Longest user agent kept: enough to tell browsers apart, too short to carry much else. */
export const USER_AGENT_LENGTH = 200;

export interface AttemptOrigin {
  clientAddress: string;
  userAgent: string;
}

export async function insertSignInAttempt(
  db: Kysely<DB>,
  attempt: {
    userId: string | null;
    outcome: SignInOutcome;
    occurredAt: Date;
    /** Default: the password. */
    method?: SignInMethod;
  } & AttemptOrigin,
): Promise<void> {
  await db
    .insertInto('sign_in_attempts')
    .values({
      user_id: attempt.userId,
      outcome: attempt.outcome,
      occurred_at: attempt.occurredAt,
      client_address: attempt.clientAddress.slice(0, 100),
      user_agent: attempt.userAgent.slice(0, USER_AGENT_LENGTH),
      method: attempt.method,
    })
    .execute();
}

export function listSignInAttempts(db: Kysely<DB>, userId: string, limit: number) {
  return db
    .selectFrom('sign_in_attempts')
    .select(['id', 'occurred_at', 'outcome', 'client_address', 'user_agent', 'method'])
    .where('user_id', '=', userId)
    .orderBy('occurred_at', 'desc')
    .orderBy('id')
    .limit(limit)
    .execute();
}
