import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql, type Kysely } from 'kysely';
import { roles, type Role } from '@refugio/contract';
import type { DB } from '../../src/db/schema';
import { openTestDatabase, type TestDatabase } from '../harness/engines';
import { createActor } from '../fixtures/actors';
import { markCaseSensitive } from '../fixtures/sensitivity';
import { insertHold } from '../../src/retention/retention.repository';
import {
  exampleOf,
  jsonSchemaOf,
  routeKey,
  startInventoriedApp,
  type InventoriedApp,
  type InventoriedRoute,
  type TestClient,
} from './route-inventory';

/** Where a case-bound request's entity sits relative to the user. */
export type Scope = 'assigned' | 'unassigned' | 'other' | 'sensitive';
export type Cell = `${Role}@${Scope | 'n/a'}`;

export const demoUserOf: Record<Role, string> = {
  registration_officer: 'registro@demo.refugio.mx',
  eligibility_officer: 'elegibilidad@demo.refugio.mx',
  supervisor: 'supervision@demo.refugio.mx',
  appeals_officer: 'revision@demo.refugio.mx',
  statistician: 'estadistica@demo.refugio.mx',
  administrator: 'admin@demo.refugio.mx',
  auditor: 'auditoria@demo.refugio.mx',
};

/** Only officers who can be put in charge of a case have an "assigned" scope. */
export const scopesOf = (role: Role): Scope[] =>
  role === 'eligibility_officer' || role === 'supervisor'
    ? ['assigned', 'unassigned', 'other', 'sensitive']
    : ['unassigned', 'other', 'sensitive'];

/** How a route's path parameters are found for a case: SQL over the case id, first row's columns. */
type Finder = (db: Kysely<DB>, caseId: string) => Promise<Record<string, string> | undefined>;

const first = async (query: { execute(): Promise<unknown[]> }) =>
  ((await query.execute())[0] as Record<string, string> | undefined) ?? undefined;

const q = (db: Kysely<DB>, text: ReturnType<typeof sql>) => ({
  execute: async () => (await text.execute(db)).rows as unknown[],
});

/** The entity each case-bound URL prefix names, found on one case. */
export const finders: { pattern: RegExp; find: Finder }[] = [
  {
    pattern: /^\/api\/v1\/cases\/:caseId\/legal-holds\/:holdId/,
    find: (db, c) =>
      first(
        q(
          db,
          sql`select ${c}::text as "caseId", id as "holdId" from legal_holds
        where case_id = ${c} and lifted_at is null limit 1`,
        ),
      ),
  },
  {
    pattern: /^\/api\/v1\/cases\/:caseId/,
    find: (db, c) =>
      first(
        q(
          db,
          sql`select c.id as "caseId", p.id as "personId" from cases c join people p on p.case_id = c.id
        where c.id = ${c} order by p.role = 'principal' desc limit 1`,
        ),
      ),
  },
  {
    // Only a scheduled interview has a notice to print.
    pattern: /^\/api\/v1\/interviews\/:id\/notice\.pdf/,
    find: (db, c) =>
      first(q(db, sql`select id from interviews where case_id = ${c} and status = 'scheduled' limit 1`)),
  },
  {
    pattern: /^\/api\/v1\/interviews\/:id/,
    find: (db, c) =>
      first(q(db, sql`select id from interviews where case_id = ${c} order by starts_at limit 1`)),
  },
  {
    pattern: /^\/api\/v1\/interview-records\/:id/,
    find: (db, c) =>
      first(
        q(
          db,
          sql`select r.id from interview_records r join interviews i on i.id = r.interview_id
        where i.case_id = ${c} limit 1`,
        ),
      ),
  },
  {
    pattern: /^\/api\/v1\/assessments\/:id\/facts\/:factId/,
    find: (db, c) =>
      first(
        q(
          db,
          sql`select a.id, f.id as "factId" from assessments a join assessment_facts f on f.assessment_id = a.id
        where a.case_id = ${c} order by a.status = 'draft' desc limit 1`,
        ),
      ),
  },
  {
    pattern: /^\/api\/v1\/assessments\/:id\/citations\/:citationId/,
    find: (db, c) =>
      first(
        q(
          db,
          sql`select a.id, x.id as "citationId" from assessments a join assessment_citations x on x.assessment_id = a.id
        where a.case_id = ${c} order by a.status = 'draft' desc limit 1`,
        ),
      ),
  },
  {
    pattern: /^\/api\/v1\/assessments\/:id/,
    find: (db, c) =>
      first(
        q(
          db,
          sql`select id, 'facts' as section from assessments where case_id = ${c} order by status = 'draft' desc, created_at desc limit 1`,
        ),
      ),
  },
  {
    pattern: /^\/api\/v1\/decisions\/:id/,
    find: (db, c) =>
      first(
        q(
          db,
          sql`select id, current_version::text as n from decisions where case_id = ${c} order by created_at desc limit 1`,
        ),
      ),
  },
  {
    pattern: /^\/api\/v1\/decision-notifications\/:id/,
    find: (db, c) =>
      first(
        q(
          db,
          sql`select n.id from decision_notifications n join decisions d on d.id = n.decision_id
        where d.case_id = ${c} limit 1`,
        ),
      ),
  },
  {
    pattern: /^\/api\/v1\/appeals\/:id/,
    find: (db, c) => first(q(db, sql`select id from appeals where case_id = ${c} limit 1`)),
  },
  {
    pattern: /^\/api\/v1\/remote-consents\/:id/,
    find: (db, c) => first(q(db, sql`select id from remote_interview_consents where case_id = ${c} limit 1`)),
  },
  {
    pattern: /^\/api\/v1\/quality\/samples\/:id/,
    find: (db, c) => first(q(db, sql`select id from quality_samples where case_id = ${c} limit 1`)),
  },
  {
    pattern: /^\/api\/v1\/quality\/reviews\/:id/,
    find: (db, c) =>
      first(
        q(
          db,
          sql`select r.id from quality_reviews r join quality_samples s on s.id = r.sample_id
        where s.case_id = ${c} limit 1`,
        ),
      ),
  },
];

