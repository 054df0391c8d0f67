import type { Kysely } from 'kysely';
import {
  BreakGlassQuery,
  BreakGlassRequest,
  BreakGlassReviewInput,
  type BreakGlassCount,
  type BreakGlassGranted,
  type BreakGlassGrantView,
  type BreakGlassList,
} from '@refugio/contract';
import type { DB } from '../db/schema';
import type { Actor } from './actor';
import {
  breakGlassListScope,
  canRequestBreakGlass,
  canReviewBreakGlass,
  caseAccessVia,
  caseScopeOf,
  hasPermission,
} from './policy';
import { AppError, forbidden, notFound, validationFailed } from '../errors/app-error';
import { parseOrThrow } from '../errors/parse';
import { recordAudit } from '../audit/audit.repository';
import { insertCaseEvent } from '../cases/case.repository';
import {
  countGrants,
  findCaseByNumber,
  findGrantForReview,
  findGrants,
  insertGrant,
  reviewGrant,
} from './access.repository';
import { presentGrant } from './access.presenter';

/**
 * Emergency access: a user who needs a case outside their scope states why and gets it for a limited
 * time (`hours`). The grant is audited, written to the case's history (its officers see that someone
 * broke the glass) and listed for review by the office's and the case's named supervisors.
 */
export async function requestBreakGlass(
  db: Kysely<DB>,
  actor: Actor,
  raw: unknown,
  hours: number,
  now = new Date(),
): Promise<BreakGlassGranted> {
  if (!hasPermission(actor, 'break_glass.request')) throw forbidden();
  const input = parseOrThrow(BreakGlassRequest, raw);
  const kase = await findCaseByNumber(db, input.caseNumber, actor.id);
  if (!kase) {
    await recordAudit(db, actor, { action: 'break_glass.refused', details: { reason: 'unknown_case' } });
    throw validationFailed([{ path: 'caseNumber', code: 'unknown', message: 'No case with this number' }]);
  }
  const scope = caseScopeOf(kase);
  if (!canRequestBreakGlass(actor, scope)) {
    throw validationFailed([
      { path: 'caseNumber', code: 'already_accessible', message: 'You can already open this case' },
    ]);
  }
  const expiresAt = new Date(now.getTime() + hours * 3_600_000);
  return db.transaction().execute(async (trx) => {
    const grantId = await insertGrant(trx, {
      userId: actor.id,
      caseId: kase.id,
      officeId: kase.office_id,
      reason: input.reason,
      grantedAt: now,
      expiresAt,
    });
    const details = { grantId, userId: actor.id, expiresAt: expiresAt.toISOString() };
    await insertCaseEvent(
      trx,
      { caseId: kase.id, type: 'break_glass_granted', actorId: actor.id, occurredAt: now, data: details },
      {
        actor,
        entry: {
          action: 'break_glass.granted',
          caseId: kase.id,
          details: {
            grantId,
            hours,
            sensitive: scope.sensitive,
            inOffice: caseAccessVia(actor, scope) !== null,
          },
        },
      },
    );
    return { grantId, caseId: kase.id, expiresAt: expiresAt.toISOString() };
  });
}

/** The uses of break-glass the actor reviews (their office's, their named cases'; administrators all). */
export async function listBreakGlass(db: Kysely<DB>, actor: Actor, raw: unknown): Promise<BreakGlassList> {
  const query = parseOrThrow(BreakGlassQuery, raw);
  const scope = breakGlassListScope(actor);
  if (scope === 'none') throw forbidden();
  const filter = {
    scope,
    status: query.status,
    userId: query.userId,
    officeId: query.officeId,
    outcome: query.outcome,
    from: query.from,
    to: query.to,
  };
  const page = { limit: query.pageSize, offset: (query.page - 1) * query.pageSize };
  const [rows, total] = await Promise.all([findGrants(db, filter, page, actor.id), countGrants(db, filter)]);
  await recordAudit(db, actor, {
    action: 'break_glass.list_read',
    details: { status: query.status, count: rows.length, total },
  });
  return {
    items: rows.map((r) => presentGrant(actor, r)),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** How many uses await the actor's review (0 for those who review none): the header's badge. */
export async function countUnreviewedBreakGlass(db: Kysely<DB>, actor: Actor): Promise<BreakGlassCount> {
  const scope = breakGlassListScope(actor);
  if (scope === 'none') return { unreviewed: 0 };
  return { unreviewed: await countGrants(db, { scope, status: 'unreviewed' }) };
}

/** A supervisor or administrator records whether a use was justified; once, never by its user. */
export async function reviewBreakGlass(
  db: Kysely<DB>,
  actor: Actor,
  grantId: string,
  raw: unknown,
  now = new Date(),
): Promise<BreakGlassGrantView> {
  const input = parseOrThrow(BreakGlassReviewInput, raw);
  const scope = breakGlassListScope(actor);
  if (scope === 'none') throw forbidden();
  const grant = await findGrantForReview(db, grantId, actor.id);
  const reviewable =
    grant !== undefined &&
    canReviewBreakGlass(actor, {
      userId: grant.user_id,
      officeId: grant.office_id,
      actorNamedSupervisor: grant.viewer_named_supervisor,
    });
  if (!grant || !reviewable) {
    // One's own use, or another office's, is not one's to review; the answer does not say which.
    await recordAudit(db, actor, { action: 'break_glass.review_denied', details: { grantId } });
    throw notFound('No such use of break-glass access to review');
  }
  return db.transaction().execute(async (trx) => {
    if (
      !(await reviewGrant(trx, { grantId, by: actor.id, at: now, outcome: input.outcome, note: input.note }))
    ) {
      throw new AppError('conflict', 'This use has already been reviewed');
    }
    await recordAudit(trx, actor, {
      action: 'break_glass.reviewed',
      caseId: grant.case_id,
      details: { breakGlassReviewOf: grantId, outcome: input.outcome },
    });
    const [row] = await findGrants(
      trx,
      { scope: 'all', status: 'all', grantId },
      { limit: 1, offset: 0 },
      actor.id,
    );
    return presentGrant(actor, row!);
  });
}
