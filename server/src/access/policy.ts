import type { CaseAction, Permission, Role, SuspensionScope } from '@refugio/contract';
import type { Actor } from './actor';

/**
 * The one access policy: every case read and write asks it. Deny by default: a role has only the
 * permissions listed here, and case access is further limited to the actor's own office.
 */
const rolePermissions: Record<Role, readonly Permission[]> = {
  registration_officer: ['case.read', 'case.register'],
  eligibility_officer: ['case.read'],
  supervisor: ['case.read', 'case.register', 'clock.suspend'],
  appeals_officer: ['case.read'],
  statistician: ['statistics.read'],
  administrator: [
    'case.read',
    'case.register',
    'user.manage',
    'audit.read',
    'statistics.read',
    'calendar.manage',
  ],
  auditor: ['audit.read'],
};

export function permissionsOf(role: Role): Permission[] {
  return [...rolePermissions[role]];
}

export function hasPermission(actor: Pick<Actor, 'role'>, permission: Permission): boolean {
  return rolePermissions[actor.role].includes(permission);
}

/** Administrators work across offices; everyone else only in their own. */
function inScope(actor: Pick<Actor, 'role' | 'officeId'>, officeId: string): boolean {
  return actor.role === 'administrator' || (actor.officeId !== null && actor.officeId === officeId);
}

export function canReadCase(actor: Pick<Actor, 'role' | 'officeId'>, kase: { officeId: string }): boolean {
  return hasPermission(actor, 'case.read') && inScope(actor, kase.officeId);
}

export function canRegisterIn(actor: Pick<Actor, 'role' | 'officeId'>, officeId: string): boolean {
  return hasPermission(actor, 'case.register') && inScope(actor, officeId);
}

/**
 * Whether the actor may take procedure steps on a case at all: the same office scope as reading it.
 * Which steps, by role and stage, the country's procedure decides (server/src/procedure/transition.ts),
 * so no separate permission is needed here.
 */
export function canActOnCase(actor: Pick<Actor, 'role' | 'officeId'>, kase: { officeId: string }): boolean {
  return canReadCase(actor, kase);
}

/** Which offices' cases a list may show: all, one office, or none. */
export function caseListScope(
  actor: Pick<Actor, 'role' | 'officeId'>,
): 'all' | { officeId: string } | 'none' {
  if (!hasPermission(actor, 'case.read')) return 'none';
  if (actor.role === 'administrator') return 'all';
  return actor.officeId === null ? 'none' : { officeId: actor.officeId };
}

/** The actions the UI may offer on a case the actor can read. */
export function caseActionsFor(
  actor: Pick<Actor, 'role' | 'officeId'>,
  kase: { officeId: string },
): CaseAction[] {
  if (!canReadCase(actor, kase)) return [];
  return ['view', 'print_proof_of_registration'];
}

/**
 * The scopes at which the actor may suspend clocks: a supervisor, for a case or the office they
 * supervise, or for the whole authority (an acuerdo that suspends every time limit, as in 2020).
 */
export function suspensionScopesFor(actor: Pick<Actor, 'role' | 'officeId'>): SuspensionScope[] {
  if (!hasPermission(actor, 'clock.suspend') || actor.officeId === null) return [];
  return ['case', 'office', 'authority'];
}

/** Whether the actor may create or change a suspension of this scope (case and office: their own office). */
export function canManageSuspension(
  actor: Pick<Actor, 'role' | 'officeId'>,
  suspension: { scope: SuspensionScope; officeId: string | null },
): boolean {
  if (!suspensionScopesFor(actor).includes(suspension.scope)) return false;
  return suspension.scope === 'authority' || suspension.officeId === actor.officeId;
}

/** Which suspensions the actor may see: those that touch cases they can read. */
export function suspensionListScope(
  actor: Pick<Actor, 'role' | 'officeId'>,
): 'all' | { officeId: string } | 'none' {
  return caseListScope(actor);
}

export function canManageCalendar(actor: Pick<Actor, 'role'>): boolean {
  return hasPermission(actor, 'calendar.manage');
}

/** Whether the actor may see the calendar: anyone who counts deadlines or manages the calendar. */
export function canReadCalendar(actor: Pick<Actor, 'role'>): boolean {
  return hasPermission(actor, 'case.read') || canManageCalendar(actor);
}

/** Who records an applicant's periodic presentation (the signature at the office): registration staff. */
export function canRecordPresentation(
  actor: Pick<Actor, 'role' | 'officeId'>,
  kase: { officeId: string },
): boolean {
  return canActOnCase(actor, kase) && (actor.role === 'registration_officer' || actor.role === 'supervisor');
}

/** Who puts an officer in charge of a case: a supervisor of its office. */
export function canAssignCase(actor: Pick<Actor, 'role' | 'officeId'>, kase: { officeId: string }): boolean {
  return actor.role === 'supervisor' && canActOnCase(actor, kase);
}

/** Who may be put in charge of a case: the office's eligibility officers and supervisors. */
export const assignableRoles: readonly Role[] = ['eligibility_officer', 'supervisor'];
