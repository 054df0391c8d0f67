import type { Kysely } from 'kysely';
import {
  DraftDecisionInput,
  ReviewQueueQuery,
  SaveDecisionDraftInput,
  emptyDecisionReasons,
  type CaseDecisions,
  type CountryProfile,
  type DecisionReasons,
  type DecisionView,
  type FieldError,
  type LetterBlockView,
  type OutcomeId,
  type ReviewQueue,
} from '@refugio/contract';
import type { z } from 'zod';
import type { DB } from '../db/schema';
import type { Actor } from '../access/actor';
import {
  canDraftDecision,
  canReadClaim,
  canReviewDecision,
  caseListScope,
  caseScopeOf,
  officeCaseScope,
} from '../access/policy';
import { recordAudit } from '../audit/audit.repository';
import { findCaseToActOn } from '../cases/case-to-act-on';
import { findPeopleOfCase, type CaseRow, type PersonRow } from '../cases/case.repository';
import { AppError, forbidden, validationFailed } from '../errors/app-error';
import { parseOrThrow } from '../errors/parse';
import { loadAssessmentSnapshot } from '../assessments/assessment-snapshot';
import { findActiveTemplate } from '../templates/template-store';
import { decisionActionsFor, decisionToActOn, isAuthor } from './decision-access';
import { fillLetter } from './decision-letter';
import { reasonsFromSnapshot } from './decision-reasons';
import { isEditable, nextDecisionStatus } from './decision-status';
import {
  findDecisionPeople,
  findDecisionsOfCase,
  findNotifications,
  findReviewQueue,
  findReviews,
  findSourceTexts,
  findVersions,
  insertDecision,
  insertVersion,
  replaceVersionPeople,
  roundOfCase,
  updateDecision,
  updateVersionDraft,
  type DecisionRow,
  type VersionValues,
} from './decision.repository';
import { presentDecision } from './decision.presenter';

type DraftFields = Omit<z.output<typeof SaveDecisionDraftInput>, 'version'>;

/**
 * Starts the decision of the case's current round with its first draft version, printed from the
 * active model resolution for its outcome and language. Dependants follow the principal unless listed.
 */
export async function draftDecision(
  db: Kysely<DB>,
  actor: Actor,
  caseId: string,
  raw: unknown,
  profile: CountryProfile,
  now: Date,
): Promise<DecisionView> {
  const input = parseOrThrow(DraftDecisionInput, raw);
  const id = await db.transaction().execute(async (trx) => {
    const kase = await findCaseToActOn(trx, actor, caseId, 'decision.draft');
    if (!canDraftDecision(actor, caseScopeOf(kase))) throw forbidden();
    const round = await roundOfCase(trx, caseId);
    if ((await findDecisionsOfCase(trx, caseId)).some((d) => d.round === round))
      throw new AppError('conflict', 'This round already has a decision: open it');
    const people = await findPeopleOfCase(trx, caseId);
    const values = await versionValues(trx, profile, input);
    const snapshot = await loadAssessmentSnapshot(trx, caseId);
    const decisionId = await insertDecision(trx, {
      caseId,
      round,
      kind: input.kind,
      assessmentId: snapshot && snapshot.round === round ? snapshot.assessmentId : null,
      authorId: actor.id,
      outcome: input.outcome,
      now,
    });
    await insertVersion(trx, decisionId, 1, values, actor.id, now);
    await replaceVersionPeople(trx, decisionId, 1, decidedPeople(people, input));
    await recordAudit(trx, actor, {
      action: 'decision.draft',
      caseId,
      details: { decisionId, versionNumber: 1, outcome: input.outcome, kind: input.kind },
    });
    return decisionId;
  });
  return readDecision(db, actor, id, profile, false);
}

/**
 * Saves the text of the current draft, from the version of the decision the user saw. A returned
 * decision is never changed in place: its author's next save opens the next version (every version
 * is kept).
 */
