import { sql, type Insertable, type Kysely } from 'kysely';
import { outcomeIds, type OutcomeId } from '@refugio/contract';
import type { DB } from '../db/schema';
import type { QualityDrawTable, QualitySampleTable } from './quality.table';

const issuing = sql.join([sql.lit('issue_decision'), sql.lit('declare_inadmissible')]);
const drafting = sql.join([sql.lit('draft_recognition'), sql.lit('draft_refusal')]);
// The steps whose recorded outcome is the decision's (as `issuedDecisions` reads a history).
const deciding = sql.join(
  [
    'record_interview',
    'draft_recognition',
    'draft_refusal',
    'return_draft',
    'issue_decision',
    'declare_inadmissible',
    'notify_decision',
  ].map((t) => sql.lit(t)),
);

/** A decision that may be drawn, with the facts its risk indicators are computed from. */
export interface PopulationRow {
  event_id: string;
  case_id: string;
  record_id: string | null;
  outcome: OutcomeId | null;
  issued_on: string;
  author_id: string | null;
  approver_id: string | null;
  interviewer_ids: string[];
  /** Drafts returned since the case's previous decision. */
  returns: number;
  /** The specific-needs codes of everyone in the case. */
  needs: string[];
  /** The case's first-instance deadline status. */
  deadline_status: string | null;
  /** Decisions the author drafted before this one, counted up to `newOfficerDecisions` (null: no author). */
  author_earlier: number | null;
}

/**
 * The population of a draw, in one query: the decisions of an office issued in the period (by the date
 * the issuing step marks) and never sampled, oldest first, each with who took part as its history
 * records it (the approver issued it, the author drafted last before it, the interviewers recorded an
 * interview before it) and the facts of its risk indicators. Only the period's decisions are read
 * (partial index on the issuing date), never the office's whole history; an author's earlier
 * decisions, in any office, are counted only up to the threshold that makes an officer new.
 */
export async function findSamplingPopulation(
  db: Kysely<DB>,
  scope: { officeId: string; from: string; to: string; newOfficerDecisions: number },
): Promise<PopulationRow[]> {
  const outcomes = sql.join(outcomeIds.map((o) => sql.lit(o)));
  const { rows } = await sql<PopulationRow>`
    with decided as (
      select e.id, e.case_id, e.actor_id, e.data
      from case_events e
      join cases c on c.id = e.case_id
      where e.type in (${issuing})
        and e.data -> 'marks' ->> 'event' = 'decision_issued'
        and (e.data -> 'marks' ->> 'date') between ${scope.from} and ${scope.to}
        and c.office_id = ${scope.officeId}
        and not exists (select 1 from quality_samples s where s.decision_event_id = e.id)
    )
    select
      d.id::text as event_id,
      d.case_id,
      case when d.data -> 'record' ->> 'kind' = 'decision' then d.data -> 'record' ->> 'id' end as record_id,
      (select o.data ->> 'outcome' from case_events o
        where o.case_id = d.case_id and o.id <= d.id and o.type in (${deciding})
          and o.data ->> 'outcome' in (${outcomes})
        order by o.id desc limit 1) as outcome,
      d.data -> 'marks' ->> 'date' as issued_on,
      author.actor_id as author_id,
      d.actor_id as approver_id,
      coalesce((select array_agg(distinct i.actor_id) from case_events i
        where i.case_id = d.case_id and i.id < d.id and i.type = 'record_interview' and i.actor_id is not null),
        '{}') as interviewer_ids,
      (select count(*)::int from case_events r
        where r.case_id = d.case_id and r.type = 'return_draft' and r.id < d.id
          and r.id > coalesce((select max(p.id) from case_events p
            where p.case_id = d.case_id and p.type in (${issuing}) and p.id < d.id), 0)) as returns,
      coalesce((select array_agg(n) from people p cross join unnest(p.specific_needs) n
        where p.case_id = d.case_id), '{}') as needs,
      (select cd.status from case_deadlines cd
        where cd.case_id = d.case_id and cd.limit_id = 'first_instance_decision') as deadline_status,
      case when author.actor_id is null then null else (
        select count(*)::int from (
          select 1 from case_events i
          where i.type in (${issuing}) and i.id < d.id
            and i.case_id in (select a2.case_id from case_events a2
              where a2.actor_id = author.actor_id and a2.type in (${drafting}) and a2.id < d.id)
            and (select a.actor_id from case_events a
              where a.case_id = i.case_id and a.type in (${drafting}) and a.id < i.id
              order by a.id desc limit 1) = author.actor_id
          limit ${scope.newOfficerDecisions}
        ) earlier
      ) end as author_earlier
    from decided d
    left join lateral (
      select a.actor_id from case_events a
      where a.case_id = d.case_id and a.type in (${drafting}) and a.id < d.id
      order by a.id desc limit 1
    ) author on true
    order by d.id
  `.execute(db);
  return rows;
}

