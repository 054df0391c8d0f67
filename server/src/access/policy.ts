import { sql, type RawBuilder } from 'kysely';
import {
  fieldClasses,
  type CaseAction,
  type FieldClass,
  type Permission,
  type Role,
  type SuspensionScope,
} from '@refugio/contract';
import type { Actor } from './actor';

/**
 * The one access policy: every case read and write asks it. Deny by default: a role has only the
 * permissions listed here, and case access is further limited to the actor's own office — except for
 * appeals officers, who decide appeals for every office and so also reach any case with an appeal on
 * file — then to the people a sensitive case is open to, and widened only by a break-glass grant.
 * Field classes (narrative, transcripts, medical, contact) are decided here too (`canSeeField`).
 */
const rolePermissions: Record<Role, readonly Permission[]> = {
  registration_officer: ['case.read', 'case.register', 'break_glass.request'],
  eligibility_officer: ['case.read', 'coi.contribute', 'case.mark_sensitive', 'break_glass.request'],
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
    'case.mark_sensitive',
    'break_glass.request',
    'break_glass.review',
    'disclosure.make',
    'subject_access.export',
    'legal_hold.manage',
  ],
  appeals_officer: ['case.read', 'coi.contribute', 'break_glass.request'],
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
    'break_glass.request',
    'break_glass.review',
    'recipient.manage',
    'legal_hold.manage',
    'retention.manage',
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

type Who = Pick<Actor, 'id' | 'role' | 'officeId'>;
const oneOf = (actor: Pick<Actor, 'role'>, ...allowed: Role[]) => allowed.includes(actor.role);

/**
 * The actor's own standing on one case, beyond role and office: named supervisor of it, or holder of
 * an active break-glass grant on it. Read from the database with the case (`actorStandingColumns`);
 * a caller that does not read it gets none, so forgetting it only ever denies.
 */
export interface CaseStanding {
  namedSupervisor: boolean;
  breakGlassGrantId: string | null;
}
export const noStanding: CaseStanding = { namedSupervisor: false, breakGlassGrantId: null };

/** What a case's access is judged on. */
export interface CaseScope {
  officeId: string;
  /** An appeal has been lodged: appeals officers of every office decide it. */
  appealOnFile: boolean;
  /** The case or one of its people carries an active sensitivity mark. */
  sensitive: boolean;
  /** The officer in charge of the case. */
  assignedTo: string | null;
  /** Who registered it (registration staff keep seeing the specific needs they recorded). */
  registeredBy: string | null;
  standing: CaseStanding;
}

/** The columns a case row gives the policy; the standing columns come from `actorStandingColumns`. */
export interface CaseScopeRow {
  office_id: string;
  appeal_on_file: boolean;
  sensitive: boolean;
  assigned_to?: string | null;
  registered_by?: string | null;
  /** The same two, as queries that join cases to another record name them. */
  case_assigned_to?: string | null;
  case_registered_by?: string | null;
  actor_named_supervisor?: boolean | null;
  actor_grant_id?: string | null;
}

/** A case row's scope, as the policy reads it. */
export const caseScopeOf = (row: CaseScopeRow): CaseScope => ({
  officeId: row.office_id,
  appealOnFile: row.appeal_on_file,
  sensitive: row.sensitive,
  assignedTo: row.assigned_to ?? row.case_assigned_to ?? null,
  registeredBy: row.registered_by ?? row.case_registered_by ?? null,
  standing: {
    namedSupervisor: row.actor_named_supervisor === true,
    breakGlassGrantId: row.actor_grant_id ?? null,
  },
});

/**
 * Any ordinary case of an office: for rules judged on the office alone (registers, rooms, queues).
 * Never used to open a case: it is not sensitive and has no appeal.
 */
export const officeCaseScope = (officeId: string): CaseScope => ({
  officeId,
  appealOnFile: false,
  sensitive: false,
  assignedTo: null,
  registeredBy: null,
  standing: noStanding,
});

/**
 * The SQL columns that give a case row the actor's standing on it (`actor_named_supervisor`,
 * `actor_grant_id`), for `caseScopeOf`. `caseId` is the case id column, e.g. `cases.id`. A null
 * actor gives no standing.
 */
export function actorStandingColumns(actorId: string | null, caseId: string) {
  const id = sql.ref(caseId);
  return [
    sql<boolean>`exists (select 1 from case_supervisors cs where cs.case_id = ${id}
      and cs.user_id = ${actorId} and cs.removed_at is null)`.as('actor_named_supervisor'),
    sql<string | null>`(select g.id from break_glass_grants g where g.case_id = ${id}
      and g.user_id = ${actorId} and g.expires_at > now() order by g.expires_at desc limit 1)`.as(
      'actor_grant_id',
    ),
  ] as const;
}

