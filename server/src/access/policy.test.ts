import { describe, expect, it } from 'vitest';
import { roles, type Role } from '@refugio/contract';
import { canReadCase, canRegisterIn, caseActionsFor, caseListScope, hasPermission } from './policy';

const here = 'office-a';
const there = 'office-b';
const actor = (role: Role, officeId: string | null = here) => ({ role, officeId });

describe('case access policy', () => {
  it('lets case-working roles read cases of their own office only', () => {
    for (const role of [
      'registration_officer',
      'eligibility_officer',
      'supervisor',
      'appeals_officer',
    ] as const) {
      expect(canReadCase(actor(role), { officeId: here })).toBe(true);
      expect(canReadCase(actor(role), { officeId: there })).toBe(false);
    }
  });

  it('lets administrators read every office', () => {
    expect(canReadCase(actor('administrator', null), { officeId: there })).toBe(true);
    expect(caseListScope(actor('administrator', null))).toBe('all');
  });

  it('shows statisticians and auditors no case files', () => {
    for (const role of ['statistician', 'auditor'] as const) {
      expect(canReadCase(actor(role), { officeId: here })).toBe(false);
      expect(caseListScope(actor(role))).toBe('none');
      expect(caseActionsFor(actor(role), { officeId: here })).toEqual([]);
    }
  });

  it('allows registration only to registering roles in their office', () => {
    const allowed = roles.filter((r) => canRegisterIn(actor(r), here));
    expect(allowed.sort()).toEqual(['administrator', 'registration_officer', 'supervisor']);
    expect(canRegisterIn(actor('registration_officer'), there)).toBe(false);
  });

  it('denies an officer without an office', () => {
    expect(canReadCase(actor('eligibility_officer', null), { officeId: here })).toBe(false);
    expect(caseListScope(actor('eligibility_officer', null))).toBe('none');
  });

  it('keeps the audit trail to auditors and administrators', () => {
    expect(roles.filter((r) => hasPermission({ role: r }, 'audit.read')).sort()).toEqual([
      'administrator',
      'auditor',
    ]);
  });
});
