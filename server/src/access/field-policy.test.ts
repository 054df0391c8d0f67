import { describe, expect, it } from 'vitest';
import { fieldClasses, roles, type FieldClass, type Role } from '@refugio/contract';
import { canSeeField, isMedicalNeed, officeCaseScope, restrictedFields, type CaseScope } from './policy';

const me = 'user-me';
const actor = (role: Role) => ({ id: me, role, officeId: 'office-a' });
const here = officeCaseScope('office-a');
const seers = (kase: CaseScope, field: FieldClass) =>
  roles.filter((role) => canSeeField(actor(role), kase, field));

describe('field-level rules', () => {
  it('show the claim, transcripts and medical details to eligibility officers and supervisors only', () => {
    for (const field of ['narrative', 'transcript'] as const)
      expect(seers(here, field)).toEqual(['eligibility_officer', 'supervisor']);
    expect(seers(here, 'medical')).toEqual(['eligibility_officer', 'supervisor']);
  });

  it('show contact details to registration staff too, never to administrators', () => {
    expect(seers(here, 'contact')).toEqual(['registration_officer', 'eligibility_officer', 'supervisor']);
  });

  it('give registration staff the specific needs of the cases they registered', () => {
    expect(seers({ ...here, registeredBy: me }, 'medical')).toEqual([
      'registration_officer',
      'eligibility_officer',
      'supervisor',
    ]);
  });

  it('open every class to appeals officers once an appeal is on file', () => {
    const appealed = { ...here, appealOnFile: true };
    for (const field of fieldClasses) expect(seers(appealed, field)).toContain('appeals_officer');
    expect(restrictedFields(actor('appeals_officer'), here)).toEqual([...fieldClasses]);
  });

  it('withhold every class from statisticians, auditors and administrators, and on unreadable cases', () => {
    for (const role of ['statistician', 'auditor', 'administrator'] as const)
      expect(restrictedFields(actor(role), here)).toEqual([...fieldClasses]);
    expect(restrictedFields(actor('supervisor'), { ...here, sensitive: true })).toEqual([...fieldClasses]);
  });

  it('counts medical, SGBV, torture and disability needs as medical', () => {
    expect(['SM-CI', 'SV-VF', 'TR-PI', 'DS-PM'].every(isMedicalNeed)).toBe(true);
    expect(['SC-UC', 'WR-WR', 'ER-NF'].some(isMedicalNeed)).toBe(false);
  });
});