export const finderOf = (url: string) => finders.find((f) => f.pattern.test(url));

/** Cases to try a finder on: those without an appeal first (so office scope alone decides), newest last. */
export async function candidateCases(
  db: Kysely<DB>,
  officeCode: string,
): Promise<{ id: string; appeal: boolean }[]> {
  const rows = await sql<{ id: string; appeal_on_file: boolean }>`
    select c.id, c.appeal_on_file from cases c join offices o on o.id = c.office_id
    where o.code = ${officeCode} order by c.appeal_on_file, c.registered_at`.execute(db);
  return rows.rows.map((r) => ({ id: r.id, appeal: r.appeal_on_file }));
}

/** Puts the case (and its interviews) in the given office, in charge of `assignedTo`. */
const placed = new Map<string, string>();
export async function placeCase(db: Kysely<DB>, caseId: string, officeId: string, assignedTo: string | null) {
  const placement = `${officeId}/${assignedTo}`;
  if (placed.get(caseId) === placement) return;
  placed.set(caseId, placement);
  await sql`update cases set office_id = ${officeId}, assigned_to = ${assignedTo} where id = ${caseId}`.execute(
    db,
  );
  await sql`update interviews set office_id = ${officeId} where case_id = ${caseId}`.execute(db);
}

/** Path parameters of routes not bound to a case: any entity of the kind (ids of the demo). */
const standalone: { pattern: RegExp; table: string; where?: string; param?: string }[] = [
  { pattern: /^\/api\/v1\/break-glass\/:grantId/, table: 'break_glass_grants', param: 'grantId' },
  { pattern: /^\/api\/v1\/clock-suspensions\/:id/, table: 'clock_suspensions' },
  { pattern: /^\/api\/v1\/clock-recomputations\/:id/, table: 'clock_recomputations' },
  { pattern: /^\/api\/v1\/calendar\/declared-days\/:id/, table: 'declared_non_working_days' },
  { pattern: /^\/api\/v1\/time-limit-rules\/:id/, table: 'time_limit_rules' },
  { pattern: /^\/api\/v1\/interpreters\/:id/, table: 'interpreters' },
  { pattern: /^\/api\/v1\/rooms\/:id/, table: 'rooms' },
  { pattern: /^\/api\/v1\/unavailability\/:id/, table: 'bookings', where: "kind = 'unavailable'" },
  { pattern: /^\/api\/v1\/coi-sources\/:id\/file/, table: 'coi_sources', where: 'file_id is not null' },
  { pattern: /^\/api\/v1\/coi-sources\/:id/, table: 'coi_sources' },
  { pattern: /^\/api\/v1\/templates\/:id/, table: 'document_templates' },
  { pattern: /^\/api\/v1\/recipients\/:recipientId/, table: 'recipients', param: 'recipientId' },
];

