import type { Kysely } from 'kysely';
import { BodyResolutionInput, todayIn, type DecisionStepResult } from '@refugio/contract';
import type { DB } from '../db/schema';
import type { Actor } from '../access/actor';
import { canReviewDecision, caseScopeOf } from '../access/policy';
import { recordAudit } from '../audit/audit.repository';
import type { Jurisdiction } from '../countries/jurisdiction';
import { AppError, forbidden, validationFailed } from '../errors/app-error';
import { parseOrThrow } from '../errors/parse';
import { decisionToActOn } from './decision-access';
import { bodySignatory } from './decision-signatory';
import { nextDecisionStatus } from './decision-status';
import { findReviews } from './decision.repository';
import { answer, checkVersions, currentVersion, takeIssuingStep } from './decision-review.service';

/**
 * Where a body decides (a commission: Costa Rica's CVRR, Panama's CONARE, …), the approved draft was
 * referred to it. A supervisor records the body's resolution: the decision is issued as approved, on
 * the day the body resolved, with its letter signed for the body and citing the resolution; the case
 * takes `issue_decision`. A body that decides otherwise is recorded by returning the referred draft
 * (`return`), which is redrafted, approved and referred again.
 */
export async function recordBodyResolution(
  db: Kysely<DB>,
  actor: Actor,
  id: string,
  raw: unknown,
  jurisdiction: Jurisdiction,
  now: Date,
): Promise<DecisionStepResult> {
  const input = parseOrThrow(BodyResolutionInput, raw);
  const { profile } = jurisdiction;
  if (input.resolvedOn > todayIn(profile.timeZone, now))
    throw validationFailed([
      { path: 'resolvedOn', code: 'in_future', message: 'The body cannot have resolved after today' },
    ]);
  return db.transaction().execute(async (trx) => {
    const { decision, kase } = await decisionToActOn(trx, actor, id, 'decision.body_resolution');
    const version = await currentVersion(trx, decision);
    if (!canReviewDecision(actor, { submittedBy: version.submitted_by }, caseScopeOf(kase)))
      throw forbidden();
    checkVersions(decision, kase, input);
    if (decision.status !== 'referred' || nextDecisionStatus(decision.status, 'issue') === null)
      throw new AppError('conflict', `The decision is ${decision.status}: only a referred one is resolved`);
    // The approval that referred this version to the body: the body cannot have resolved before it.
    const referral = (await findReviews(trx, id)).findLast(
      (r) => r.version_number === version.number && r.verdict === 'approved',
    );
    const referredOn = referral ? todayIn(profile.timeZone, referral.reviewed_at) : null;
    if (referredOn && input.resolvedOn < referredOn)
      throw validationFailed([
        { path: 'resolvedOn', code: 'before_referral', message: `The draft was referred on ${referredOn}` },
      ]);
    const updated = await takeIssuingStep(
      trx,
      jurisdiction,
      {
        actor,
        kase,
        decision,
        version,
        action: 'issue_decision',
        on: input.resolvedOn,
        comments: '',
        expected: input,
        signatory: bodySignatory(profile, version.language, input.reference),
      },
      now,
    );
    await recordAudit(trx, actor, {
      action: 'decision.body_resolution',
      caseId: kase.id,
      details: { decisionId: id, versionNumber: version.number, resolvedOn: input.resolvedOn },
    });
    return answer(trx, actor, id, updated, jurisdiction, now);
  });
}
