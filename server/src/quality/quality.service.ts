import type { Kysely } from 'kysely';
import {
  AssignQualitySampleInput,
  QUALITY_INDICATOR_SET,
  QualityDrawInput,
  QualityReportQuery,
  QualitySampleQuery,
  SaveQualityReviewInput,
  qualityIndicatorIds,
  type FieldError,
  type QualityDrawList,
  type QualityDrawView,
  type QualityReport,
  type QualityReviewView,
  type QualitySampleList,
  type QualitySampleView,
} from '@refugio/contract';
import type { DB } from '../db/schema';
import type { Actor } from '../access/actor';
import {
  canDrawQualitySample,
  canReadQualityReport,
  canReadCase,
  canReviewQuality,
  caseScopeOf,
  hasPermission,
} from '../access/policy';
import { findCaseById } from '../cases/case.repository';
import { recordAudit } from '../audit/audit.repository';
import { AppError, forbidden, notFound, validationFailed } from '../errors/app-error';
import { parseOrThrow } from '../errors/parse';
import { drawSample, NEW_OFFICER_DECISIONS, riskIndicatorsOf, type SampleCandidate } from './sampling';
import {
  assignReviewer,
  countCompletedReviews,
  countSamples,
  findDraws,
  findOfficeSupervisors,
  findReportCounts,
  findReviewById,
  findSampleById,
  findSamples,
  findSamplesOfDraws,
  findSamplingPopulation,
  findScores,
  insertDraw,
  replaceScores,
  saveReviewDraft,
  setSampleStatus,
  type SampleRow,
} from './quality.repository';
import { presentDraw, presentReview, presentSample } from './quality.presenter';

const involvementOf = (row: SampleRow) => ({
  authorId: row.decision_author_id,
  approverId: row.decision_approver_id,
  interviewerIds: row.decision_interviewer_ids,
});
const who = (user: { id: string; role: Actor['role']; office_id: string | null }) => ({
  id: user.id,
  role: user.role,
  officeId: user.office_id,
});

async function presentSamples(db: Kysely<DB>, actor: Actor, rows: SampleRow[]): Promise<QualitySampleView[]> {
  const supervisors = new Map<string, Awaited<ReturnType<typeof findOfficeSupervisors>>>();
  const views: QualitySampleView[] = [];
  for (const row of rows) {
    if (!supervisors.has(row.office_id))
      supervisors.set(row.office_id, await findOfficeSupervisors(db, row.office_id));
    const kase = caseScopeOf(row);
    const candidates = canDrawQualitySample(actor, row.office_id)
      ? supervisors.get(row.office_id)!.filter((u) => canReviewQuality(who(u), kase, involvementOf(row)))
      : [];
    views.push(
      presentSample(row, {
        reviewerCandidates: candidates.map((u) => ({ id: u.id, name: u.name })),
        canReview:
          row.reviewer_id === actor.id &&
          row.status !== 'completed' &&
          canReviewQuality(actor, kase, involvementOf(row)),
      }),
    );
  }
  return views;
}

/** The decisions of the office issued in the period and not drawn before, with their risk indicators. */
async function population(trx: Kysely<DB>, officeId: string, from: string, to: string) {
  const rows = await findSamplingPopulation(trx, {
    officeId,
    from,
    to,
    newOfficerDecisions: NEW_OFFICER_DECISIONS,
  });
  return rows.map((row) => ({
    decision: row,
    riskIndicators: riskIndicatorsOf({
      outcome: row.outcome,
      returns: row.returns,
      specificNeeds: row.needs,
      decidedLate: row.deadline_status === 'met_late',
      authorEarlierDecisions: row.author_earlier,
    }),
  }));
}

/**
 * Draws an office's decisions of a period for a second reading: every risk-flagged one and a random
 * share of the rest, never one drawn before. The seed is stored, so the draw can be reproduced.
 */