type Verdict = 'allowed' | 'denied' | 'invalid';

/** 401/403/404 (and the codes that mean "not you") deny; a 400 of the schema is inconclusive; the rest allow. */
function verdictOf(status: number, text: string): Verdict {
  if (status === 404 || status === 401 || status === 403) {
    const code = (() => {
      try {
        return (JSON.parse(text) as { error?: { code?: string } }).error?.code;
      } catch {
        return undefined;
      }
    })();
    // A wrong password or a second factor asked for is an answer of the route, not a refusal of the user.
    if (code === 'invalid_credentials' || code === 'mfa_required') return 'allowed';
    return 'denied';
  }
  if (status === 400) return 'invalid';
  return 'allowed';
}

// ---------------------------------------------------------------------------------------------
// What each route should allow, from the intended rules (docs/SECURITY.md, access/policy.ts), not
// from what the code answers. Notation: a role letter alone is the role on a route bound to no case;
// `E@as+un` lists the scopes (as: assigned to the user, un: own office not assigned, ot: other office,
// se: sensitive, own office, neither assigned nor named) where the role is allowed.
// R registration, E eligibility, S supervisor, A appeals, T statistician, D administrator, U auditor.

const letter: Record<string, Role> = {
  R: 'registration_officer',
  E: 'eligibility_officer',
  S: 'supervisor',
  A: 'appeals_officer',
  T: 'statistician',
  D: 'administrator',
  U: 'auditor',
};
const scopeName: Record<string, Scope> = { as: 'assigned', un: 'unassigned', ot: 'other', se: 'sensitive' };

const ALL = 'R E S A T D U';
/** Case-working roles and administrators: statisticians and auditors see no case files. */
const CASEWORK = 'R E S A D';
/** A case file: its own office's officers, administrators any office's (never a sensitive one). */
const CASE_READ = 'R@un E@as+un S@as+un A@un D@un+ot';
/** What the applicant said and how it was weighed: eligibility officers and supervisors (appeals officers once an appeal is on file). */
const CLAIM = 'E@as+un S@as+un';
/** The office's eligibility work: its eligibility officers and supervisors. */
const ELIGIBILITY = 'E@as+un S@as+un';
/** A case with an appeal on file: appeals officers of any office reach it, a sensitive one too (they decide the appeal). */
const APPEAL_CASE_READ = 'R@un E@as+un S@as+un A@un+ot+se D@un+ot';

