import { createHash } from 'node:crypto';

/** Consecutive failures before the first lock. */
export const FAILURES_BEFORE_LOCK = 5;
const FIRST_LOCK_MINUTES = 1;
const LONGEST_LOCK_MINUTES = 60;

/**
 * How long an account is locked after its `failures`-th consecutive failure: nothing before the
 * fifth, then one minute, doubling with each further failure up to an hour.
 */
export function lockMinutes(failures: number): number {
  if (failures < FAILURES_BEFORE_LOCK) return 0;
  const doublings = Math.min(failures - FAILURES_BEFORE_LOCK, 10);
  return Math.min(FIRST_LOCK_MINUTES * 2 ** doublings, LONGEST_LOCK_MINUTES);
}

export function lockedUntilAfter(failures: number, now: Date): Date | null {
  const minutes = lockMinutes(failures);
  return minutes === 0 ? null : new Date(now.getTime() + minutes * 60_000);
}

/**
 * The throttle's key for an e-mail as typed (trimmed, lower case): its SHA-256, so the table holds
 * no addresses and unknown e-mails are counted exactly like known ones.
 */
export function emailKey(email: string): string {
  return createHash('sha256').update(email.trim().toLowerCase()).digest('hex');
}