export async function drawQualitySample(
  db: Kysely<DB>,
  actor: Actor,
  raw: unknown,
  now: Date,
): Promise<QualityDrawView> {
  const input = parseOrThrow(QualityDrawInput, raw);
  if (!canDrawQualitySample(actor, input.officeId)) throw forbidden();
  const seed = input.seed ?? Math.floor(Math.random() * 2147483647);
  const id = crypto.randomUUID();
  await db.transaction().execute(async (trx) => {
    const candidates = await population(trx, input.officeId, input.periodFrom, input.periodTo);
    const byKey = new Map(candidates.map((c) => [c.decision.event_id, c]));
    const chosen = drawSample(
      candidates.map((c): SampleCandidate => ({
        key: c.decision.event_id,
        riskIndicators: c.riskIndicators,
      })),
      input.randomRate,
      seed,
    );
    await insertDraw(
      trx,
      {
        id,
        office_id: input.officeId,
        period_from: input.periodFrom,
        period_to: input.periodTo,
        random_rate: input.randomRate,
        risk_rules: JSON.stringify({
          newOfficerDecisions: NEW_OFFICER_DECISIONS,
          seriousNeeds: ['TR', 'SV', 'SC', 'CR'],
        }),
        seed,
        population: candidates.length,
        drawn_by: actor.id,
        drawn_at: now,
      },
      chosen.map((c) => {
        const { decision } = byKey.get(c.key)!;
        return {
          draw_id: id,
          case_id: decision.case_id,
          decision_event_id: decision.event_id,
          decision_id: decision.record_id,
          decision_author_id: decision.author_id,
          decision_approver_id: decision.approver_id,
          decision_interviewer_ids: decision.interviewer_ids,
          decision_outcome: decision.outcome,
          decision_issued_on: decision.issued_on,
          reason: c.reason,
          risk_indicators: [...c.riskIndicators],
        };
      }),
    );
    await recordAudit(trx, actor, {
      action: 'quality.draw',
      details: {
        drawId: id,
        officeId: input.officeId,
        population: candidates.length,
        sampled: chosen.length,
        seed,
      },
    });
  });
  const draws = await listQualityDraws(db, actor);
  return draws.draws.find((d) => d.id === id)!;
}

/** The draws of the actor's office (administrators: all), each with its samples. */
export async function listQualityDraws(db: Kysely<DB>, actor: Actor): Promise<QualityDrawList> {
  if (!hasPermission(actor, 'quality.review') && actor.role !== 'administrator') throw forbidden();
  const officeId = actor.role === 'administrator' ? null : actor.officeId;
  if (actor.role !== 'administrator' && !officeId) throw forbidden();
  const draws = await findDraws(db, officeId);
  const samples = await presentSamples(
    db,
    actor,
    await findSamplesOfDraws(
      db,
      draws.map((d) => d.id),
    ),
  );
  return {
    draws: draws.map((d) =>
      presentDraw(
        d,
        samples.filter((s) => s.drawId === d.id),
      ),
    ),
    canDraw: officeId !== null && canDrawQualitySample(actor, officeId),
  };
}

/**
 * Which samples the actor may list: the second reading is the supervisors' (their office's samples, and
 * any given to them to review); an administrator's, every office's. The list names each decision's
 * author, so it is per-officer quality data: never a statistician's (`canReadQualityReport` with an
 * officer), and an officer filter must be one the actor may read figures of.
 */
function sampleListScope(
  actor: Actor,
  query: ReturnType<typeof QualitySampleQuery.parse>,
): { officeId: string | null } {
  if (!hasPermission(actor, 'quality.review')) {
    // Not a reviewer: only an administrator, who reads every office's per-officer figures.
    const officeId = query.officeId ?? null;
    const figures = canReadQualityReport(actor, { officeId, officerId: query.officerId ?? 'any' });
    if (actor.role !== 'administrator' || !figures) throw forbidden();
    return { officeId };
  }
  // A reviewer's own assignments, wherever they are.
  if (query.reviewerId === actor.id && query.officeId === undefined && query.officerId === undefined)
    return { officeId: null };
  const officeId = query.officeId ?? actor.officeId;
  if (!officeId || !canDrawQualitySample(actor, officeId)) throw forbidden();
  if (!canReadQualityReport(actor, { officeId, officerId: query.officerId ?? 'any' })) throw forbidden();
  return { officeId };
}

/**
 * The sampled decisions, filtered by office, author, reviewer, status (unassigned, assigned, reviewed)
 * and draw, a page at a time. Audited as a read of quality data (filters and counts, no names).
 */