const EXPECTED: Record<string, string> = {
  'POST /api/v1/session': ALL,
  'POST /api/v1/session/mfa': ALL,
  'GET /api/v1/session': ALL,
  'DELETE /api/v1/session': ALL,
  'GET /api/v1/reference': ALL,
  'GET /api/v1/cases': CASEWORK,
  'POST /api/v1/cases': 'R S D',
  // Dates in, a deadline out: no case data.
  'GET /api/v1/filing-window': ALL,
  'GET /api/v1/cases/:caseId': CASE_READ,
  // The procedure decides which step a role may take (a 409/422 answers), the scope is the case's.
  'POST /api/v1/cases/:caseId/actions/:action': CASE_READ,
  'GET /api/v1/cases/:caseId/people/:personId/proof-of-registration.pdf': CASE_READ,
  'GET /api/v1/deadlines': CASEWORK,
  'POST /api/v1/cases/:caseId/deadlines/:limit/extensions': 'S@as+un',
  'GET /api/v1/clock-suspensions': CASEWORK,
  'POST /api/v1/clock-suspensions': 'S',
  'POST /api/v1/clock-suspensions/:id/lift': 'S',
  'POST /api/v1/clock-suspensions/:id/correct': 'S',
  'POST /api/v1/clock-suspensions/:id/withdraw': 'S',
  'GET /api/v1/clock-recomputations/:id': CASEWORK,
  'POST /api/v1/cases/:caseId/track': 'S@as+un',
  'POST /api/v1/cases/:caseId/presentations': 'R@un S@as+un',
  'PUT /api/v1/cases/:caseId/assignment': 'S@as+un',
  'GET /api/v1/calendar': CASEWORK,
  'POST /api/v1/calendar/declared-days': 'D',
  'POST /api/v1/calendar/declared-days/:id/withdraw': 'D',
  'GET /api/v1/time-limit-rules': CASEWORK,
  'POST /api/v1/time-limit-rules': 'D',
  'POST /api/v1/time-limit-rules/:id/withdraw': 'D',
  'GET /api/v1/interpreters': 'E S D',
  'POST /api/v1/interpreters': 'S D',
  'PATCH /api/v1/interpreters/:id': 'S D',
  'PUT /api/v1/interpreters/:id/availability': 'S D',
  'GET /api/v1/rooms': 'E S D',
  'POST /api/v1/rooms': 'S D',
  'PATCH /api/v1/rooms/:id': 'S D',
  'GET /api/v1/cases/:caseId/interviews': CASE_READ,
  'GET /api/v1/cases/:caseId/interviews/free-slots': ELIGIBILITY,
  'POST /api/v1/cases/:caseId/interviews': ELIGIBILITY,
  'POST /api/v1/interviews/:id/reschedule': ELIGIBILITY,
  'POST /api/v1/interviews/:id/cancel': ELIGIBILITY,
  'POST /api/v1/cases/:caseId/people/:personId/remote-consents': ELIGIBILITY,
  'POST /api/v1/remote-consents/:id/withdraw': ELIGIBILITY,
  'POST /api/v1/interviews/:id/no-show': ELIGIBILITY,
  'POST /api/v1/interviews/:id/no-show/justification': ELIGIBILITY,
  'GET /api/v1/interviews/:id/notice.pdf': CASE_READ,
  'GET /api/v1/interviews/:id/record.pdf': CLAIM,
  'POST /api/v1/interviews/:id/record': ELIGIBILITY,
  'GET /api/v1/interview-records/:id': CLAIM,
  'PUT /api/v1/interview-records/:id': ELIGIBILITY,
  'POST /api/v1/interview-records/:id/confirm': ELIGIBILITY,
  'POST /api/v1/interview-records/:id/addenda': ELIGIBILITY,
  'GET /api/v1/agenda': 'E S D',
  'POST /api/v1/unavailability': 'E S D',
  'POST /api/v1/unavailability/:id/release': 'E S D',
  'GET /api/v1/coi-sources': 'E S A D',
  'POST /api/v1/coi-sources': 'E S A D',
  'GET /api/v1/coi-sources/:id': 'E S A D',
  'PATCH /api/v1/coi-sources/:id': 'S D',
  'POST /api/v1/coi-sources/:id/supersede': 'S D',
  'GET /api/v1/coi-sources/:id/citations': 'E S A D',
  'GET /api/v1/coi-sources/:id/file': 'E S A D',
  'PUT /api/v1/coi-sources/:id/file': 'E S A D',
  'GET /api/v1/cases/:caseId/assessment': CLAIM,
  // Beginning the assessment is a procedure step the profile gives to eligibility officers.
  'POST /api/v1/cases/:caseId/assessment': 'E@as+un',
  'PUT /api/v1/assessments/:id/sections/:section': ELIGIBILITY,
  'POST /api/v1/assessments/:id/facts': ELIGIBILITY,
  'PUT /api/v1/assessments/:id/facts/:factId': ELIGIBILITY,
  'DELETE /api/v1/assessments/:id/facts/:factId': ELIGIBILITY,
  'POST /api/v1/assessments/:id/citations': ELIGIBILITY,
  'DELETE /api/v1/assessments/:id/citations/:citationId': ELIGIBILITY,
  'GET /api/v1/assessments/:id/readiness': CLAIM,
  // Model resolutions hold no case data; their authors are administrators.
  'GET /api/v1/templates': CASEWORK,
  'GET /api/v1/template-fields': ALL,
  'GET /api/v1/templates/:id': CASEWORK,
  'POST /api/v1/templates': 'D',
  'PUT /api/v1/templates/:id': 'D',
  'POST /api/v1/templates/:id/activate': 'D',
  'POST /api/v1/templates/:id/retire': 'D',
  'POST /api/v1/templates/:id/preview.pdf': CASEWORK,
  'GET /api/v1/decisions': 'S D',
  'GET /api/v1/cases/:caseId/decisions': CLAIM,
  'POST /api/v1/cases/:caseId/decisions': ELIGIBILITY,
  'GET /api/v1/decisions/:id': CLAIM,
  'PUT /api/v1/decisions/:id/draft': ELIGIBILITY,
  // Four eyes: the author submits, a supervisor who did not submit returns or approves.
  'POST /api/v1/decisions/:id/submit': 'E@as+un',
  'POST /api/v1/decisions/:id/return': 'S@as+un',
  'POST /api/v1/decisions/:id/approve': 'S@as+un',
  'POST /api/v1/decisions/:id/body-resolution': 'S@as+un',
  // Notifying the applicant is registration's desk work as much as the officers'.
  'POST /api/v1/decisions/:id/notifications': 'R@un E@as+un S@as+un',
  'POST /api/v1/decision-notifications/:id/correct': 'R@un E@as+un S@as+un',
  'GET /api/v1/decisions/:id/versions/:n/letter.pdf': CLAIM,
  'GET /api/v1/appeals': 'S A D',
  'GET /api/v1/cases/:caseId/appeals': CASE_READ,
  'POST /api/v1/cases/:caseId/appeals': 'R@un S@as+un A@un',
  // The case of an appeal has the appeal on file: appeals officers reach it from any office.
  'POST /api/v1/appeals/:id/decide': 'A@un+ot+se',
  'POST /api/v1/appeals/:id/withdraw': 'R@un S@as+un A@un+ot+se',
  'GET /api/v1/appeals/overturned': CASEWORK,
  'POST /api/v1/appeals/overturned/seen': CASEWORK,
  'GET /api/v1/quality/draws': 'S D',
  'POST /api/v1/quality/draws': 'S',
  'GET /api/v1/quality/samples': 'S D',
  'POST /api/v1/quality/samples/:id/assign': 'S@as+un',
  // The second reading: a supervisor with no part in the decision (the demo's only supervisor approved it).
  'POST /api/v1/quality/samples/:id/review': '',
  'GET /api/v1/quality/reviews/:id': 'S@as+un D@un+ot',
  // Only the review's own reviewer, none of the demo users here.
  'PUT /api/v1/quality/reviews/:id': '',
  'POST /api/v1/quality/reviews/:id/complete': '',
  'GET /api/v1/quality/reports': 'S T D',
  'GET /api/v1/account/security': ALL,
  'PUT /api/v1/account/password': ALL,
  'POST /api/v1/account/mfa/enrolment': ALL,
  'POST /api/v1/account/mfa/enrolment/confirm': ALL,
  'GET /api/v1/account/sign-ins': ALL,
  'GET /api/v1/account/sessions': ALL,
  // Someone else's session: nobody ends it through their own account.
  'DELETE /api/v1/account/sessions/:sessionId': '',
  'GET /api/v1/admin/users': 'D',
  'GET /api/v1/admin/users/:userId/sign-ins': 'D',
  'DELETE /api/v1/admin/users/:userId/lock': 'D',
  'DELETE /api/v1/admin/users/:userId/mfa': 'D',
  'DELETE /api/v1/admin/users/:userId/sessions': 'D',
  'GET /api/v1/admin/mfa-policy': 'D',
  'PUT /api/v1/admin/mfa-policy': 'D',
  'GET /api/v1/audit': 'D U',
  'GET /api/v1/audit/export': 'D U',
  'GET /api/v1/audit/filters': 'D U',
  'GET /api/v1/audit/chain': 'D U',
  'GET /api/v1/attachments/:id/content': CASE_READ,
  'GET /api/v1/cases/:caseId/attachments': CASE_READ,
  'POST /api/v1/cases/:caseId/attachments': 'R@un E@as+un S@as+un A@un D@un+ot',
  'POST /api/v1/break-glass': CASEWORK,
  'GET /api/v1/break-glass': 'S D',
  // The header's badge: reviewers get their count, everyone else zero.
  'GET /api/v1/break-glass/count': ALL,
  'POST /api/v1/break-glass/:grantId/review': 'S D',
  // Marking a case sensitive: its officer in charge, the office's supervisors.
  'POST /api/v1/cases/:caseId/sensitivity': 'E@as S@as+un',
  'POST /api/v1/cases/:caseId/sensitivity/:markId/lift': 'E@as S@as+un',
  'POST /api/v1/cases/:caseId/supervisors': 'E@as S@as+un',
  'POST /api/v1/cases/:caseId/supervisors/:userId/remove': 'E@as S@as+un',
  // Data protection: the register of recipients is the administrators'; sharing, a supervisor's.
  'GET /api/v1/recipients': CASEWORK,
  'POST /api/v1/recipients': 'D',
  'PUT /api/v1/recipients/:recipientId': 'D',
  'GET /api/v1/cases/:caseId/consents': CASE_READ,
  'POST /api/v1/cases/:caseId/consents': CASE_READ,
  'GET /api/v1/cases/:caseId/disclosures': CASE_READ,
  'POST /api/v1/cases/:caseId/disclosures': 'S@as+un',
  // — subject access (begin) —
  // A person's whole file, claim included: a supervisor of the office, never under break-glass.
  'GET /api/v1/cases/:caseId/people/:personId/subject-access.json': 'S@as+un',
  'GET /api/v1/cases/:caseId/people/:personId/subject-access.pdf': 'S@as+un',
  // — subject access (end) —
  // — retention (begin) —
  // Retention is the administrators' (schedules, the due list, a confirmed run, the disposal log).
  'GET /api/v1/retention/schedules': 'D',
  'PUT /api/v1/retention/schedules/:recordType': 'D',
  'GET /api/v1/retention/due': 'D',
  'POST /api/v1/retention/runs': 'D',
  'GET /api/v1/retention/disposals': 'D',
  'GET /api/v1/retention/legal-holds': 'D',
  // A case's holds: whoever reads the case; placing and lifting: a supervisor of the office, an administrator.
  'GET /api/v1/cases/:caseId/legal-holds': CASE_READ,
  'POST /api/v1/cases/:caseId/legal-holds': 'S@as+un D@un+ot',
  // Lifting a hold (one is placed on a case before the run): as placing one.
  'POST /api/v1/cases/:caseId/legal-holds/:holdId/lift': 'S@as+un D@un+ot',
  // — retention (end) —
  // — single sign-on (begin) —
  // Public: whether the button shows, and the two legs of the code flow, which answer every caller alike
  // with a 303 (to the provider, or back to the sign-in page with a reason). The flow itself is tested
  // through a real provider in server/test/http/single-sign-on.test.ts.
  'GET /api/v1/sso': ALL,
  'GET /api/v1/sso/start': ALL,
  'GET /api/v1/sso/callback': ALL,
  // Which users are linked to the provider, and unlinking: the administrators'.
  'GET /api/v1/admin/external-identities': 'D',
  'DELETE /api/v1/admin/users/:userId/external-identities': 'D',
  // — single sign-on (end) —
  // — identity resolution (begin) —
  // Whoever registers searches the register of every office before saving a person.
  'POST /api/v1/identity/candidates': 'R S D',
  'GET /api/v1/cases/:caseId/identity-links': CASE_READ,
  // Linking records: registration staff and supervisors in their own scope (never under break-glass).
  'POST /api/v1/cases/:caseId/people/:personId/links': 'R@un S@as+un',
  // The demo holds no link and no queued pair: a random id answers 404 to everyone. The HTTP test
  // server/test/http/identity.test.ts exercises both with real ids (registration staff, supervisors).
  'POST /api/v1/cases/:caseId/identity-links/:linkId/undo': '',
  'POST /api/v1/identity/review-pairs/:pairId/decision': '',
  // The review queue is the supervisors'.
  'GET /api/v1/identity/review-pairs': 'S',
  'POST /api/v1/identity/review-pairs/bulk-confirm': 'S',
  // — identity resolution (end) —
};
void APPEAL_CASE_READ;

