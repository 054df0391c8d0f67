import { describe, expect, it } from 'vitest';
import { roles, type Role } from '@refugio/contract';
import { canMarkUnavailable, canReadAgenda, type AgendaResourceScope } from './policy';

const person = (role: Role, id = `${role}-1`, officeId: string | null = 'office-a') => ({
  id,
  role,
  officeId,
});
const officerHere = (id: string): AgendaResourceScope => ({ kind: 'officer', id, offices: ['office-a'] });
const roomHere: AgendaResourceScope = { kind: 'room', id: 'room-1', offices: ['office-a'] };
const roomThere: AgendaResourceScope = { kind: 'room', id: 'room-2', offices: ['office-b'] };
const interpreterAnywhere: AgendaResourceScope = { kind: 'interpreter', id: 'int-1', offices: 'any' };
const interpreterThere: AgendaResourceScope = { kind: 'interpreter', id: 'int-2', offices: ['office-b'] };

describe('the agenda in the one access policy', () => {
  it('is read by the office’s eligibility officers and supervisors, and by administrators', () => {
    expect(roles.filter((role) => canReadAgenda(person(role), 'office-a'))).toEqual([
      'eligibility_officer',
      'supervisor',
      'administrator',
    ]);
    expect(canReadAgenda(person('supervisor'), 'office-b')).toBe(false);
    expect(canReadAgenda(person('administrator', 'ad', null), 'office-b')).toBe(true);
    expect(canReadAgenda(person('eligibility_officer', 'e', null), 'office-a')).toBe(false);
  });

  it('an officer marks only themself unavailable', () => {
    const me = person('eligibility_officer', 'me');
    expect(canMarkUnavailable(me, officerHere('me'))).toBe(true);
    expect(canMarkUnavailable(me, officerHere('colleague'))).toBe(false);
    expect(canMarkUnavailable(me, roomHere)).toBe(false);
    expect(canMarkUnavailable(me, interpreterAnywhere)).toBe(false);
    // Even themself, not from an office they no longer belong to.
    expect(canMarkUnavailable(person('eligibility_officer', 'me', 'office-b'), officerHere('me'))).toBe(
      false,
    );
  });

  it('a supervisor marks any officer, room or interpreter of the office, nothing of another', () => {
    const boss = person('supervisor');
    for (const resource of [officerHere('someone'), roomHere, interpreterAnywhere])
      expect(canMarkUnavailable(boss, resource)).toBe(true);
    expect(canMarkUnavailable(boss, roomThere)).toBe(false);
    expect(canMarkUnavailable(boss, interpreterThere)).toBe(false);
  });

  it('an administrator marks anything; other roles nothing, not even themselves', () => {
    expect(canMarkUnavailable(person('administrator', 'ad', null), roomThere)).toBe(true);
    for (const role of ['registration_officer', 'appeals_officer', 'statistician', 'auditor'] as const)
      expect(canMarkUnavailable(person(role), officerHere(`${role}-1`))).toBe(false);
  });
});