/** The actor's office (administrators: any); for appeals officers also any case with an appeal on file. */
function caseInScope(actor: Pick<Actor, 'role' | 'officeId'>, kase: CaseScope): boolean {
  return inScope(actor, kase.officeId) || (actor.role === 'appeals_officer' && kase.appealOnFile);
}

/**
 * A sensitive case is seen only by its officer in charge, its named supervisors and the appeals
 * officers once an appeal is on file (they decide it); administrators and the rest of the office don't.
 */
function seesSensitive(actor: Who, kase: CaseScope): boolean {
  return (
    actor.id === kase.assignedTo ||
    (actor.role === 'supervisor' && kase.standing.namedSupervisor) ||
    (actor.role === 'appeals_officer' && kase.appealOnFile)
  );
}

/**
 * How the actor reaches a case: through their ordinary scope, through a break-glass grant, or not at
 * all. A use under a grant is audited with the grant's id.
 */
export function caseAccessVia(actor: Who, kase: CaseScope): 'scope' | 'break_glass' | null {
  if (!hasPermission(actor, 'case.read')) return null;
  if (caseInScope(actor, kase) && (!kase.sensitive || seesSensitive(actor, kase))) return 'scope';
  if (kase.standing.breakGlassGrantId !== null && hasPermission(actor, 'break_glass.request'))
    return 'break_glass';
  return null;
}

export function canReadCase(actor: Who, kase: CaseScope): boolean {
  return caseAccessVia(actor, kase) !== null;
}

export function canRegisterIn(actor: Pick<Actor, 'role' | 'officeId'>, officeId: string): boolean {
  return hasPermission(actor, 'case.register') && inScope(actor, officeId);
}

/**
 * Whether the actor may take procedure steps on a case at all: the same scope as reading it.
 * Which steps, by role and stage, the country's procedure decides (server/src/procedure/transition.ts),
 * so no separate permission is needed here.
 */
export function canActOnCase(actor: Who, kase: CaseScope): boolean {
  return canReadCase(actor, kase);
}

/** Which cases a list may show; turned into SQL by `caseListFilter`. */
export type CaseListScope =
  | 'none'
  | {
      actorId: string;
      /** Every office (administrators); otherwise `officeId`'s. */
      allOffices: boolean;
      officeId: string | null;
      /** Appeals officers: also every case with an appeal on file. */
      appealsOnFile: boolean;
      /** Cases the actor holds an active break-glass grant on are listed too. */
      breakGlass: boolean;
    };

export function caseListScope(actor: Who): CaseListScope {
  if (!hasPermission(actor, 'case.read')) return 'none';
  const allOffices = actor.role === 'administrator';
  if (!allOffices && actor.officeId === null) return 'none';
  return {
    actorId: actor.id,
    allOffices,
    officeId: allOffices ? null : actor.officeId,
    appealsOnFile: actor.role === 'appeals_officer',
    breakGlass: hasPermission(actor, 'break_glass.request'),
  };
}

/**
 * The SQL condition every list and count over cases uses, on the cases table aliased `alias`: the
 * rows `canReadCase` would allow, so a sensitive case never shows in the lists, counts or name
 * searches of those who may not open it. Keep it in step with `caseAccessVia` (tested together).
 */
export function caseListFilter(scope: CaseListScope, alias: string): RawBuilder<boolean> {
  if (scope === 'none') return sql<boolean>`false`;
  const col = (name: string) => sql.ref(`${alias}.${name}`);
  const appealed = scope.appealsOnFile ? sql`${col('appeal_on_file')}` : sql`false`;
  const office = scope.allOffices ? sql`true` : sql`(${col('office_id')} = ${scope.officeId} or ${appealed})`;
  const seesSensitive = sql`(${col('assigned_to')} = ${scope.actorId} or ${appealed} or exists (
    select 1 from case_supervisors cs join users u on u.id = cs.user_id and u.role = 'supervisor'
    where cs.case_id = ${col('id')} and cs.user_id = ${scope.actorId} and cs.removed_at is null))`;
  const ordinary = sql`(${office} and (not ${col('sensitive')} or ${seesSensitive}))`;
  if (!scope.breakGlass) return sql<boolean>`${ordinary}`;
  return sql<boolean>`(${ordinary} or exists (select 1 from break_glass_grants g
    where g.case_id = ${col('id')} and g.user_id = ${scope.actorId} and g.expires_at > now()))`;
}