/**
 * Cells where the code answers otherwise than the intended rule, each reported to its owner. The
 * test fails when one disappears (remove it here) or a new one appears.
 */
const KNOWN_DEVIATIONS: { route: string; cells: Cell[]; why: string }[] = [];

function parseExpected(text: string): Set<Cell> {
  const cells = new Set<Cell>();
  for (const token of text.split(/\s+/).filter(Boolean)) {
    const [who, where] = token.split('@') as [string, string | undefined];
    const role = letter[who];
    if (!role) throw new Error(`Unknown role letter in "${token}"`);
    if (where === undefined) cells.add(`${role}@n/a`);
    else for (const s of where.split('+')) cells.add(`${role}@${scopeName[s]!}`);
  }
  return cells;
}

const officeOfRole = (role: Role, offices: { TAP: string; CMX: string }, scope: Scope) => {
  const own = role === 'appeals_officer' ? offices.CMX : offices.TAP;
  const other = own === offices.TAP ? offices.CMX : offices.TAP;
  return scope === 'other' ? other : own;
};

function fill(url: string, params: Record<string, string>): string {
  const defaults: Record<string, string> = {
    action: 'begin_assessment',
    limit: 'eligibility_decision',
    section: 'facts',
    n: '1',
    recordType: 'case_withdrawn',
  };
  return url.replace(/:(\w+)/g, (_, name: string) =>
    encodeURIComponent(params[name] ?? defaults[name] ?? crypto.randomUUID()),
  );
}

