import { describe, expect, it } from 'vitest';
import { roles, type Role } from '@refugio/contract';
import {
  canActOnCase,
  canReadCase,
  canRegisterIn,
  caseActionsFor,
  caseListScope,
  hasPermission,
} from './policy';

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
      expect(canReadCase(actor(role), { officeId: here, appealOnFile: false })).toBe(true);
      expect(canReadCase(actor(role), { officeId: there, appealOnFile: false })).toBe(false);
    }
  });

  it('lets administrators read every office', () => {
    expect(canReadCase(actor('administrator', null), { officeId: there, appealOnFile: false })).toBe(true);
    expect(caseListScope(actor('administrator', null))).toBe('all');
  });

  it('shows statisticians and auditors no case files', () => {
    for (const role of ['statistician', 'auditor'] as const) {
      expect(canReadCase(actor(role), { officeId: here, appealOnFile: false })).toBe(false);
      expect(caseListScope(actor(role))).toBe('none');
      expect(caseActionsFor(actor(role), { officeId: here, appealOnFile: false })).toEqual([]);
    }
  });

  it('allows registration only to registering roles in their office', () => {
    const allowed = roles.filter((r) => canRegisterIn(actor(r), here));
    expect(allowed.sort()).toEqual(['administrator', 'registration_officer', 'supervisor']);
    expect(canRegisterIn(actor('registration_officer'), there)).toBe(false);
  });

  it('opens a case with an appeal on file, in any office, to appeals officers only', () => {
    const appealedThere = { officeId: there, appealOnFile: true };
    expect(canReadCase(actor('appeals_officer'), appealedThere)).toBe(true);
    expect(canActOnCase(actor('appeals_officer'), appealedThere)).toBe(true);
    for (const role of ['registration_officer', 'eligibility_officer', 'supervisor'] as const)
      expect([role, canReadCase(actor(role), appealedThere)]).toEqual([role, false]);
    expect(canReadCase(actor('statistician'), appealedThere)).toBe(false);
    expect(caseListScope(actor('appeals_officer'))).toEqual({ officeId: here, appealsOnFile: true });
    expect(caseListScope(actor('supervisor'))).toEqual({ officeId: here, appealsOnFile: false });
  });

  it('denies an officer without an office', () => {
    expect(canReadCase(actor('eligibility_officer', null), { officeId: here, appealOnFile: false })).toBe(
      false,
    );
    expect(caseListScope(actor('eligibility_officer', null))).toBe('none');
  });

  it('keeps the audit trail to auditors and administrators', () => {
    expect(roles.filter((r) => hasPermission({ role: r }, 'audit.read')).sort()).toEqual([
      'administrator',
      'auditor',
    ]);
  });
});