/** The actions the UI may offer on a case the actor can read. */
export function caseActionsFor(actor: Who, kase: CaseScope): CaseAction[] {
  if (!canReadCase(actor, kase)) return [];
  return ['view', 'print_proof_of_registration'];
}

// ---------------------------------------------------------------------------------------------
// Sensitivity marks and break-glass (issue 5).

/**
 * Who marks a case sensitive, lifts its marks and names its supervisors: a supervisor of the office
 * who can see the case, or the eligibility officer in charge of it (they hear the disclosure first).
 * Never under break-glass: emergency access reads and acts, it does not change who else may see.
 */
export function canMarkSensitive(actor: Who, kase: CaseScope): boolean {
  if (!hasPermission(actor, 'case.mark_sensitive') || caseAccessVia(actor, kase) !== 'scope') return false;
  if (!inScope(actor, kase.officeId)) return false;
  return actor.role === 'supervisor' || actor.id === kase.assignedTo;
}

/** Who learns why a case is sensitive (the categories): those who may mark it, and its named supervisors. */
export function canSeeSensitivityCategories(actor: Who, kase: CaseScope): boolean {
  return (
    canMarkSensitive(actor, kase) ||
    (actor.role === 'supervisor' && kase.standing.namedSupervisor && canReadCase(actor, kase))
  );
}

/** Administrators keep the register of recipients data may be shared with. */
export const canManageRecipients = (actor: Pick<Actor, 'role'>): boolean =>
  hasPermission(actor, 'recipient.manage');

/** Whoever works on the case records what a person said about sharing (not under break-glass). */
export function canRecordConsent(actor: Who, kase: CaseScope): boolean {
  return caseAccessVia(actor, kase) === 'scope';
}

/**
 * Sharing a file outside the authority is a supervisor's decision, in their ordinary scope: never
 * under break-glass, which is for urgent work on the file, not for sending it elsewhere.
 */
export function canDisclose(actor: Who, kase: CaseScope): boolean {
  return hasPermission(actor, 'disclosure.make') && caseAccessVia(actor, kase) === 'scope';
}

/**
 * A person's subject access export holds the whole file about them (claim and transcripts too), so it
 * is a supervisor's act in their ordinary scope, who sees every field class anyway; never under
 * break-glass, and not administrators, whom the field rules keep from the claim.
 */
export function canExportSubjectAccess(actor: Who, kase: CaseScope): boolean {
  return hasPermission(actor, 'subject_access.export') && caseAccessVia(actor, kase) === 'scope';
}

/** Who may be named supervisor of a sensitive case: a supervisor of the case's office. */
export function canBeNamedSupervisor(user: Pick<Actor, 'role' | 'officeId'>, kase: CaseScope): boolean {
  return user.role === 'supervisor' && user.officeId === kase.officeId;
}

/** How long a break-glass grant lasts unless the deployment sets otherwise (REFUGIO_BREAK_GLASS_HOURS). */
export const defaultBreakGlassHours = 4;

/**
 * Who may ask for emergency access to a case outside their scope: the case-working roles and
 * administrators, never statisticians or auditors; and only for a case they cannot already open.
 */
export function canRequestBreakGlass(actor: Who, kase: CaseScope): boolean {
  return hasPermission(actor, 'break_glass.request') && caseAccessVia(actor, kase) !== 'scope';
}

/**
 * Who reviews a use of break-glass: an administrator, a supervisor of the case's office, or a named
 * supervisor of the case; never the user who broke the glass.
 */
export function canReviewBreakGlass(
  actor: Who,
  grant: { userId: string; officeId: string; actorNamedSupervisor: boolean },
): boolean {
  if (!hasPermission(actor, 'break_glass.review') || grant.userId === actor.id) return false;
  return inScope(actor, grant.officeId) || grant.actorNamedSupervisor;
}

/** Which break-glass uses the actor may list: all (administrators), their office's and named cases', or none. */
export type BreakGlassListScope = 'none' | 'all' | { officeId: string; actorId: string };

export function breakGlassListScope(actor: Who): BreakGlassListScope {
  if (!hasPermission(actor, 'break_glass.review')) return 'none';
  if (actor.role === 'administrator') return 'all';
  return actor.officeId === null ? 'none' : { officeId: actor.officeId, actorId: actor.id };
}

// ---------------------------------------------------------------------------------------------
// Field-level rules (issue 5): classes of fields a role may be denied on a case it can open.

