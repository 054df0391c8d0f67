import { describe, expect, it } from 'vitest';
import { roles, type Role } from '@refugio/contract';
import {
  breakGlassListScope,
  canActOnCase,
  canMarkSensitive,
  canReadCase,
  canRegisterIn,
  canRequestBreakGlass,
  canReviewBreakGlass,
  canSeeSensitivityCategories,
  caseAccessVia,
  caseActionsFor,
  caseListScope,
  caseScopeOf,
  hasPermission,
  officeCaseScope,
  type CaseScope,
} from './policy';

const here = 'office-a';
const there = 'office-b';
const me = 'user-me';
const actor = (role: Role, officeId: string | null = here, id = me) => ({ id, role, officeId });
const scope = (over: Partial<CaseScope> = {}): CaseScope => ({ ...officeCaseScope(here), ...over });
const grant = { namedSupervisor: false, breakGlassGrantId: 'grant-1' };
const named = { namedSupervisor: true, breakGlassGrantId: null };

/** Every scope the matrix names, and exactly the roles that may open a case in it. */
const readers: [string, CaseScope, Role[]][] = [
  [
    'own office',
    scope(),
    ['registration_officer', 'eligibility_officer', 'supervisor', 'appeals_officer', 'administrator'],
  ],
  ['other office', scope({ officeId: there }), ['administrator']],
  [
    'other office, appeal on file',
    scope({ officeId: there, appealOnFile: true }),
    ['appeals_officer', 'administrator'],
  ],
  ['own office, sensitive, neither assigned nor named', scope({ sensitive: true }), []],
  [
    'own office, sensitive, assigned to the actor',
    scope({ sensitive: true, assignedTo: me }),
    ['registration_officer', 'eligibility_officer', 'supervisor', 'appeals_officer', 'administrator'],
  ],
  [
    'own office, sensitive, actor named supervisor',
    scope({ sensitive: true, standing: named }),
    ['supervisor'],
  ],
  ['other office, sensitive, actor named', scope({ officeId: there, sensitive: true, standing: named }), []],
  ['sensitive, appeal on file', scope({ sensitive: true, appealOnFile: true }), ['appeals_officer']],
  [
    'other office under a break-glass grant',
    scope({ officeId: there, standing: grant }),
    ['registration_officer', 'eligibility_officer', 'supervisor', 'appeals_officer', 'administrator'],
  ],
  [
    'sensitive under a break-glass grant',
    scope({ sensitive: true, standing: grant }),
    ['registration_officer', 'eligibility_officer', 'supervisor', 'appeals_officer', 'administrator'],
  ],
];

describe('case access policy', () => {
  it.each(readers)('opens a case (%s) to exactly the expected roles', (_label, kase, expected) => {
    expect(roles.filter((role) => canReadCase(actor(role), kase))).toEqual(expected);
    expect(roles.filter((role) => canActOnCase(actor(role), kase))).toEqual(expected);
    expect(roles.filter((role) => caseActionsFor(actor(role), kase).length > 0)).toEqual(expected);
  });

  it('tells a break-glass use from ordinary access, so it is audited with its grant', () => {
    expect(caseAccessVia(actor('eligibility_officer'), scope({ officeId: there, standing: grant }))).toBe(
      'break_glass',
    );
    // A grant on a case one could open anyway changes nothing: the use is ordinary.
    expect(caseAccessVia(actor('eligibility_officer'), scope({ standing: grant }))).toBe('scope');
    expect(caseAccessVia(actor('statistician'), scope({ standing: grant }))).toBeNull();
  });

  it('reads the scope from a case row, and a row without standing grants none', () => {
    const row = { office_id: here, appeal_on_file: false, sensitive: true, assigned_to: null };
    expect(caseScopeOf(row).standing).toEqual({ namedSupervisor: false, breakGlassGrantId: null });
    expect(canReadCase(actor('supervisor'), caseScopeOf(row))).toBe(false);
    expect(canReadCase(actor('supervisor'), caseScopeOf({ ...row, actor_named_supervisor: true }))).toBe(
      true,
    );
    expect(canReadCase(actor('supervisor'), caseScopeOf({ ...row, case_assigned_to: me }))).toBe(true);
  });

  it('lists for each role the scope its SQL filter is built from', () => {
    expect(caseListScope(actor('administrator', null))).toEqual({
      actorId: me,
      allOffices: true,
      officeId: null,
      appealsOnFile: false,
      breakGlass: true,
    });
    expect(caseListScope(actor('appeals_officer'))).toMatchObject({ officeId: here, appealsOnFile: true });
    expect(caseListScope(actor('supervisor'))).toMatchObject({ officeId: here, appealsOnFile: false });
    for (const role of ['statistician', 'auditor'] as const) expect(caseListScope(actor(role))).toBe('none');
    expect(caseListScope(actor('eligibility_officer', null))).toBe('none');
  });

  it('allows registration only to registering roles in their office', () => {
    const allowed = roles.filter((r) => canRegisterIn(actor(r), here));
    expect(allowed.sort()).toEqual(['administrator', 'registration_officer', 'supervisor']);
    expect(canRegisterIn(actor('registration_officer'), there)).toBe(false);
  });

  it('keeps the audit trail to auditors and administrators', () => {
    expect(roles.filter((r) => hasPermission({ role: r }, 'audit.read')).sort()).toEqual([
      'administrator',
      'auditor',
    ]);
  });
});

