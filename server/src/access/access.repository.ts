import { sql, type Kysely } from 'kysely';
import type { BreakGlassOutcome, SensitivityCategory } from '@refugio/contract';
import type { DB } from '../db/schema';
import { actorStandingColumns, type BreakGlassListScope } from './policy';

/** The user's standing on a case (named supervisor, active grant), for a row read without it. */
export function findActorStanding(db: Kysely<DB>, caseId: string, actorId: string) {
  return db
    .selectFrom('cases')
    .select(actorStandingColumns(actorId, 'cases.id'))
    .where('cases.id', '=', caseId)
    .executeTakeFirst();
}

/** The active marks of a case (on the case or one of its people), oldest first. */
export function findActiveMarks(db: Kysely<DB>, caseId: string) {
  return db
    .selectFrom('sensitivity_marks as m')
    .leftJoin('users as u', 'u.id', 'm.marked_by')
    .select(['m.id', 'm.person_id', 'm.category', 'm.marked_at', 'm.marked_by', 'u.name as marked_by_name'])
    .where('m.case_id', '=', caseId)
    .where('m.lifted_at', 'is', null)
    .orderBy('m.marked_at')
    .orderBy('m.id')
    .execute();
}
export type MarkRow = Awaited<ReturnType<typeof findActiveMarks>>[number];

