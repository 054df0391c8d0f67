import type { Kysely } from 'kysely';
import {
  ApproveDecisionInput,
  ReturnDecisionInput,
  SubmitDecisionInput,
  todayIn,
  type DataField,
  type DecisionReasons,
  type DecisionStepResult,
} from '@refugio/contract';
import type { DB } from '../db/schema';
import type { Actor } from '../access/actor';
import { canReviewDecision, caseScopeOf } from '../access/policy';
import { recordAudit } from '../audit/audit.repository';
import { advanceCase } from '../cases/advance-case';
import { assembleCaseFile } from '../cases/case.service';
import type { CaseRow } from '../cases/case.repository';
import type { Jurisdiction } from '../countries/jurisdiction';
import { AppError, forbidden, staleCase, validationFailed } from '../errors/app-error';
import { parseOrThrow } from '../errors/parse';
import { storeFile } from '../files/stored-file.repository';
import { findTransition, isEnabled, type ActionId } from '../procedure/procedure';
import {
  assessmentReadiness,
  loadAssessmentSnapshot,
  setAssessmentStatus,
} from '../assessments/assessment-snapshot';
import { decisionToActOn, isAuthor } from './decision-access';
import { contentSha256, fillLetter, printLetter } from './decision-letter';
import { reasonsAsText, reasonsFromSnapshot } from './decision-reasons';
import { nextDecisionStatus } from './decision-status';
import { officerSignatory, type Signatory } from './decision-signatory';
import {
  findDecisionPeople,
  findSourceTexts,
  findVersions,
  insertDecisionDocument,
  insertReview,
  submitVersion,
  updateDecision,
  type DecisionRow,
  type VersionRow,
} from './decision.repository';
import { assembleDecision, staleDecision } from './decision.service';

/**
 * Four eyes, first pair: the author submits the current version. The assessment's reasons are frozen
 * into it (a snapshot: later edits of the assessment change nothing approved), its letter is rendered
 * with no blank field, and the case takes its drafting step with the reasons (kept off the event).
 */
export async function submitDecision(
  db: Kysely<DB>,
  actor: Actor,
  id: string,
  raw: unknown,
  jurisdiction: Jurisdiction,
  now: Date,
): Promise<DecisionStepResult> {
  const input = parseOrThrow(SubmitDecisionInput, raw);
  const { profile } = jurisdiction;
  return db.transaction().execute(async (trx) => {
    const { decision, kase } = await decisionToActOn(trx, actor, id, 'decision.submit');
    if (!isAuthor(actor, decision)) throw forbidden();
    checkVersions(decision, kase, input);
    if (nextDecisionStatus(decision.status, 'submit') === null)
      throw new AppError('conflict', `The decision is ${decision.status}: only a draft is submitted`);
    const version = await currentVersion(trx, decision);

    const snapshot = await loadAssessmentSnapshot(trx, kase.id);
    let reasons: DecisionReasons;
    if (decision.kind === 'first_instance') {
      if (!snapshot)
        throw validationFailed([
          { path: 'assessment', code: 'required', message: 'Assess the claim before deciding it' },
        ]);
      const gaps = assessmentReadiness(snapshot, profile, version.outcome as never);
      if (gaps.length > 0) throw validationFailed(gaps);
      reasons = reasonsFromSnapshot(snapshot, await findSourceTexts(trx, snapshot.coiSourceIds), now);
    } else {
      reasons = {
        assessmentId: null,
        takenAt: now.toISOString(),
        factsAccepted: [],
        factsRejected: [],
        sections: {},
        complementaryProtection: null,
        sources: [],
      };
    }
    const people = await findDecisionPeople(trx, id);
    const letter = await fillLetter(trx, profile, kase, version, people, reasons, null);
    if (letter.missing.length > 0)
      throw validationFailed(
        letter.missing.map((field) => ({
          path: `letter.${field}`,
          code: 'missing_value',
          message: `The letter would have a blank where {{${field}}} goes`,
        })),
      );
    if (
      !(await submitVersion(trx, id, version.number, {
        reasons,
        rendered: letter.blocks,
        sha256: contentSha256(letter.blocks),
        by: actor.id,
        at: now,
      }))
    )
      throw staleDecision(decision);
    if (
      !(await updateDecision(
        trx,
        id,
        input.version,
        { status: 'submitted', assessment_id: reasons.assessmentId },
        now,
      ))
    )
      throw staleDecision(decision);
    if (reasons.assessmentId && snapshot?.status === 'draft')
      await setAssessmentStatus(trx, reasons.assessmentId, 'submitted');

    const action: ActionId | null =
      decision.kind === 'inadmissibility'
        ? null
        : version.outcome === 'recognized'
          ? 'draft_recognition'
          : 'draft_refusal';
    const updated = action
      ? await advanceCase(
          trx,
          actor,
          kase.id,
          {
            action,
            data: stepData(jurisdiction, action, {
              version,
              reasons,
              today: todayIn(profile.timeZone, now),
              comments: '',
            }),
            expectedVersion: input.caseVersion,
            record: { kind: 'decision', id },
            omitFromEvent: ['decisionReasons', 'complementaryProtectionAssessment', 'reason'],
          },
          jurisdiction,
          now,
        )
      : kase;
    await recordAudit(trx, actor, {
      action: 'decision.submit',
      caseId: kase.id,
      details: { decisionId: id, versionNumber: version.number, outcome: version.outcome },
    });
    return answer(trx, actor, id, updated, jurisdiction, now);
  });
}