export async function saveDecisionDraft(
  db: Kysely<DB>,
  actor: Actor,
  id: string,
  raw: unknown,
  profile: CountryProfile,
  now: Date,
): Promise<DecisionView> {
  const input = parseOrThrow(SaveDecisionDraftInput, raw);
  await db.transaction().execute(async (trx) => {
    const { decision, kase } = await decisionToActOn(trx, actor, id, 'decision.draft');
    if (!isAuthor(actor, decision) || !canDraftDecision(actor, caseScopeOf(kase))) throw forbidden();
    if (decision.version !== input.version) throw staleDecision(decision);
    if (!isEditable(decision.status))
      throw new AppError('conflict', `The decision is ${decision.status}: its text can no longer change`);
    const people = await findPeopleOfCase(trx, kase.id);
    const values = await versionValues(trx, profile, input);
    let number = decision.current_version;
    if (decision.status === 'returned') {
      number += 1;
      await insertVersion(trx, id, number, values, actor.id, now);
    } else {
      await updateVersionDraft(trx, id, number, values);
    }
    await replaceVersionPeople(trx, id, number, decidedPeople(people, input));
    const status =
      decision.status === 'returned' ? nextDecisionStatus('returned', 'redraft')! : decision.status;
    const updated = await updateDecision(
      trx,
      id,
      input.version,
      { status, outcome: input.outcome, current_version: number },
      now,
    );
    if (!updated) throw staleDecision(decision);
    await recordAudit(trx, actor, {
      action: 'decision.draft',
      caseId: kase.id,
      details: { decisionId: id, versionNumber: number, outcome: input.outcome },
    });
  });
  return readDecision(db, actor, id, profile, false);
}

/** One decision with its versions, reviews and notifications; the read is audited. */
export async function getDecision(
  db: Kysely<DB>,
  actor: Actor,
  id: string,
  profile: CountryProfile,
): Promise<DecisionView> {
  return readDecision(db, actor, id, profile, true);
}

/** The decisions of a case (one per round) and whether the actor may start one. */
export async function listCaseDecisions(
  db: Kysely<DB>,
  actor: Actor,
  caseId: string,
  profile: CountryProfile,
): Promise<CaseDecisions> {
  const kase = await findCaseToActOn(db, actor, caseId, 'decision.read');
  if (!canReadClaim(actor, caseScopeOf(kase))) throw forbidden();
  const rows = await findDecisionsOfCase(db, caseId);
  const round = await roundOfCase(db, caseId);
  const decisions = await db.transaction().execute(async (trx) => {
    await recordAudit(trx, actor, { action: 'decision.read', caseId, details: { count: rows.length } });
    return Promise.all(rows.map((row) => assembleDecision(trx, actor, row, kase, profile)));
  });
  // A draft is started where the procedure will take it: once the assessment is under way (or, for
  // an inadmissibility, during the admissibility examination), never before the interview.
  const draftable = profile.procedure.transitions.some(
    (t) =>
      ['draft_recognition', 'draft_refusal', 'declare_inadmissible'].includes(t.action) &&
      t.from.includes(kase.stage),
  );
  return {
    decisions,
    canDraft: draftable && canDraftDecision(actor, caseScopeOf(kase)) && !rows.some((d) => d.round === round),
  };
}

/** The supervisor's queue: decisions submitted for review in their office, those they may review marked. */
export async function reviewQueue(db: Kysely<DB>, actor: Actor, rawQuery: unknown): Promise<ReviewQueue> {
  const query = parseOrThrow(ReviewQueueQuery, rawQuery);
  if (actor.role !== 'supervisor' && actor.role !== 'administrator') throw forbidden();
  const scope = caseListScope(actor);
  if (scope === 'none') return { items: [] };
  const rows = await findReviewQueue(db, query.status, scope.officeId, scope);
  await recordAudit(db, actor, {
    action: 'decision.read',
    details: { queue: query.status, count: rows.length },
  });
  return {
    items: rows.map((r) => ({
      decisionId: r.id,
      caseId: r.case_id,
      caseNumber: r.case_number,
      outcome: r.outcome as OutcomeId | null,
      versionNumber: r.current_version,
      submittedBy: r.submitted_by ? { id: r.submitted_by, name: r.submitted_by_name ?? '' } : null,
      submittedAt: r.submitted_at?.toISOString() ?? null,
      canReview: canReviewDecision(
        actor,
        { submittedBy: r.submitted_by },
        officeCaseScope(actor.officeId ?? ''),
      ),
    })),
  };
}

/** Reads a decision for the actor (claim access), auditing the read when asked. */
export async function readDecision(
  db: Kysely<DB>,
  actor: Actor,
  id: string,
  profile: CountryProfile,
  audit: boolean,
): Promise<DecisionView> {
  const { decision, kase } = await decisionToActOn(db, actor, id, 'decision.read');
  if (!canReadClaim(actor, caseScopeOf(kase))) throw forbidden();
  if (!audit) return assembleDecision(db, actor, decision, kase, profile);
  return db.transaction().execute(async (trx) => {
    await recordAudit(trx, actor, { action: 'decision.read', caseId: kase.id, details: { decisionId: id } });
    return assembleDecision(trx, actor, decision, kase, profile);
  });
}