export async function insertMark(
  trx: Kysely<DB>,
  mark: {
    caseId: string;
    personId: string | null;
    category: SensitivityCategory;
    reason: string;
    by: string;
    at: Date;
  },
): Promise<string> {
  const row = await trx
    .insertInto('sensitivity_marks')
    .values({
      case_id: mark.caseId,
      person_id: mark.personId,
      category: mark.category,
      reason: mark.reason,
      marked_by: mark.by,
      marked_at: mark.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Lifts an active mark of the case; the category of the lifted mark, or undefined when there was none. */
export async function liftMark(
  trx: Kysely<DB>,
  lift: { caseId: string; markId: string; reason: string; by: string; at: Date },
) {
  return trx
    .updateTable('sensitivity_marks')
    .set({ lifted_by: lift.by, lifted_at: lift.at, lift_reason: lift.reason })
    .where('id', '=', lift.markId)
    .where('case_id', '=', lift.caseId)
    .where('lifted_at', 'is', null)
    .returning(['id', 'category', 'person_id'])
    .executeTakeFirst();
}

/**
 * Brings `cases.sensitive` in line with the active marks and bumps the version, only from the version
 * the user saw. Returns the new version and flag, or undefined when the case changed meanwhile.
 */
export function refreshSensitivity(trx: Kysely<DB>, change: { caseId: string; version: number; now: Date }) {
  return trx
    .updateTable('cases')
    .set({
      sensitive: sql<boolean>`exists (select 1 from sensitivity_marks m
        where m.case_id = cases.id and m.lifted_at is null)`,
      version: sql<number>`version + 1`,
      updated_at: change.now,
    })
    .where('id', '=', change.caseId)
    .where('version', '=', change.version)
    .returning(['version', 'sensitive'])
    .executeTakeFirst();
}

/** Bumps the case version from the version the user saw (naming a supervisor changes who sees the case). */
export async function bumpVersion(trx: Kysely<DB>, change: { caseId: string; version: number; now: Date }) {
  const row = await trx
    .updateTable('cases')
    .set({ version: sql<number>`version + 1`, updated_at: change.now })
    .where('id', '=', change.caseId)
    .where('version', '=', change.version)
    .returning('version')
    .executeTakeFirst();
  return row?.version;
}

export function findNamedSupervisors(db: Kysely<DB>, caseId: string) {
  return db
    .selectFrom('case_supervisors as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .select(['u.id', 'u.name'])
    .where('s.case_id', '=', caseId)
    .where('s.removed_at', 'is', null)
    .orderBy('u.name')
    .execute();
}

/** The active supervisors of an office, who may be named on its sensitive cases. */
export function findOfficeSupervisors(db: Kysely<DB>, officeId: string) {
  return db
    .selectFrom('users')
    .select(['id', 'name', 'role', 'office_id'])
    .where('office_id', '=', officeId)
    .where('role', '=', 'supervisor')
    .where('active', '=', true)
    .orderBy('name')
    .execute();
}

export async function insertNamedSupervisor(
  trx: Kysely<DB>,
  row: { caseId: string; userId: string; by: string; at: Date },
): Promise<boolean> {
  const inserted = await trx
    .insertInto('case_supervisors')
    .values({ case_id: row.caseId, user_id: row.userId, named_by: row.by, named_at: row.at })
    .onConflict((oc) => oc.columns(['case_id', 'user_id']).where('removed_at', 'is', null).doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}

export async function removeNamedSupervisor(
  trx: Kysely<DB>,
  row: { caseId: string; userId: string; by: string; at: Date },
): Promise<boolean> {
  const removed = await trx
    .updateTable('case_supervisors')
    .set({ removed_by: row.by, removed_at: row.at })
    .where('case_id', '=', row.caseId)
    .where('user_id', '=', row.userId)
    .where('removed_at', 'is', null)
    .returning('id')
    .executeTakeFirst();
  return removed !== undefined;
}

// ---------------------------------------------------------------------------------------------
// Break-glass grants.

/** The case a break-glass request names, with the requester's standing on it. */
export function findCaseByNumber(db: Kysely<DB>, caseNumber: string, actorId: string) {
  return db
    .selectFrom('cases')
    .select([
      'cases.id',
      'cases.case_number',
      'cases.office_id',
      'cases.appeal_on_file',
      'cases.sensitive',
      'cases.assigned_to',
      'cases.registered_by',
    ])
    .select(actorStandingColumns(actorId, 'cases.id'))
    .where(sql<boolean>`upper(cases.case_number) = upper(${caseNumber})`)
    .executeTakeFirst();
}

export async function insertGrant(
  trx: Kysely<DB>,
  grant: {
    userId: string;
    caseId: string;
    officeId: string;
    reason: string;
    grantedAt: Date;
    expiresAt: Date;
  },
): Promise<string> {
  const row = await trx
    .insertInto('break_glass_grants')
    .values({
      user_id: grant.userId,
      case_id: grant.caseId,
      office_id: grant.officeId,
      reason: grant.reason,
      granted_at: grant.grantedAt,
      expires_at: grant.expiresAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export interface GrantFilter {
  scope: Exclude<BreakGlassListScope, 'none'>;
  status: 'unreviewed' | 'reviewed' | 'all';
  userId?: string | undefined;
  officeId?: string | undefined;
  outcome?: BreakGlassOutcome | undefined;
  grantId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

function grants(db: Kysely<DB>, filter: GrantFilter) {
  let q = db.selectFrom('break_glass_grants as g');
  const scope = filter.scope;
  if (scope !== 'all') {
    q = q.where((eb) =>
      eb.or([
        eb('g.office_id', '=', scope.officeId),
        eb.exists(
          eb
            .selectFrom('case_supervisors as s')
            .select('s.id')
            .whereRef('s.case_id', '=', 'g.case_id')
            .where('s.user_id', '=', scope.actorId)
            .where('s.removed_at', 'is', null),
        ),
      ]),
    );
  }
  if (filter.status === 'unreviewed') q = q.where('g.reviewed_at', 'is', null);
  if (filter.status === 'reviewed') q = q.where('g.reviewed_at', 'is not', null);
  if (filter.userId) q = q.where('g.user_id', '=', filter.userId);
  if (filter.officeId) q = q.where('g.office_id', '=', filter.officeId);
  if (filter.outcome) q = q.where('g.review_outcome', '=', filter.outcome);
  if (filter.grantId) q = q.where('g.id', '=', filter.grantId);
  if (filter.from) q = q.where(sql<boolean>`g.granted_at >= ${filter.from}::date`);
  if (filter.to) q = q.where(sql<boolean>`g.granted_at < ${filter.to}::date + 1`);
  return q;
}

export async function countGrants(db: Kysely<DB>, filter: GrantFilter): Promise<number> {
  const row = await grants(db, filter)
    .select(sql<number>`count(*)::int`.as('n'))
    .executeTakeFirstOrThrow();
  return row.n;
}

/** One page of grants, newest first, with the user, the case and how often the grant was used. */
export function findGrants(
  db: Kysely<DB>,
  filter: GrantFilter,
  page: { limit: number; offset: number },
  viewerId: string,
) {
  return grants(db, filter)
    .innerJoin('users as u', 'u.id', 'g.user_id')
    .innerJoin('cases as c', 'c.id', 'g.case_id')
    .innerJoin('offices as o', 'o.id', 'c.office_id')
    .leftJoin('users as r', 'r.id', 'g.reviewed_by')
    .select([
      'g.id',
      'g.user_id',
      'u.name as user_name',
      'g.case_id',
      'c.case_number',
      'o.code as office_code',
      'g.office_id',
      'g.reason',
      'g.granted_at',
      'g.expires_at',
      'g.reviewed_by',
      'r.name as reviewed_by_name',
      'g.reviewed_at',
      'g.review_outcome',
      'g.review_note',
      sql<boolean>`g.expires_at > now()`.as('active'),
      sql<number>`(select count(*)::int from audit_log a
        where a.actor_id = g.user_id and a.case_id = g.case_id
        and a.details->>'breakGlassGrantId' = g.id::text)`.as('uses'),
      sql<boolean>`exists (select 1 from case_supervisors s where s.case_id = g.case_id
        and s.user_id = ${viewerId} and s.removed_at is null)`.as('viewer_named_supervisor'),
    ])
    .orderBy('g.granted_at', 'desc')
    .orderBy('g.id')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
}
export type GrantRow = Awaited<ReturnType<typeof findGrants>>[number];

/** The grant to review, with whether the reviewer is a named supervisor of its case. */
export function findGrantForReview(db: Kysely<DB>, grantId: string, viewerId: string) {
  return db
    .selectFrom('break_glass_grants as g')
    .select([
      'g.id',
      'g.user_id',
      'g.case_id',
      'g.office_id',
      'g.reviewed_at',
      sql<boolean>`exists (select 1 from case_supervisors s where s.case_id = g.case_id
        and s.user_id = ${viewerId} and s.removed_at is null)`.as('viewer_named_supervisor'),
    ])
    .where('g.id', '=', grantId)
    .executeTakeFirst();
}

/** Records the review once: a second review of the same use finds it reviewed and changes nothing. */
export async function reviewGrant(
  trx: Kysely<DB>,
  review: { grantId: string; by: string; at: Date; outcome: BreakGlassOutcome; note: string },
): Promise<boolean> {
  const row = await trx
    .updateTable('break_glass_grants')
    .set({
      reviewed_by: review.by,
      reviewed_at: review.at,
      review_outcome: review.outcome,
      review_note: review.note,
    })
    .where('id', '=', review.grantId)
    .where('reviewed_at', 'is', null)
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

export function findGrantExpiry(db: Kysely<DB>, grantId: string) {
  return db
    .selectFrom('break_glass_grants')
    .select(['id', 'expires_at'])
    .where('id', '=', grantId)
    .executeTakeFirst();
}