/** Four eyes, second pair: a supervisor who did not submit the version returns it with comments. */
export async function returnDecision(
  db: Kysely<DB>,
  actor: Actor,
  id: string,
  raw: unknown,
  jurisdiction: Jurisdiction,
  now: Date,
): Promise<DecisionStepResult> {
  const input = parseOrThrow(ReturnDecisionInput, raw);
  return db.transaction().execute(async (trx) => {
    const { decision, kase } = await decisionToActOn(trx, actor, id, 'decision.return');
    const version = await currentVersion(trx, decision);
    if (!canReviewDecision(actor, { submittedBy: version.submitted_by }, caseScopeOf(kase)))
      throw forbidden();
    checkVersions(decision, kase, input);
    if (nextDecisionStatus(decision.status, 'return') === null)
      throw new AppError('conflict', `The decision is ${decision.status}: only a submitted one is returned`);
    await insertReview(trx, {
      decisionId: id,
      versionNumber: version.number,
      reviewerId: actor.id,
      verdict: 'returned',
      comments: input.comments,
      at: now,
    });
    if (!(await updateDecision(trx, id, input.version, { status: 'returned' }, now)))
      throw staleDecision(decision);
    if (decision.assessment_id) await setAssessmentStatus(trx, decision.assessment_id, 'draft');
    const canReturn = isEnabled(findTransition(jurisdiction.profile.procedure, 'return_draft')!, {
      stage: kase.stage,
      outcome: kase.outcome,
    });
    const updated = canReturn
      ? await advanceCase(
          trx,
          actor,
          kase.id,
          {
            action: 'return_draft',
            data: { reason: input.comments },
            expectedVersion: input.caseVersion,
            record: { kind: 'decision', id },
            omitFromEvent: ['reason'],
          },
          jurisdiction,
          now,
        )
      : kase;
    await recordAudit(trx, actor, {
      action: 'decision.return',
      caseId: kase.id,
      details: { decisionId: id, versionNumber: version.number },
    });
    return answer(trx, actor, id, updated, jurisdiction, now);
  });
}

/**
 * A supervisor who did not submit the version approves it. In Mexico this issues the decision (dated
 * the day of approval): its letter is rendered once, stored with its SHA-256 and served byte for byte
 * from then on. Where a body decides, the approval refers the recommendation to it.
 */
export async function approveDecision(
  db: Kysely<DB>,
  actor: Actor,
  id: string,
  raw: unknown,
  jurisdiction: Jurisdiction,
  now: Date,
): Promise<DecisionStepResult> {
  const input = parseOrThrow(ApproveDecisionInput, raw);
  const { profile } = jurisdiction;
  return db.transaction().execute(async (trx) => {
    const { decision, kase } = await decisionToActOn(trx, actor, id, 'decision.approve');
    const version = await currentVersion(trx, decision);
    if (!canReviewDecision(actor, { submittedBy: version.submitted_by }, caseScopeOf(kase)))
      throw forbidden();
    checkVersions(decision, kase, input);
    if (decision.status !== 'submitted')
      throw new AppError('conflict', `The decision is ${decision.status}: only a submitted one is approved`);
    const today = todayIn(profile.timeZone, now);
    const action: ActionId =
      decision.kind === 'inadmissibility'
        ? 'declare_inadmissible'
        : findTransition(profile.procedure, 'refer_to_decision_body')
          ? 'refer_to_decision_body'
          : 'issue_decision';
    const issues = action !== 'refer_to_decision_body';
    await insertReview(trx, {
      decisionId: id,
      versionNumber: version.number,
      reviewerId: actor.id,
      verdict: 'approved',
      comments: input.comments,
      at: now,
    });
    const updated = await takeIssuingStep(
      trx,
      jurisdiction,
      {
        actor,
        kase,
        decision,
        version,
        action,
        on: today,
        comments: input.comments,
        expected: input,
        signatory: issues ? officerSignatory(profile, version.language, actor.name) : null,
      },
      now,
    );
    await recordAudit(trx, actor, {
      action: 'decision.approve',
      caseId: kase.id,
      details: { decisionId: id, versionNumber: version.number, step: action },
    });
    return answer(trx, actor, id, updated, jurisdiction, now);
  });
}

/**
 * The decision step that follows approval (issue, declare inadmissible, refer to the body) or a body's
 * resolution (issue): the decision's new status, the case's step with the reasons kept off its event,
 * and, when it issues (`signatory` given), the assessment made final and the letter stored. Answers
 * the moved case.
 */