describe('sensitivity marks', () => {
  it('are set by a supervisor of the office or the officer in charge, never under break-glass', () => {
    expect(roles.filter((role) => canMarkSensitive(actor(role), scope()))).toEqual(['supervisor']);
    expect(roles.filter((role) => canMarkSensitive(actor(role), scope({ assignedTo: me })))).toEqual([
      'eligibility_officer',
      'supervisor',
    ]);
    expect(canMarkSensitive(actor('supervisor'), scope({ officeId: there }))).toBe(false);
    expect(canMarkSensitive(actor('supervisor'), scope({ officeId: there, standing: grant }))).toBe(false);
    // A supervisor not named on a sensitive case cannot see it, so cannot mark it either.
    expect(canMarkSensitive(actor('supervisor'), scope({ sensitive: true }))).toBe(false);
    expect(canMarkSensitive(actor('supervisor'), scope({ sensitive: true, standing: named }))).toBe(true);
  });

  it('show their categories only to those who mark, and named supervisors', () => {
    const sensitive = scope({ sensitive: true, appealOnFile: true, assignedTo: me });
    expect(roles.filter((role) => canSeeSensitivityCategories(actor(role), sensitive))).toEqual([
      'eligibility_officer',
      'supervisor',
    ]);
    expect(
      canSeeSensitivityCategories(actor('appeals_officer'), scope({ sensitive: true, appealOnFile: true })),
    ).toBe(false);
    expect(
      canSeeSensitivityCategories(actor('administrator'), scope({ sensitive: true, standing: grant })),
    ).toBe(false);
  });
});

describe('break-glass', () => {
  it('is asked for by case-working roles and administrators, never statisticians or auditors', () => {
    const elsewhere = scope({ officeId: there, sensitive: true });
    expect(roles.filter((role) => canRequestBreakGlass(actor(role), elsewhere))).toEqual([
      'registration_officer',
      'eligibility_officer',
      'supervisor',
      'appeals_officer',
      'administrator',
    ]);
    expect(canRequestBreakGlass(actor('eligibility_officer'), scope())).toBe(false);
    expect(canRequestBreakGlass(actor('administrator'), scope({ officeId: there }))).toBe(false);
    expect(canRequestBreakGlass(actor('eligibility_officer'), scope({ sensitive: true }))).toBe(true);
  });

  it('is reviewed by the office’s supervisors, named supervisors and administrators, never by its user', () => {
    const use = { userId: 'someone', officeId: here, actorNamedSupervisor: false };
    expect(roles.filter((role) => canReviewBreakGlass(actor(role), use))).toEqual([
      'supervisor',
      'administrator',
    ]);
    expect(canReviewBreakGlass(actor('supervisor', there), use)).toBe(false);
    expect(canReviewBreakGlass(actor('supervisor', there), { ...use, actorNamedSupervisor: true })).toBe(
      true,
    );
    expect(canReviewBreakGlass(actor('supervisor'), { ...use, userId: me })).toBe(false);
    expect(breakGlassListScope(actor('supervisor'))).toEqual({ officeId: here, actorId: me });
    expect(breakGlassListScope(actor('administrator', null))).toBe('all');
    expect(breakGlassListScope(actor('eligibility_officer'))).toBe('none');
  });
});
