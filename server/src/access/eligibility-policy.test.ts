import { describe, expect, it } from 'vitest';
import { roles, type Role } from '@refugio/contract';
import {
  canConductInterview,
  canDecideAppeal,
  canEditAssessment,
  canReadClaim,
  canReadQualityReport,
  canReviewDecision,
  canReviewQuality,
  canScheduleInterview,
  officeCaseScope,
} from './policy';

const here = officeCaseScope('office-a');
const there = officeCaseScope('office-b');
const person = (role: Role, id = `${role}-1`, officeId: string | null = 'office-a') => ({
  id,
  role,
  officeId,
});
const nobody = { authorId: 'author', approverId: 'approver', interviewerIds: ['interviewer'] };

describe('the eligibility procedure in the one access policy', () => {
  it('books interviews: eligibility officers and supervisors of the office only', () => {
    const allowed = roles.filter((role) => canScheduleInterview(person(role), here));
    expect(allowed).toEqual(['eligibility_officer', 'supervisor']);
    expect(canScheduleInterview(person('supervisor'), there)).toBe(false);
  });

  it('conducts an interview: its own officer or a supervisor, never another officer', () => {
    const interview = { officerId: 'eligibility_officer-1' };
    expect(canConductInterview(person('eligibility_officer'), interview, here)).toBe(true);
    expect(canConductInterview(person('eligibility_officer', 'someone-else'), interview, here)).toBe(false);
    expect(canConductInterview(person('supervisor'), interview, here)).toBe(true);
    expect(canConductInterview(person('supervisor'), interview, there)).toBe(false);
  });

  it('keeps the claim from registration staff, administrators, statisticians and auditors', () => {
    expect(roles.filter((role) => canReadClaim(person(role), here))).toEqual([
      'eligibility_officer',
      'supervisor',
    ]);
    // Appeals officers read the claim of the cases whose appeal they decide, not of every case.
    expect(roles.filter((role) => canReadClaim(person(role), { ...here, appealOnFile: true }))).toEqual([
      'eligibility_officer',
      'supervisor',
      'appeals_officer',
    ]);
  });

  it('lets the author or the officer in charge edit a draft assessment, nobody a submitted one', () => {
    const draft = { authorId: 'eligibility_officer-1', status: 'draft' };
    const kase = { ...here, assignedTo: 'in-charge' };
    expect(canEditAssessment(person('eligibility_officer'), draft, kase)).toBe(true);
    expect(canEditAssessment(person('eligibility_officer', 'in-charge'), draft, kase)).toBe(true);
    expect(canEditAssessment(person('eligibility_officer', 'other'), draft, kase)).toBe(false);
    expect(canEditAssessment(person('eligibility_officer'), { ...draft, status: 'submitted' }, kase)).toBe(
      false,
    );
  });

  it('four eyes: a supervisor never approves the version they submitted', () => {
    expect(canReviewDecision(person('supervisor'), { submittedBy: 'eligibility_officer-1' }, here)).toBe(
      true,
    );
    expect(canReviewDecision(person('supervisor'), { submittedBy: 'supervisor-1' }, here)).toBe(false);
    expect(canReviewDecision(person('eligibility_officer'), { submittedBy: 'x' }, here)).toBe(false);
  });

  it('an appeal and a quality reading go to someone who had no part in the decision', () => {
    expect(canDecideAppeal(person('appeals_officer', 'a'), here, nobody)).toBe(true);
    for (const id of ['author', 'approver', 'interviewer'])
      expect(canDecideAppeal(person('appeals_officer', id), here, nobody)).toBe(false);
    expect(canDecideAppeal(person('supervisor', 's'), here, nobody)).toBe(false);
    // The appeals unit decides for every office: a case elsewhere with an appeal on file, not without.
    expect(canDecideAppeal(person('appeals_officer', 'a'), { ...there, appealOnFile: true }, nobody)).toBe(
      true,
    );
    expect(canDecideAppeal(person('appeals_officer', 'a'), there, nobody)).toBe(false);
    expect(canReviewQuality(person('supervisor', 's'), here, nobody)).toBe(true);
    expect(canReviewQuality(person('supervisor', 'approver'), here, nobody)).toBe(false);
  });

  it('quality figures: own for anyone, office for its supervisor, never one officer for a statistician', () => {
    expect(
      canReadQualityReport(person('eligibility_officer', 'me'), { officeId: null, officerId: 'me' }),
    ).toBe(true);
    expect(canReadQualityReport(person('eligibility_officer', 'me'), { officeId: 'office-a' })).toBe(false);
    expect(canReadQualityReport(person('supervisor'), { officeId: 'office-a', officerId: 'x' })).toBe(true);
    expect(canReadQualityReport(person('supervisor'), { officeId: 'office-b' })).toBe(false);
    expect(canReadQualityReport(person('statistician', 's', null), { officeId: 'office-a' })).toBe(true);
    expect(
      canReadQualityReport(person('statistician', 's', null), { officeId: 'office-a', officerId: 'x' }),
    ).toBe(false);
    expect(
      canReadQualityReport(person('administrator', 'ad', null), { officeId: null, officerId: 'x' }),
    ).toBe(true);
  });
});