/** The decision as the actor sees it; a draft's blank letter fields are computed from the live assessment. */
export async function assembleDecision(
  db: Kysely<DB>,
  actor: Actor,
  decision: DecisionRow,
  kase: CaseRow,
  profile: CountryProfile,
): Promise<DecisionView> {
  const [versions, people, casePeople, reviews, notifications] = await Promise.all([
    findVersions(db, decision.id),
    findDecisionPeople(db, decision.id),
    findPeopleOfCase(db, kase.id),
    findReviews(db, decision.id),
    findNotifications(db, decision.id),
  ]);
  const missing = new Map<number, string[]>();
  const previews = new Map<number, LetterBlockView[]>();
  const current = versions.find((v) => v.number === decision.current_version);
  if (current && !current.submitted_at && decision.status === 'draft') {
    const reasons = await liveReasons(db, kase.id, new Date());
    const letter = await fillLetter(db, profile, kase, current, people, reasons, null);
    missing.set(current.number, letter.missing);
    previews.set(current.number, letter.blocks);
  }
  return presentDecision({
    decision,
    caseNumber: kase.case_number,
    versions,
    people,
    casePeople,
    reviews,
    notifications,
    missing,
    previews,
    actions: decisionActionsFor(actor, decision, current, kase),
  });
}

/** The reasons the assessment gives now (a draft's preview); frozen into the version at submission. */
export async function liveReasons(db: Kysely<DB>, caseId: string, at: Date): Promise<DecisionReasons> {
  const snapshot = await loadAssessmentSnapshot(db, caseId);
  if (!snapshot) return emptyDecisionReasons;
  return reasonsFromSnapshot(snapshot, await findSourceTexts(db, snapshot.coiSourceIds), at);
}

/** The version's values, with the active template of its outcome and language (a field error when none). */
async function versionValues(
  trx: Kysely<DB>,
  profile: CountryProfile,
  input: DraftFields,
): Promise<VersionValues> {
  const problems: FieldError[] = [];
  if (!profile.procedure.outcomes.some((o) => o.id === input.outcome))
    problems.push({
      path: 'outcome',
      code: 'unknown_outcome',
      message: `The procedure has no outcome ${input.outcome}`,
    });
  const language = input.language ?? officialLanguage(profile);
  const template = await findActiveTemplate(trx, {
    country: profile.code,
    kind: 'decision',
    outcome: input.outcome,
    language,
  });
  if (!template)
    problems.push({
      path: 'language',
      code: 'no_active_template',
      message: `No model resolution is in force for ${input.outcome} in ${language}: an administrator activates one`,
    });
  if (problems.length > 0 || !template) throw validationFailed(problems);
  return {
    outcome: input.outcome,
    recognitionBasis: input.recognitionBasis,
    surPlace: input.surPlace,
    language,
    templateId: template.id,
    individualExplanation: input.individualExplanation,
  };
}

/** Everyone in the case: the principal with the outcome, dependants following unless decided separately. */
function decidedPeople(people: readonly PersonRow[], input: DraftFields) {
  const problems: FieldError[] = [];
  input.people.forEach((p, i) => {
    const person = people.find((x) => x.id === p.personId);
    if (!person)
      problems.push({
        path: `people.${i}.personId`,
        code: 'not_in_case',
        message: 'Not a person of this case',
      });
    else if (person.role === 'principal')
      problems.push({
        path: `people.${i}.personId`,
        code: 'principal',
        message: "The principal's outcome is the decision's",
      });
  });
  if (problems.length > 0) throw validationFailed(problems);
  return people.map((person) => {
    const separate = input.people.find((p) => p.personId === person.id && !p.followsPrincipal);
    return separate
      ? {
          personId: person.id,
          outcome: separate.outcome!,
          followsPrincipal: false,
          reasons: separate.reasons,
        }
      : { personId: person.id, outcome: input.outcome, followsPrincipal: true, reasons: '' };
  });
}

/** The language of decisions: the first official language of the country (Spanish; English in Belize). */
export const officialLanguage = (profile: CountryProfile) => profile.officialLanguages[0] ?? 'spa';

export const staleDecision = (decision: Pick<DecisionRow, 'version'>) =>
  new AppError(
    'conflict',
    `The decision has changed since you opened it: it is now at version ${decision.version}. Reload it and try again.`,
  );
