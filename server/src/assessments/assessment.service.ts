import type { Kysely } from 'kysely';
import {
  ReadinessQuery,
  StartAssessmentInput,
  assessmentSections,
  type AssessmentReadiness,
  type AssessmentStepResult,
  type CaseAssessment,
} from '@refugio/contract';
import type { DB } from '../db/schema';
import type { Actor } from '../access/actor';
import { canEditAssessment, canReadCase, canReadClaim, caseScopeOf } from '../access/policy';
import { recordAudit } from '../audit/audit.repository';
import type { Jurisdiction } from '../countries/jurisdiction';
import { AppError, forbidden, notFound, staleCase } from '../errors/app-error';
import { parseOrThrow } from '../errors/parse';
import { advanceCase } from '../cases/advance-case';
import { assembleCaseFile } from '../cases/case.service';
import { findCaseById, findPeopleOfCase, type CaseRow } from '../cases/case.repository';
import { findCaseToActOn } from '../cases/case-to-act-on';
import { findTransition } from '../procedure/procedure';
import {
  countRoundEvents,
  findAssessmentById,
  findLatestAssessmentOfCase,
  insertAssessment,
  setAsideEarlierRounds,
  type AssessmentRow,
} from './assessment.repository';
import { loadAssessmentSnapshot } from './assessment-snapshot';
import { assessmentView, readinessOf } from './assessment-view';

/** The round the case is in: each remittal and reopening starts a new one (a new assessment and decision). */
export async function currentRoundOf(db: Kysely<DB>, caseId: string): Promise<number> {
  return 1 + (await countRoundEvents(db, caseId));
}

/** A case whose claim the actor may read; outside their office it does not exist for them. */
async function caseForClaim(db: Kysely<DB>, actor: Actor, caseId: string): Promise<CaseRow> {
  const kase = await findCaseById(db, caseId, actor.id);
  if (!kase || !canReadCase(actor, caseScopeOf(kase))) {
    await recordAudit(db, actor, {
      action: 'case.action_denied',
      details: { caseId, action: 'assessment.read' },
    });
    throw notFound('Case not found');
  }
  if (!canReadClaim(actor, caseScopeOf(kase))) throw forbidden();
  return kase;
}

const mayStartOn = (actor: Actor, kase: CaseRow) =>
  canEditAssessment(
    actor,
    { authorId: actor.id, status: 'draft' },
    { ...caseScopeOf(kase), assignedTo: kase.assigned_to },
  );

/** Whether the case's stage lets this actor start the assessment: in `assessment` already, or `begin_assessment` is theirs. */
function stageAllowsStart(actor: Actor, kase: CaseRow, jurisdiction: Jurisdiction): boolean {
  if (kase.stage === 'assessment') return true;
  const step = findTransition(jurisdiction.profile.procedure, 'begin_assessment');
  return !!step && step.from.includes(kase.stage) && step.roles.includes(actor.role);
}

/** The current round's assessment of a case (audited read), or whether one may be started. */
export async function getCaseAssessment(
  db: Kysely<DB>,
  actor: Actor,
  caseId: string,
  jurisdiction: Jurisdiction,
): Promise<CaseAssessment> {
  const kase = await caseForClaim(db, actor, caseId);
  const [latest, round] = await Promise.all([
    findLatestAssessmentOfCase(db, caseId),
    currentRoundOf(db, caseId),
  ]);
  const canStart =
    (!latest || latest.round < round) &&
    mayStartOn(actor, kase) &&
    stageAllowsStart(actor, kase, jurisdiction);
  if (!latest) return { assessment: null, canStart, caseVersion: kase.version };
  await recordAudit(db, actor, { action: 'assessment.read', caseId, details: { assessmentId: latest.id } });
  return {
    assessment: await assessmentView(db, actor, latest, kase, jurisdiction.profile),
    canStart,
    caseVersion: kase.version,
  };
}

/**
 * Starts the assessment of the principal applicant for the case's current round, with every section of
 * the form empty. A case just interviewed takes `begin_assessment` in the same transaction (the engine
 * checks role, version and stage); a case already in assessment (a returned draft, a legacy file)
 * takes no step. An earlier round's assessment is set aside.
 */
export async function startAssessment(
  db: Kysely<DB>,
  actor: Actor,
  caseId: string,
  raw: unknown,
  jurisdiction: Jurisdiction,
  now: Date,
): Promise<AssessmentStepResult> {
  const input = parseOrThrow(StartAssessmentInput, raw);
  const seen = await findCaseToActOn(db, actor, caseId, 'begin_assessment');
  if (!mayStartOn(actor, seen)) throw forbidden();
  const id = crypto.randomUUID();
  return db.transaction().execute(async (trx) => {
    const kase = await findCaseToActOn(trx, actor, caseId, 'begin_assessment');
    const round = await currentRoundOf(trx, caseId);
    const latest = await findLatestAssessmentOfCase(trx, caseId);
    if (latest && latest.round >= round)
      throw new AppError('conflict', 'The assessment of this round was already started');
    const principal = (await findPeopleOfCase(trx, caseId)).find((p) => p.role === 'principal');
    if (!principal) throw new AppError('conflict', 'The case has no principal applicant');
    let updated = kase;
    if (kase.stage === 'assessment') {
      if (kase.version !== input.caseVersion) throw staleCase(kase.version);
    } else {
      updated = await advanceCase(
        trx,
        actor,
        caseId,
        {
          action: 'begin_assessment',
          data: {},
          expectedVersion: input.caseVersion,
          record: { kind: 'assessment', id },
        },
        jurisdiction,
        now,
      );
    }
    await setAsideEarlierRounds(trx, caseId, round, now);
    await insertAssessment(
      trx,
      { id, caseId, personId: principal.id, round, authorId: actor.id, now },
      assessmentSections,
    );
    await recordAudit(trx, actor, {
      action: 'assessment.start',
      caseId,
      details: { assessmentId: id, round, personId: principal.id, stepTaken: kase.stage !== 'assessment' },
    });
    const assessment = (await findAssessmentById(trx, id))!;
    return {
      assessment: await assessmentView(trx, actor, assessment, updated, jurisdiction.profile),
      case: await assembleCaseFile(trx, actor, updated, jurisdiction, now),
    };
  });
}

/** What is missing before a decision with the outcome (default: the one proposed) may be submitted. */
export async function getAssessmentReadiness(
  db: Kysely<DB>,
  actor: Actor,
  assessmentId: string,
  raw: unknown,
  jurisdiction: Jurisdiction,
): Promise<AssessmentReadiness> {
  const query = parseOrThrow(ReadinessQuery, raw);
  const assessment = await assessmentOrNotFound(db, assessmentId);
  await caseForClaim(db, actor, assessment.case_id);
  const snapshot = await loadAssessmentSnapshot(db, assessment.case_id);
  if (!snapshot || snapshot.assessmentId !== assessmentId)
    throw new AppError('conflict', 'This assessment is not the current round’s');
  return readinessOf(snapshot, jurisdiction.profile, query.outcome ?? null);
}

export async function assessmentOrNotFound(db: Kysely<DB>, id: string): Promise<AssessmentRow> {
  const assessment = await findAssessmentById(db, id);
  if (!assessment) throw notFound('Assessment not found');
  return assessment;
}

export { caseForClaim };