export async function listQualitySamples(
  db: Kysely<DB>,
  actor: Actor,
  raw: unknown,
): Promise<QualitySampleList> {
  const query = parseOrThrow(QualitySampleQuery, raw);
  const { officeId } = sampleListScope(actor, query);
  const filter = {
    officeId,
    officerId: query.officerId ?? null,
    reviewerId: query.reviewerId ?? null,
    status: query.status ?? null,
    drawId: query.drawId ?? null,
  };
  const [rows, total] = await Promise.all([
    findSamples(db, filter, { limit: query.pageSize, offset: (query.page - 1) * query.pageSize }),
    countSamples(db, filter),
  ]);
  await recordAudit(db, actor, {
    action: 'quality.samples_read',
    details: { ...filter, page: query.page, count: rows.length, total },
  });
  return {
    items: await presentSamples(db, actor, rows),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** A supervisor of the office gives a sampled decision to a reviewer who had no part in it. */
export async function assignQualitySample(
  db: Kysely<DB>,
  actor: Actor,
  sampleId: string,
  raw: unknown,
  now: Date,
): Promise<QualitySampleView> {
  const input = parseOrThrow(AssignQualitySampleInput, raw);
  const sample = await findSampleById(db, sampleId);
  if (!sample || !canDrawQualitySample(actor, sample.office_id)) throw notFound('Sample not found');
  const reviewer = (await findOfficeSupervisors(db, sample.office_id)).find((u) => u.id === input.reviewerId);
  if (!reviewer || !canReviewQuality(who(reviewer), caseScopeOf(sample), involvementOf(sample))) {
    throw validationFailed([
      {
        path: 'reviewerId',
        code: 'not_assignable',
        message: 'Choose a supervisor of the office who took no part in the decision',
      },
    ]);
  }
  await db.transaction().execute(async (trx) => {
    const version = await assignReviewer(trx, {
      id: sampleId,
      version: input.version,
      reviewerId: reviewer.id,
      now,
    });
    if (version === undefined)
      throw new AppError('conflict', 'The sample has changed or its review has started');
    await recordAudit(trx, actor, {
      action: 'quality.assign',
      caseId: sample.case_id,
      details: { sampleId, reviewerId: reviewer.id },
    });
  });
  const [view] = await presentSamples(db, actor, [(await findSampleById(db, sampleId))!]);
  return view!;
}

async function reviewView(db: Kysely<DB>, actor: Actor, reviewId: string): Promise<QualityReviewView> {
  const review = await findReviewById(db, reviewId);
  if (!review) throw notFound('Review not found');
  const sample = (await findSampleById(db, review.sample_id))!;
  const [sampleView] = await presentSamples(db, actor, [sample]);
  const canEdit = review.status === 'draft' && review.reviewer_id === actor.id;
  return presentReview(review, sampleView!, await findScores(db, reviewId), canEdit);
}

/** The assigned reviewer opens (or reopens) the review of a sampled decision. */
export async function openQualityReview(
  db: Kysely<DB>,
  actor: Actor,
  sampleId: string,
  now: Date,
): Promise<QualityReviewView> {
  const sample = await findSampleById(db, sampleId);
  if (!sample || !canReviewQuality(actor, caseScopeOf(sample), involvementOf(sample)))
    throw notFound('Sample not found');
  if (sample.reviewer_id !== actor.id) throw forbidden();
  const reviewId =
    sample.review_id ??
    (await db.transaction().execute(async (trx) => {
      const created = await trx
        .insertInto('quality_reviews')
        .values({
          sample_id: sampleId,
          reviewer_id: actor.id,
          indicator_set: QUALITY_INDICATOR_SET,
          created_at: now,
          updated_at: now,
        })
        .onConflict((oc) => oc.column('sample_id').doNothing())
        .returning('id')
        .executeTakeFirst();
      if (!created) throw new AppError('conflict', 'The review was opened meanwhile: reload');
      await setSampleStatus(trx, sampleId, 'in_review');
      await recordAudit(trx, actor, {
        action: 'quality.review',
        caseId: sample.case_id,
        details: { sampleId, reviewId: created.id },
      });
      return created.id;
    }));
  return reviewView(db, actor, reviewId);
}

/** A review, for its reviewer or whoever reads the office's quality reports. */
export async function getQualityReview(
  db: Kysely<DB>,
  actor: Actor,
  reviewId: string,
): Promise<QualityReviewView> {
  const review = await findReviewById(db, reviewId);
  if (!review) throw notFound('Review not found');
  const sample = (await findSampleById(db, review.sample_id))!;
  const readable =
    review.reviewer_id === actor.id ||
    (hasPermission(actor, 'quality.review') && canReadQualityReport(actor, { officeId: sample.office_id })) ||
    actor.role === 'administrator';
  // A sensitive case's review is read only by those who may read the case itself.
  const kase = await findCaseById(db, sample.case_id, actor.id);
  if (!readable || !kase || (kase.sensitive && !canReadCase(actor, caseScopeOf(kase)))) {
    throw notFound('Review not found');
  }
  await recordAudit(db, actor, {
    action: 'quality.review_read',
    caseId: sample.case_id,
    details: { reviewId },
  });
  return reviewView(db, actor, reviewId);
}

/**
 * Saves the reviewer's ratings so far (`complete`: all of them, and the review is final). A rating of a
 * deficiency needs a comment; a completed review and its scores never change (the database holds it).
 */
export async function saveQualityReview(
  db: Kysely<DB>,
  actor: Actor,
  reviewId: string,
  raw: unknown,
  now: Date,
  complete = false,
): Promise<QualityReviewView> {
  const input = parseOrThrow(SaveQualityReviewInput, raw);
  const review = await findReviewById(db, reviewId);
  if (!review || review.reviewer_id !== actor.id) throw notFound('Review not found');
  if (review.status !== 'draft') throw new AppError('conflict', 'The review is completed');
  if (complete) {
    const rated = new Set(input.scores.map((s) => s.indicatorId));
    const missing: FieldError[] = qualityIndicatorIds
      .filter((id) => !rated.has(id))
      .map((id) => ({
        path: `scores.${id}`,
        code: 'required',
        message: 'Rate every indicator before completing',
      }));
    if (missing.length > 0) throw validationFailed(missing);
  }
  const sample = (await findSampleById(db, review.sample_id))!;
  await db.transaction().execute(async (trx) => {
    await replaceScores(trx, reviewId, input.scores);
    const version = await saveReviewDraft(trx, {
      id: reviewId,
      version: input.version,
      comments: input.comments,
      scores: input.scores,
      now,
      complete,
    });
    if (version === undefined)
      throw new AppError('conflict', 'The review has changed since you opened it: reload it');
    if (complete) await setSampleStatus(trx, review.sample_id, 'completed');
    await recordAudit(trx, actor, {
      action: complete ? 'quality.complete' : 'quality.review_save',
      caseId: sample.case_id,
      details: { reviewId, scores: input.scores.length },
    });
  });
  return reviewView(db, actor, reviewId);
}

/**
 * Rating counts per indicator, by office or by officer (the decision's author). Everyone sees their
 * own; a supervisor their office, per officer too; an administrator all; a statistician offices only.
 */
export async function qualityReport(db: Kysely<DB>, actor: Actor, raw: unknown): Promise<QualityReport> {
  const query = parseOrThrow(QualityReportQuery, raw);
  const officeId =
    query.officeId ??
    (actor.role === 'administrator' || actor.role === 'statistician' ? null : actor.officeId);
  const officerId = query.officerId ?? null;
  const own = officerId !== null && officerId === actor.id;
  const perOfficer = query.groupBy === 'officer';
  const allowed =
    own ||
    canReadQualityReport(actor, { officeId, officerId: perOfficer ? (officerId ?? 'any') : officerId });
  if (!allowed) throw forbidden();
  const filter = {
    groupBy: query.groupBy,
    officeId: own ? null : officeId,
    officerId,
    from: query.from ?? null,
    to: query.to ?? null,
  };
  const [counts, reviews] = await Promise.all([
    findReportCounts(db, filter),
    countCompletedReviews(db, filter),
  ]);
  await recordAudit(db, actor, {
    action: 'quality.report_read',
    details: { groupBy: query.groupBy, officeId, officerId },
  });
  const groups = new Map<string, QualityReport['rows'][number]>();
  for (const c of counts) {
    let row = groups.get(c.group_id);
    if (!row) {
      row = {
        group: { kind: query.groupBy, id: c.group_id, name: c.group_name },
        reviews: reviews.find((r) => r.group_id === c.group_id)?.reviews ?? 0,
        indicators: qualityIndicatorIds.map((indicatorId) => ({
          indicatorId,
          correct: 0,
          minor: 0,
          significant: 0,
          not_applicable: 0,
        })),
      };
      groups.set(c.group_id, row);
    }
    const indicator = row.indicators.find((i) => i.indicatorId === c.indicator_id);
    if (indicator) indicator[c.rating] += c.count;
  }
  return { groupBy: query.groupBy, rows: [...groups.values()] };
}
