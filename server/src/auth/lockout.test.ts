import { describe, expect, it } from 'vitest';
import { emailKey, lockedUntilAfter, lockMinutes } from './lockout';

describe('lockout backoff', () => {
  it('does not lock before the fifth consecutive failure', () => {
    expect([1, 2, 3, 4].map(lockMinutes)).toEqual([0, 0, 0, 0]);
    expect(lockedUntilAfter(4, new Date('2026-11-20T12:00:00Z'))).toBeNull();
  });

  it('locks for one minute at the fifth, doubling with each further failure up to an hour', () => {
    expect([5, 6, 7, 8, 9, 10, 11, 12, 50].map(lockMinutes)).toEqual([1, 2, 4, 8, 16, 32, 60, 60, 60]);
    expect(lockedUntilAfter(6, new Date('2026-11-20T12:00:00Z'))?.toISOString()).toBe(
      '2026-11-20T12:02:00.000Z',
    );
  });

  it('keys an e-mail by its hash, whatever its case or surrounding spaces', () => {
    expect(emailKey(' Lucia@Comar.Test ')).toBe(emailKey('lucia@comar.test'));
    expect(emailKey('lucia@comar.test')).toMatch(/^[0-9a-f]{64}$/);
    expect(emailKey('lucia@comar.test')).not.toBe(emailKey('lucía@comar.test'));
  });
});
