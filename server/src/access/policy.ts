import type { CaseAction, Permission, Role, SuspensionScope } from '@refugio/contract';
import type { Actor } from './actor';

/**
 * The one access policy: every case read and write asks it. Deny by default: a role has only the
 * permissions listed here, and case access is further limited to the actor's own office — except for
 * appeals officers, who decide appeals for every office and so also reach any case with an appeal on
 * file.
 */
const rolePermissions: Record<Role, readonly Permission[]> = {
  registration_officer: ['case.read', 'case.register'],
  eligibility_officer: ['case.read', 'coi.contribute'],
  supervisor: [
    'case.read',
    'case.register',
    'clock.suspend',
    'interpreter.manage',
    'room.manage',
    'coi.contribute',
    'coi.manage',
    'quality.review',
    'quality.report',
  ],
  appeals_officer: ['case.read', 'coi.contribute'],
  statistician: ['statistics.read', 'quality.report'],
  administrator: [
    'case.read',
    'case.register',
    'user.manage',
    'audit.read',
    'statistics.read',
    'calendar.manage',
    'rules.manage',
    'interpreter.manage',
    'room.manage',
    'coi.manage',
    'template.manage',
    'quality.report',
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
export function inScope(actor: Pick<Actor, 'role' | 'officeId'>, officeId: string): boolean {
  return actor.role === 'administrator' || (actor.officeId !== null && actor.officeId === officeId);
}

/** What a case's scope is judged on: its office, and whether an appeal has been lodged on it. */
export interface CaseScope {
  officeId: string;
  appealOnFile: boolean;
}

/** A case row's scope, as the policy reads it. */
export const caseScopeOf = (row: { office_id: string; appeal_on_file: boolean }): CaseScope => ({
  officeId: row.office_id,
  appealOnFile: row.appeal_on_file,
});

/** Any case of an office that has no appeal on file: for rules judged on the office alone (registers, rooms, queues). */
export const officeCaseScope = (officeId: string): CaseScope => ({ officeId, appealOnFile: false });

/** The actor's office (administrators: any); for appeals officers also any case with an appeal on file. */
function caseInScope(actor: Pick<Actor, 'role' | 'officeId'>, kase: CaseScope): boolean {
  return inScope(actor, kase.officeId) || (actor.role === 'appeals_officer' && kase.appealOnFile);
}

export function canReadCase(actor: Pick<Actor, 'role' | 'officeId'>, kase: CaseScope): boolean {
  return hasPermission(actor, 'case.read') && caseInScope(actor, kase);
}

export function canRegisterIn(actor: Pick<Actor, 'role' | 'officeId'>, officeId: string): boolean {
  return hasPermission(actor, 'case.register') && inScope(actor, officeId);
}

/**
 * Whether the actor may take procedure steps on a case at all: the same office scope as reading it.
 * Which steps, by role and stage, the country's procedure decides (server/src/procedure/transition.ts),
 * so no separate permission is needed here.
 */
export function canActOnCase(actor: Pick<Actor, 'role' | 'officeId'>, kase: CaseScope): boolean {
  return canReadCase(actor, kase);
}

/** Which cases a list may show: all; one office's (and, for appeals officers, those with an appeal on file); or none. */
export type CaseListScope = 'all' | 'none' | { officeId: string; appealsOnFile: boolean };

export function caseListScope(actor: Pick<Actor, 'role' | 'officeId'>): CaseListScope {
  if (!hasPermission(actor, 'case.read')) return 'none';
  if (actor.role === 'administrator') return 'all';
  if (actor.officeId === null) return 'none';
  return { officeId: actor.officeId, appealsOnFile: actor.role === 'appeals_officer' };
}

/** The actions the UI may offer on a case the actor can read. */
export function caseActionsFor(actor: Pick<Actor, 'role' | 'officeId'>, kase: CaseScope): CaseAction[] {
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

export function canManageProcedureRules(actor: Pick<Actor, 'role'>): boolean {
  return hasPermission(actor, 'rules.manage');
}

/** Whether the actor may read the procedure's time limits: anyone who counts deadlines, or manages them. */
export function canReadProcedureRules(actor: Pick<Actor, 'role'>): boolean {
  return hasPermission(actor, 'case.read') || canManageProcedureRules(actor);
}

/** Whether the actor may see the calendar: anyone who counts deadlines or manages the calendar. */
export function canReadCalendar(actor: Pick<Actor, 'role'>): boolean {
  return hasPermission(actor, 'case.read') || canManageCalendar(actor);
}

/** Who records an applicant's periodic presentation (the signature at the office): registration staff. */
export function canRecordPresentation(actor: Pick<Actor, 'role' | 'officeId'>, kase: CaseScope): boolean {
  return canActOnCase(actor, kase) && (actor.role === 'registration_officer' || actor.role === 'supervisor');
}

/** Who puts an officer in charge of a case: a supervisor of its office. */
export function canAssignCase(actor: Pick<Actor, 'role' | 'officeId'>, kase: CaseScope): boolean {
  return actor.role === 'supervisor' && canActOnCase(actor, kase);
}

/** Who may be put in charge of a case: the office's eligibility officers and supervisors. */
export const assignableRoles: readonly Role[] = ['eligibility_officer', 'supervisor'];

// ---------------------------------------------------------------------------------------------
// The eligibility procedure (issue 4): interviews, assessments, decisions, appeals, quality review.
// Case-bound rules keep the office scope of `canActOnCase`; the country's procedure still decides
// which role takes which step.

type Who = Pick<Actor, 'id' | 'role' | 'officeId'>;
const oneOf = (actor: Pick<Actor, 'role'>, ...allowed: Role[]) => allowed.includes(actor.role);

/** Who books interviews: eligibility officers and supervisors of the case's office. */
export function canScheduleInterview(actor: Who, kase: CaseScope): boolean {
  return oneOf(actor, 'eligibility_officer', 'supervisor') && canActOnCase(actor, kase);
}

/** Who conducts and records an interview: its officer, or a supervisor of the office. */
export function canConductInterview(actor: Who, interview: { officerId: string }, kase: CaseScope): boolean {
  if (!canActOnCase(actor, kase)) return false;
  return (
    (actor.role === 'eligibility_officer' && actor.id === interview.officerId) || actor.role === 'supervisor'
  );
}

/**
 * Who reads what the applicant said and how it was weighed (interview records, assessments, decision
 * reasons): eligibility officers, supervisors and appeals officers of the case's office; never
 * registration staff, who need the identity, not the claim.
 */
export function canReadClaim(actor: Who, kase: CaseScope): boolean {
  return oneOf(actor, 'eligibility_officer', 'supervisor', 'appeals_officer') && canReadCase(actor, kase);
}

/** Who writes an assessment: its author or the officer in charge, while it is a draft (supervisors too). */
export function canEditAssessment(
  actor: Who,
  assessment: { authorId: string; status: string },
  kase: CaseScope & { assignedTo: string | null },
): boolean {
  if (assessment.status !== 'draft' || !canActOnCase(actor, kase)) return false;
  if (actor.role === 'supervisor') return true;
  return (
    actor.role === 'eligibility_officer' && (actor.id === assessment.authorId || actor.id === kase.assignedTo)
  );
}

/** Who drafts a decision: eligibility officers and supervisors of the office. */
export function canDraftDecision(actor: Who, kase: CaseScope): boolean {
  return oneOf(actor, 'eligibility_officer', 'supervisor') && canActOnCase(actor, kase);
}

/** Four eyes: a supervisor of the office who did not submit the version approves or returns it. */
export function canReviewDecision(
  actor: Who,
  version: { submittedBy: string | null },
  kase: CaseScope,
): boolean {
  return actor.role === 'supervisor' && canActOnCase(actor, kase) && version.submittedBy !== actor.id;
}

/** Who took part in a decision: its author, its approver and the interviewers of the case. */
export interface DecisionInvolvement {
  authorId: string | null;
  approverId: string | null;
  interviewerIds: readonly string[];
}

const involved = (actor: Who, who: DecisionInvolvement) =>
  actor.id === who.authorId || actor.id === who.approverId || who.interviewerIds.includes(actor.id);

/** An appeal is decided by an appeals officer who had no part in the decision appealed. */
export function canDecideAppeal(actor: Who, kase: CaseScope, who: DecisionInvolvement): boolean {
  return actor.role === 'appeals_officer' && canReadCase(actor, kase) && !involved(actor, who);
}

export const canContributeCoi = (actor: Pick<Actor, 'role'>) => hasPermission(actor, 'coi.contribute');
export const canManageCoi = (actor: Pick<Actor, 'role'>) => hasPermission(actor, 'coi.manage');
export const canManageTemplates = (actor: Pick<Actor, 'role'>) => hasPermission(actor, 'template.manage');
export const canManageInterpreters = (actor: Pick<Actor, 'role'>) =>
  hasPermission(actor, 'interpreter.manage');

/** Rooms of the actor's own office (administrators: any office). */
export function canManageRooms(actor: Pick<Actor, 'role' | 'officeId'>, officeId: string): boolean {
  return hasPermission(actor, 'room.manage') && inScope(actor, officeId);
}

/** A supervisor draws quality samples of their own office's decisions. */
export function canDrawQualitySample(actor: Pick<Actor, 'role' | 'officeId'>, officeId: string): boolean {
  return hasPermission(actor, 'quality.review') && inScope(actor, officeId);
}

/** The second reading is done by a supervisor of the office who had no part in the decision. */
export function canReviewQuality(actor: Who, kase: CaseScope, who: DecisionInvolvement): boolean {
  return hasPermission(actor, 'quality.review') && canReadCase(actor, kase) && !involved(actor, who);
}

/**
 * Quality figures: everyone sees their own; a supervisor their office's, per officer too; an
 * administrator all; a statistician offices' aggregates, never one officer's.
 */
export function canReadQualityReport(
  actor: Who,
  scope: { officeId: string | null; officerId?: string | null },
): boolean {
  if (scope.officerId && scope.officerId === actor.id) return true;
  if (!hasPermission(actor, 'quality.report')) return false;
  if (actor.role === 'statistician') return !scope.officerId;
  if (actor.role === 'administrator') return true;
  return scope.officeId !== null && scope.officeId === actor.officeId;
}

// ---------------------------------------------------------------------------------------------
// The office agenda (issue 4): who interviews when, in which room, with which interpreter, and
// who or what is unavailable.

/** Who reads an office's agenda: its eligibility officers and supervisors; administrators any office's. */
export function canReadAgenda(actor: Pick<Actor, 'role' | 'officeId'>, officeId: string): boolean {
  return oneOf(actor, 'eligibility_officer', 'supervisor', 'administrator') && inScope(actor, officeId);
}

/** An officer, a room or an interpreter, with the offices it belongs to ('any': an interpreter serving every office). */
export interface AgendaResourceScope {
  kind: 'officer' | 'room' | 'interpreter';
  id: string;
  offices: 'any' | readonly string[];
}

/**
 * Who marks a resource unavailable (and releases the mark): an officer marks themself; a supervisor
 * any officer, room or interpreter of their office; an administrator any of any office.
 */
export function canMarkUnavailable(actor: Who, resource: AgendaResourceScope): boolean {
  if (actor.role === 'administrator') return true;
  const ofOffice =
    actor.officeId !== null && (resource.offices === 'any' || resource.offices.includes(actor.officeId));
  if (!ofOffice) return false;
  if (actor.role === 'supervisor') return true;
  return actor.role === 'eligibility_officer' && resource.kind === 'officer' && resource.id === actor.id;
}