export async function takeIssuingStep(
  trx: Kysely<DB>,
  jurisdiction: Jurisdiction,
  step: {
    actor: Actor;
    kase: CaseRow;
    decision: DecisionRow;
    version: VersionRow;
    action: ActionId;
    /** The day it is issued, referred or resolved. */
    on: string;
    comments: string;
    expected: { version: number; caseVersion: number };
    /** Who signs the letter; null when the step does not issue (a referral). */
    signatory: Signatory | null;
  },
  now: Date,
): Promise<CaseRow> {
  const { actor, kase, decision, version, action, on, signatory } = step;
  const set = signatory
    ? { status: 'issued' as const, issued_version: version.number, issued_on: on, issued_by: actor.id }
    : { status: 'referred' as const };
  if (!(await updateDecision(trx, decision.id, step.expected.version, set, now)))
    throw staleDecision(decision);
  const reasons = version.reasons as DecisionReasons;
  const updated = await advanceCase(
    trx,
    actor,
    kase.id,
    {
      action,
      data: stepData(jurisdiction, action, { version, reasons, today: on, comments: step.comments }),
      expectedVersion: step.expected.caseVersion,
      record: { kind: 'decision', id: decision.id },
      omitFromEvent: ['decisionReasons', 'complementaryProtectionAssessment', 'reason'],
    },
    jurisdiction,
    now,
  );
  if (signatory) {
    if (decision.assessment_id) await setAssessmentStatus(trx, decision.assessment_id, 'final');
    await issueLetter(trx, jurisdiction, kase, decision, version, { date: on, signatory }, actor.id, now);
  }
  return updated;
}

/** Renders the issued letter once from the frozen version and its pinned template, and stores it. */
async function issueLetter(
  trx: Kysely<DB>,
  jurisdiction: Jurisdiction,
  kase: CaseRow,
  decision: DecisionRow,
  version: VersionRow,
  issue: { date: string; signatory: Signatory },
  actorId: string,
  now: Date,
): Promise<void> {
  const people = await findDecisionPeople(trx, decision.id);
  const letter = await fillLetter(
    trx,
    jurisdiction.profile,
    kase,
    version,
    people,
    version.reasons as DecisionReasons,
    issue,
  );
  const pdf = await printLetter(
    letter,
    jurisdiction.profile,
    { decisionId: decision.id, versionNumber: version.number },
    true,
    now,
  );
  const file = await storeFile(trx, {
    content: pdf,
    mediaType: 'application/pdf',
    fileName: `resolucion-${kase.case_number}.pdf`,
    uploadedBy: actorId,
    caseId: kase.id,
  });
  await insertDecisionDocument(trx, {
    decisionId: decision.id,
    versionNumber: version.number,
    fileId: file.id,
    templateId: version.template_id,
    at: now,
  });
}

/** The data a step requires, from the version and its reasons (the engine still checks every field). */
function stepData(
  jurisdiction: Jurisdiction,
  action: ActionId,
  from: { version: VersionRow; reasons: DecisionReasons; today: string; comments: string },
): Record<string, unknown> {
  const transition = findTransition(jurisdiction.profile.procedure, action);
  const value = (field: DataField): unknown => {
    switch (field) {
      case 'outcome':
        return from.version.outcome;
      case 'decisionReasons':
        return reasonsAsText(from.reasons, from.version.individual_explanation) || from.version.outcome;
      case 'complementaryProtectionAssessment':
        return from.reasons.complementaryProtection
          ? {
              protectionNeeded: from.reasons.complementaryProtection.needed,
              reasons: from.reasons.complementaryProtection.reasons,
            }
          : undefined;
      case 'decisionDate':
      case 'referralDate':
        return from.today;
      case 'reason':
        return from.comments || undefined;
      // A decision's steps never ask for these; the engine names any that a profile would require.
      case 'interviewDate':
      case 'notificationDate':
      case 'appealDate':
      case 'closureReason':
      case 'reopeningGround':
        return undefined;
    }
  };
  const data: Record<string, unknown> = {};
  for (const field of transition?.requires ?? []) {
    const v = value(field);
    if (v !== undefined) data[field] = v;
  }
  return data;
}

export function checkVersions(
  decision: DecisionRow,
  kase: CaseRow,
  input: { version: number; caseVersion: number },
) {
  if (decision.version !== input.version) throw staleDecision(decision);
  if (kase.version !== input.caseVersion) throw staleCase(kase.version);
}

export async function currentVersion(trx: Kysely<DB>, decision: DecisionRow): Promise<VersionRow> {
  const version = (await findVersions(trx, decision.id)).find((v) => v.number === decision.current_version);
  if (!version) throw new Error(`decision ${decision.id} has no version ${decision.current_version}`);
  return version;
}

export async function answer(
  trx: Kysely<DB>,
  actor: Actor,
  id: string,
  kase: CaseRow,
  jurisdiction: Jurisdiction,
  now: Date,
): Promise<DecisionStepResult> {
  const { decision } = await decisionToActOn(trx, actor, id, 'decision.read');
  return {
    decision: await assembleDecision(trx, actor, decision, kase, jurisdiction.profile),
    case: await assembleCaseFile(trx, actor, kase, jurisdiction, now),
  };
}
