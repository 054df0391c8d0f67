import { sql, type Insertable, type Kysely } from 'kysely';
import type { DB } from '../db/schema';
import type { QualityDrawTable, QualitySampleTable } from './quality.table';

const issuing = ['issue_decision', 'declare_inadmissible'];

/** The cases of an office with a decision issued up to a day (the history that says who decided what). */
export async function findCasesWithDecisions(db: Kysely<DB>, officeId: string, until: string) {
  const rows = await db
    .selectFrom('case_events as e')
    .innerJoin('cases as c', 'c.id', 'e.case_id')
    .select('e.case_id')
    .distinct()
    .where('c.office_id', '=', officeId)
    .where('e.type', 'in', issuing)
    .where(sql<string>`e.data -> 'marks' ->> 'date'`, '<=', until)
    .execute();
  return rows.map((r) => r.case_id);
}

/** The people's specific needs and the first-instance deadline of each case. */
export function findRiskInputs(db: Kysely<DB>, caseIds: readonly string[]) {
  if (caseIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('cases as c')
    .leftJoin('case_deadlines as d', (join) =>
      join.onRef('d.case_id', '=', 'c.id').on('d.limit_id', '=', 'first_instance_decision'),
    )
    .select([
      'c.id',
      'c.case_number',
      'd.status as deadline_status',
      (eb) =>
        eb
          .selectFrom('people as p')
          .select(sql<string[]>`coalesce(array_agg(n), '{}')`.as('needs'))
          .innerJoin(sql`unnest(p.specific_needs)`.as('n'), (join) => join.onTrue())
          .whereRef('p.case_id', '=', 'c.id')
          .as('needs'),
    ])
    .where('c.id', 'in', caseIds)
    .execute();
}

export async function findSampledEventIds(db: Kysely<DB>, eventIds: readonly string[]) {
  if (eventIds.length === 0) return new Set<string>();
  const rows = await db
    .selectFrom('quality_samples')
    .select('decision_event_id')
    .where('decision_event_id', 'in', eventIds)
    .execute();
  return new Set(rows.map((r) => String(r.decision_event_id)));
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
      'author.name as author_name',
      'approver.name as approver_name',
      'reviewer.name as reviewer_name',
      'r.id as review_id',
    ]);

export function findSamplesOfDraws(db: Kysely<DB>, drawIds: readonly string[]) {
  if (drawIds.length === 0) return Promise.resolve([]);
  return sampleQuery(db).where('s.draw_id', 'in', drawIds).orderBy('s.decision_event_id').execute();
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
