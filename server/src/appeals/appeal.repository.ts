import type { CaseListScope } from '../access/policy';
import { inListScope } from '../cases/list-scope-filter';
import { sql, type Insertable, type Kysely } from 'kysely';
import type { AppealStatus, AppealWithdrawalMethod, OutcomeId } from '@refugio/contract';
import type { DB } from '../db/schema';
import type { AppealTable } from './appeal.table';

const appealQuery = (db: Kysely<DB>) =>
  db
    .selectFrom('appeals as a')
    .innerJoin('cases as c', 'c.id', 'a.case_id')
    .innerJoin('offices as o', 'o.id', 'c.office_id')
    .leftJoin('users as receiver', 'receiver.id', 'a.received_by')
    .leftJoin('users as decider', 'decider.id', 'a.decided_by')
    .leftJoin('users as author', 'author.id', 'a.decision_author_id')
    .leftJoin('users as approver', 'approver.id', 'a.decision_approver_id')
    .leftJoin('users as withdrawer', 'withdrawer.id', 'a.withdrawn_by')
    .selectAll('a')
    .select([
      'c.case_number',
      'c.office_id',
      'o.code as office_code',
      'receiver.name as received_by_name',
      'decider.name as decided_by_name',
      'author.name as author_name',
      'approver.name as approver_name',
      'withdrawer.name as withdrawn_by_name',
    ]);

export function findAppealById(db: Kysely<DB>, id: string) {
  return appealQuery(db).where('a.id', '=', id).executeTakeFirst();
}
export type AppealRow = NonNullable<Awaited<ReturnType<typeof findAppealById>>>;

export function findAppealsOfCase(db: Kysely<DB>, caseId: string) {
  return appealQuery(db).where('a.case_id', '=', caseId).orderBy('a.created_at').orderBy('a.id').execute();
}

/** The appeal still open (lodged or decided) against a decision, if any. */
export function findOpenAppealOfDecision(db: Kysely<DB>, decisionEventId: string) {
  return db
    .selectFrom('appeals')
    .select(['id', 'status'])
    .where('decision_event_id', '=', decisionEventId)
    .where('status', '<>', 'withdrawn')
    .executeTakeFirst();
}

export async function insertAppeal(trx: Kysely<DB>, appeal: Insertable<AppealTable> & { id: string }) {
  await trx.insertInto('appeals').values(appeal).execute();
}

/** Records the second instance's decision from the version the user saw; undefined when it changed meanwhile. */
export async function recordAppealDecision(
  trx: Kysely<DB>,
  change: {
    id: string;
    version: number;
    decidedBy: string;
    decidedOn: string;
    outcome: OutcomeId;
    reasons: string;
    now: Date;
  },
): Promise<number | undefined> {
  const row = await trx
    .updateTable('appeals')
    .set({
      status: 'decided',
      decided_by: change.decidedBy,
      decided_on: change.decidedOn,
      outcome: change.outcome,
      reasons: change.reasons,
      version: sql<number>`version + 1`,
      updated_at: change.now,
    })
    .where('id', '=', change.id)
    .where('version', '=', change.version)
    .where('status', '=', 'lodged')
    .returning('version')
    .executeTakeFirst();
  return row?.version;
}

/** Records the applicant's withdrawal of a lodged appeal, from the version the user saw; undefined when it changed meanwhile. */
export async function recordAppealWithdrawal(
  trx: Kysely<DB>,
  change: {
    id: string;
    version: number;
    withdrawnBy: string;
    receivedOn: string;
    method: AppealWithdrawalMethod;
    note: string;
    now: Date;
  },
): Promise<number | undefined> {
  const row = await trx
    .updateTable('appeals')
    .set({
      status: 'withdrawn',
      withdrawn_on: change.receivedOn,
      withdrawal_method: change.method,
      withdrawal_note: change.note,
      withdrawn_by: change.withdrawnBy,
      withdrawn_at: change.now,
      version: sql<number>`version + 1`,
      updated_at: change.now,
    })
    .where('id', '=', change.id)
    .where('version', '=', change.version)
    .where('status', '=', 'lodged')
    .returning('version')
    .executeTakeFirst();
  return row?.version;
}

/** Appeals by status, oldest filing first, in one office or all. */
export function findAppealInbox(
  db: Kysely<DB>,
  filter: { status: AppealStatus; officeId: string | null; visible: CaseListScope },
) {
  let query = appealQuery(db).where('a.status', '=', filter.status).where(inListScope(filter.visible, 'c'));
  if (filter.officeId) query = query.where('c.office_id', '=', filter.officeId);
  return query.orderBy('a.filed_on').orderBy('a.id').limit(500).execute();
}

export interface OverturnedFilter {
  /** Decisions this user authored or approved. */
  officerId: string | null;
  officeId: string | null;
  outcomes: readonly OutcomeId[];
  from: string | null;
  to: string | null;
  viewerId: string;
}

/** Decided appeals with an overturning outcome, newest first, with whether the viewer has seen each. */
export function findOverturnedAppeals(db: Kysely<DB>, filter: OverturnedFilter) {
  let query = appealQuery(db)
    .leftJoin('appeal_feedback_seen as seen', (join) =>
      join.onRef('seen.appeal_id', '=', 'a.id').on('seen.user_id', '=', filter.viewerId),
    )
    .select('seen.seen_at')
    .where('a.status', '=', 'decided')
    .where('a.outcome', 'in', [...filter.outcomes]);
  if (filter.officerId) {
    const officer = filter.officerId;
    query = query.where((eb) =>
      eb.or([eb('a.decision_author_id', '=', officer), eb('a.decision_approver_id', '=', officer)]),
    );
  }
  if (filter.officeId) query = query.where('c.office_id', '=', filter.officeId);
  if (filter.from) query = query.where('a.decided_on', '>=', filter.from);
  if (filter.to) query = query.where('a.decided_on', '<=', filter.to);
  return query.orderBy('a.decided_on', 'desc').orderBy('a.id').limit(500).execute();
}

/** Marks appeals seen by a user; a second mark keeps the first time. Answers how many were new. */
export async function markAppealsSeen(
  trx: Kysely<DB>,
  userId: string,
  appealIds: readonly string[],
  now: Date,
): Promise<number> {
  const rows = await trx
    .insertInto('appeal_feedback_seen')
    .values(appealIds.map((appealId) => ({ appeal_id: appealId, user_id: userId, seen_at: now })))
    .onConflict((oc) => oc.columns(['appeal_id', 'user_id']).doNothing())
    .returning('appeal_id')
    .execute();
  return rows.length;
}