export async function insertDraw(
  trx: Kysely<DB>,
  draw: Insertable<QualityDrawTable> & { id: string },
  samples: Insertable<QualitySampleTable>[],
) {
  await trx.insertInto('quality_draws').values(draw).execute();
  if (samples.length > 0) await trx.insertInto('quality_samples').values(samples).execute();
}

export function findDraws(db: Kysely<DB>, officeId: string | null) {
  let query = db
    .selectFrom('quality_draws as d')
    .leftJoin('users as u', 'u.id', 'd.drawn_by')
    .selectAll('d')
    .select('u.name as drawn_by_name');
  if (officeId) query = query.where('d.office_id', '=', officeId);
  return query.orderBy('d.drawn_at', 'desc').limit(50).execute();
}
export type DrawRow = Awaited<ReturnType<typeof findDraws>>[number];

const sampleQuery = (db: Kysely<DB>) =>
  db
    .selectFrom('quality_samples as s')
    .innerJoin('cases as c', 'c.id', 's.case_id')
    .leftJoin('users as author', 'author.id', 's.decision_author_id')
    .leftJoin('users as approver', 'approver.id', 's.decision_approver_id')
    .leftJoin('users as reviewer', 'reviewer.id', 's.reviewer_id')
    .leftJoin('quality_reviews as r', 'r.sample_id', 's.id')
    .selectAll('s')
    .select([
      'c.case_number',
      'c.office_id',
      'c.appeal_on_file',
      'c.sensitive',
      'c.assigned_to as case_assigned_to',
      'c.registered_by as case_registered_by',
      'author.name as author_name',
      'approver.name as approver_name',
      'reviewer.name as reviewer_name',
      'r.id as review_id',
    ]);

export function findSamplesOfDraws(db: Kysely<DB>, drawIds: readonly string[]) {
  if (drawIds.length === 0) return Promise.resolve([]);
  return sampleQuery(db).where('s.draw_id', 'in', drawIds).orderBy('s.decision_event_id').execute();
}

export interface SampleFilter {
  officeId: string | null;
  /** The decision's author. */
  officerId: string | null;
  reviewerId: string | null;
  status: 'unassigned' | 'assigned' | 'reviewed' | null;
  drawId: string | null;
}

function filteredSamples(db: Kysely<DB>, filter: SampleFilter) {
  let query = sampleQuery(db).innerJoin('quality_draws as d', 'd.id', 's.draw_id');
  if (filter.officeId) query = query.where('c.office_id', '=', filter.officeId);
  if (filter.officerId) query = query.where('s.decision_author_id', '=', filter.officerId);
  if (filter.reviewerId) query = query.where('s.reviewer_id', '=', filter.reviewerId);
  if (filter.drawId) query = query.where('s.draw_id', '=', filter.drawId);
  if (filter.status === 'unassigned') query = query.where('s.reviewer_id', 'is', null);
  if (filter.status === 'assigned')
    query = query.where('s.reviewer_id', 'is not', null).where('s.status', '<>', 'completed');
  if (filter.status === 'reviewed') query = query.where('s.status', '=', 'completed');
  return query;
}

/** One page of samples, the newest draw first and, within a draw, in the history's order. */
export function findSamples(db: Kysely<DB>, filter: SampleFilter, page: { limit: number; offset: number }) {
  return filteredSamples(db, filter)
    .orderBy('d.drawn_at', 'desc')
    .orderBy('s.draw_id')
    .orderBy('s.decision_event_id')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
}

export async function countSamples(db: Kysely<DB>, filter: SampleFilter): Promise<number> {
  const row = await filteredSamples(db, filter)
    .clearSelect()
    .select(sql<number>`count(*)::int`.as('total'))
    .executeTakeFirstOrThrow();
  return row.total;
}

export function findSampleById(db: Kysely<DB>, id: string) {
  return sampleQuery(db).where('s.id', '=', id).executeTakeFirst();
}
export type SampleRow = NonNullable<Awaited<ReturnType<typeof findSampleById>>>;

/** The active supervisors of an office: who may review its decisions. */
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

export async function assignReviewer(
  trx: Kysely<DB>,
  change: { id: string; version: number; reviewerId: string; now: Date },
): Promise<number | undefined> {
  const row = await trx
    .updateTable('quality_samples')
    .set({ reviewer_id: change.reviewerId, assigned_at: change.now, version: sql<number>`version + 1` })
    .where('id', '=', change.id)
    .where('version', '=', change.version)
    .where('status', '=', 'pending')
    .returning('version')
    .executeTakeFirst();
  return row?.version;
}

export async function setSampleStatus(trx: Kysely<DB>, id: string, status: 'in_review' | 'completed') {
  await trx
    .updateTable('quality_samples')
    .set({ status, version: sql<number>`version + 1` })
    .where('id', '=', id)
    .execute();
}