function queryOf(route: InventoriedRoute, ids: Record<string, string>): string {
  const example = exampleOf(jsonSchemaOf(route.schema.querystring), ids);
  if (!example || typeof example !== 'object') return '';
  const pairs = Object.entries(example as Record<string, unknown>).filter(
    ([, v]) => v !== null && typeof v !== 'object',
  );
  return pairs.length ? `?${new URLSearchParams(pairs.map(([k, v]) => [k, String(v)])).toString()}` : '';
}

interface Target {
  route: InventoriedRoute;
  caseId: string | null;
  params: Record<string, string>;
  /** No entity of the kind exists in the demo: the route is listed but cannot be exercised. */
  missing?: boolean;
}

describe('access matrix: every /api/v1 route × role × scope', () => {
  let database: TestDatabase;
  let running: InventoriedApp;
  const clients = {} as Record<Role, TestClient>;
  const userIds = {} as Record<Role, string>;
  let offices: { TAP: string; CMX: string };
  let bystander: string;
  const actual = new Map<string, Map<Cell, Verdict>>();

  beforeAll(async () => {
    database = await openTestDatabase('pglite');
    running = await startInventoriedApp(database, { demo: 'full' });
    const db = database.db;
    const officeRows = await db.selectFrom('offices').select(['id', 'code']).execute();
    offices = {
      TAP: officeRows.find((o) => o.code === 'TAP')!.id,
      CMX: officeRows.find((o) => o.code === 'CMX')!.id,
    };
    for (const role of roles) {
      clients[role] = running.client();
      expect((await clients[role].signIn(demoUserOf[role])).status, role).toBe(200);
      userIds[role] = (
        await db
          .selectFrom('users')
          .select('id')
          .where('email', '=', demoUserOf[role])
          .executeTakeFirstOrThrow()
      ).id;
    }
    bystander = (await createActor(db, 'eligibility_officer', offices.TAP)).id;
    // The demo has no legal hold: one on a case of the office, for the lift route to find.
    const [held] = await candidateCases(db, 'TAP');
    await insertHold(db, {
      case_id: held!.id,
      reason: 'litigation',
      note: 'Amparo en trámite',
      placed_by: userIds.supervisor,
      placed_at: new Date(),
    });
  }, 180_000);
  afterAll(async () => {
    await running?.app.close();
    await database?.close();
  });

  async function target(db: Kysely<DB>, route: InventoriedRoute): Promise<Target> {
    const finder = finderOf(route.url);
    if (finder) {
      for (const candidate of await candidateCases(db, 'TAP')) {
        const params = await finder.find(db, candidate.id);
        if (params) return { route, caseId: candidate.id, params: { caseId: candidate.id, ...params } };
      }
      return { route, caseId: null, params: {}, missing: true };
    }
    const params: Record<string, string> = { userId: bystander };
    const known = standalone.find((s) => s.pattern.test(route.url));
    if (known) {
      const row = await sql<{
        id: string;
      }>`select id from ${sql.table(known.table)} ${known.where ? sql.raw(`where ${known.where}`) : sql``} limit 1`
        .execute(db)
        .catch(() => ({ rows: [] as { id: string }[] }));
      if (!row.rows[0]) return { route, caseId: null, params, missing: true };
      params[known.param ?? 'id'] = row.rows[0].id;
    }
    return { route, caseId: null, params };
  }

  async function send(role: Role, t: Target): Promise<Verdict> {
    const ids = { ...t.params, officerId: userIds[role], userId: bystander, officeId: offices.TAP };
    const path = fill(t.route.url, t.params) + queryOf(t.route, ids);
    const body = exampleOf(jsonSchemaOf(t.route.schema.body), ids);
    const response =
      body === undefined
        ? await clients[role].send(t.route.method, path)
        : await clients[role].json(t.route.method, path, body);
    if (t.route.method === 'DELETE' && t.route.url === '/api/v1/session')
      await clients[role].signIn(demoUserOf[role]);
    if (t.route.method === 'POST' && t.route.url === '/api/v1/session')
      await clients[role].signIn(demoUserOf[role]);
    expect(response.status, `${t.route.method} ${path} as ${role}`).toBeLessThan(500);
    return verdictOf(response.status, response.text);
  }

  it('answers every route as the policy intends', { timeout: 240_000 }, async () => {
    const db = database.db;
    const routes = running.routes.filter((r) => r.url.startsWith('/api/v1/'));
    const targets: Target[] = [];
    for (const route of routes) targets.push(await target(db, route));
    const record = (route: InventoriedRoute, cell: Cell, verdict: Verdict) => {
      const key = routeKey(route);
      if (!actual.has(key)) actual.set(key, new Map());
      actual.get(key)!.set(cell, verdict);
    };
    const caseBound = targets.filter((t) => t.caseId !== null);
    const unbound = targets.filter((t) => t.caseId === null);
    for (const t of unbound)
      for (const role of roles) {
        if (t.missing) continue;
        record(t.route, `${role}@n/a`, await send(role, t));
      }
    for (const scope of ['assigned', 'unassigned', 'other', 'sensitive'] as const) {
      if (scope === 'sensitive')
        for (const caseId of new Set(caseBound.map((t) => t.caseId!)))
          await markCaseSensitive(db, caseId, { by: userIds.supervisor });
      for (const t of caseBound)
        for (const role of roles) {
          if (!scopesOf(role).includes(scope)) continue;
          const assignedTo = scope === 'assigned' ? userIds[role] : bystander;
          await placeCase(db, t.caseId!, officeOfRole(role, offices, scope), assignedTo);
          // Found again before each request: an earlier allowed request may have deleted the entity.
          const params = await finderOf(t.route.url)!.find(db, t.caseId!);
          if (!params) {
            record(t.route, `${role}@${scope}`, 'invalid');
            continue;
          }
          record(
            t.route,
            `${role}@${scope}`,
            await send(role, { ...t, params: { caseId: t.caseId!, ...params } }),
          );
        }
    }
    const problems: string[] = [];
    const inconclusive: string[] = [];
    const inventory = new Set(routes.map(routeKey));
    for (const key of inventory)
      if (!(key in EXPECTED))
        problems.push(`${key}: a route without an entry in EXPECTED (decide who may call it)`);
    for (const key of Object.keys(EXPECTED))
      if (!inventory.has(key)) problems.push(`${key}: in EXPECTED but the app has no such route any more`);
    for (const [key, cells] of actual) {
      if (!(key in EXPECTED)) continue;
      const expected = parseExpected(EXPECTED[key]!);
      const known = new Set(KNOWN_DEVIATIONS.filter((d) => d.route === key).flatMap((d) => d.cells));
      for (const [cell, verdict] of cells) {
        if (verdict === 'invalid') {
          inconclusive.push(`${key} ${cell}`);
          continue;
        }
        const shouldAllow = expected.has(cell) !== known.has(cell);
        if ((verdict === 'allowed') !== shouldAllow)
          problems.push(
            `${key}: ${cell} was ${verdict}, expected ${shouldAllow ? 'allowed' : 'denied'}${known.has(cell) ? ' (a known deviation no longer happens: remove it)' : ''}`,
          );
      }
    }
    const unexercised = targets.filter((x) => x.missing).map((x) => routeKey(x.route));
    console.warn(
      `access matrix: ${[...actual.values()].reduce((n, m) => n + m.size, 0)} requests over ${actual.size} routes; ` +
        `${inconclusive.length} stopped at schema validation (inconclusive); no entity for: ${unexercised.join(', ') || 'none'}`,
    );
    expect(problems, problems.join('\n')).toEqual([]);
  });
});