/** Specific-needs categories of a medical or SGBV nature (UNHCR codes): medical, SGBV, torture, disability. */
const medicalNeedCategories = ['SM', 'SV', 'TR', 'DS'];
export const isMedicalNeed = (code: string): boolean => medicalNeedCategories.includes(code.split('-')[0]!);

/**
 * Whether the actor sees a class of fields on a case: eligibility officers and supervisors all of
 * them; appeals officers all once an appeal is on file; registration staff contact details, and the
 * specific needs of the cases they registered, never the claim; administrators, statisticians and
 * auditors none.
 */
export function canSeeField(actor: Who, kase: CaseScope, field: FieldClass): boolean {
  if (!canReadCase(actor, kase)) return false;
  switch (actor.role) {
    case 'eligibility_officer':
    case 'supervisor':
      return true;
    case 'appeals_officer':
      return kase.appealOnFile;
    case 'registration_officer':
      return field === 'contact' || (field === 'medical' && kase.registeredBy === actor.id);
    case 'administrator':
    case 'statistician':
    case 'auditor':
      return false;
  }
}

/** The field classes withheld from the actor on a case (what the page marks as restricted). */
export function restrictedFields(actor: Who, kase: CaseScope): FieldClass[] {
  return fieldClasses.filter((f) => !canSeeField(actor, kase, f));
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
  if (!hasPermission(actor, 'case.read')) return 'none';
  if (actor.role === 'administrator') return 'all';
  return actor.officeId === null ? 'none' : { officeId: actor.officeId };
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
export function canRecordPresentation(actor: Who, kase: CaseScope): boolean {
  return canActOnCase(actor, kase) && (actor.role === 'registration_officer' || actor.role === 'supervisor');
}

/** Who puts an officer in charge of a case: a supervisor of its office. */
export function canAssignCase(actor: Who, kase: CaseScope): boolean {
  return actor.role === 'supervisor' && canActOnCase(actor, kase);
}

/** Who may be put in charge of a case: the office's eligibility officers and supervisors. */
export const assignableRoles: readonly Role[] = ['eligibility_officer', 'supervisor'];

// ---------------------------------------------------------------------------------------------
// The eligibility procedure (issue 4): interviews, assessments, decisions, appeals, quality review.
// Case-bound rules keep the office scope of `canActOnCase`; the country's procedure still decides
// which role takes which step.

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
 * reasons): the narrative field class — eligibility officers and supervisors of the case's office,
 * appeals officers once an appeal is on file; never registration staff, who need the identity, not
 * the claim.
 */
export function canReadClaim(actor: Who, kase: CaseScope): boolean {
  return canSeeField(actor, kase, 'narrative');
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

// ---------------------------------------------------------------------------------------------
// Retention (issue 5): schedules, legal holds and disposal.

/** Administrators set retention periods, see what is due and dispose of it. */
export const canManageRetention = (actor: Pick<Actor, 'role'>): boolean =>
  hasPermission(actor, 'retention.manage');

/**
 * A legal hold keeps data, it reveals nothing: a supervisor of the case's office places and lifts it in
 * their ordinary scope (never under break-glass), an administrator on any case they can see.
 */
export function canPlaceLegalHold(actor: Who, kase: CaseScope): boolean {
  return hasPermission(actor, 'legal_hold.manage') && caseAccessVia(actor, kase) === 'scope';
}

// ---------------------------------------------------------------------------------------------
// Identity resolution (issue 6): candidates at registration, links between person records, review.

/**
 * Who searches the register for the people being registered: whoever registers. They must find
 * people of every office (that is the point), so candidate search is not limited to the office.
 */
export const canSearchIdentities = (actor: Pick<Actor, 'role'>): boolean =>
  hasPermission(actor, 'case.register');

/**
 * Whether a person of a case may be shown to the actor as identification (names, birth date,
 * nationality, case number, office — never the claim): any ordinary case of any office; a sensitive
 * one only to those who may open it, so it never appears in others' results (issue 5's rule).
 * `caseListFilter` says the same in SQL (`not sensitive or readable`).
 */
export function showsInIdentification(actor: Who, kase: CaseScope): boolean {
  return !kase.sensitive || canReadCase(actor, kase);
}

/** Who links a person of a case to another record, or undoes a link: registration staff and supervisors in their own scope. */
export function canLinkPeople(actor: Who, kase: CaseScope): boolean {
  return oneOf(actor, 'registration_officer', 'supervisor') && caseAccessVia(actor, kase) === 'scope';
}

/** Who decides the pairs of the identity review queue: supervisors (for pairs with a case they can read). */
export const canReviewIdentities = (actor: Pick<Actor, 'role'>): boolean => actor.role === 'supervisor';