export function findReviewById(db: Kysely<DB>, id: string) {
  return db.selectFrom('quality_reviews').selectAll().where('id', '=', id).executeTakeFirst();
}
export type ReviewRow = NonNullable<Awaited<ReturnType<typeof findReviewById>>>;

export function findScores(db: Kysely<DB>, reviewId: string) {
  return db
    .selectFrom('quality_scores')
    .select(['indicator_id', 'rating', 'comment'])
    .where('review_id', '=', reviewId)
    .execute();
}

/** Replaces a draft review's comments and scores from the version the reviewer saw. */
export async function saveReviewDraft(
  trx: Kysely<DB>,
  change: {
    id: string;
    version: number;
    comments: string;
    scores: readonly {
      indicatorId: string;
      rating: 'correct' | 'minor' | 'significant' | 'not_applicable';
      comment: string;
    }[];
    now: Date;
    complete: boolean;
  },
): Promise<number | undefined> {
  const row = await trx
    .updateTable('quality_reviews')
    .set({
      comments: change.comments,
      version: sql<number>`version + 1`,
      updated_at: change.now,
      ...(change.complete ? { status: 'completed' as const, completed_at: change.now } : {}),
    })
    .where('id', '=', change.id)
    .where('version', '=', change.version)
    .where('status', '=', 'draft')
    .returning('version')
    .executeTakeFirst();
  return row?.version;
}

export async function replaceScores(
  trx: Kysely<DB>,
  reviewId: string,
  scores: readonly {
    indicatorId: string;
    rating: 'correct' | 'minor' | 'significant' | 'not_applicable';
    comment: string;
  }[],
) {
  await trx.deleteFrom('quality_scores').where('review_id', '=', reviewId).execute();
  if (scores.length === 0) return;
  await trx
    .insertInto('quality_scores')
    .values(
      scores.map((s) => ({
        review_id: reviewId,
        indicator_id: s.indicatorId,
        rating: s.rating,
        comment: s.comment,
      })),
    )
    .execute();
}

/** Rating counts per indicator over completed reviews, grouped by office or by the decision's author. */
export function findReportCounts(
  db: Kysely<DB>,
  filter: {
    groupBy: 'office' | 'officer';
    officeId: string | null;
    officerId: string | null;
    from: string | null;
    to: string | null;
  },
) {
  let query = db
    .selectFrom('quality_scores as q')
    .innerJoin('quality_reviews as r', 'r.id', 'q.review_id')
    .innerJoin('quality_samples as s', 's.id', 'r.sample_id')
    .innerJoin('cases as c', 'c.id', 's.case_id')
    .where('r.status', '=', 'completed');
  if (filter.officeId) query = query.where('c.office_id', '=', filter.officeId);
  if (filter.officerId) query = query.where('s.decision_author_id', '=', filter.officerId);
  if (filter.from) query = query.where('s.decision_issued_on', '>=', filter.from);
  if (filter.to) query = query.where('s.decision_issued_on', '<=', filter.to);
  const grouped =
    filter.groupBy === 'office'
      ? query
          .innerJoin('offices as g', 'g.id', 'c.office_id')
          .select(['g.id as group_id', 'g.name as group_name'])
      : query
          .innerJoin('users as g', 'g.id', 's.decision_author_id')
          .select(['g.id as group_id', 'g.name as group_name']);
  return grouped
    .select(['q.indicator_id', 'q.rating', sql<number>`count(*)::int`.as('count')])
    .groupBy(['g.id', 'g.name', 'q.indicator_id', 'q.rating'])
    .orderBy('g.name')
    .execute();
}

/** How many completed reviews each group has. */
export function countCompletedReviews(
  db: Kysely<DB>,
  filter: {
    groupBy: 'office' | 'officer';
    officeId: string | null;
    officerId: string | null;
    from: string | null;
    to: string | null;
  },
) {
  let query = db
    .selectFrom('quality_reviews as r')
    .innerJoin('quality_samples as s', 's.id', 'r.sample_id')
    .innerJoin('cases as c', 'c.id', 's.case_id')
    .where('r.status', '=', 'completed');
  if (filter.officeId) query = query.where('c.office_id', '=', filter.officeId);
  if (filter.officerId) query = query.where('s.decision_author_id', '=', filter.officerId);
  if (filter.from) query = query.where('s.decision_issued_on', '>=', filter.from);
  if (filter.to) query = query.where('s.decision_issued_on', '<=', filter.to);
  const column = filter.groupBy === 'office' ? 'c.office_id' : 's.decision_author_id';
  return query
    .select([sql<string>`${sql.ref(column)}`.as('group_id'), sql<number>`count(*)::int`.as('reviews')])
    .groupBy(column)
    .execute();
}
