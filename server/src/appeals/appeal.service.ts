import type { Kysely } from 'kysely';
import {
  AppealInboxQuery,
  DecideAppealInput,
  FileAppealInput,
  MarkOverturnedSeenInput,
  OverturnedQuery,
  WithdrawAppealInput,
  overturningOutcomes,
  todayIn,
  type AppealInbox,
  type AppealStepResult,
  type AppealTimeliness,
  type CaseAppeals,
  type OverturnedList,
} from '@refugio/contract';
import type { DB } from '../db/schema';
import type { Actor } from '../access/actor';
import type { Jurisdiction } from '../countries/jurisdiction';
import { canDecideAppeal, canReadClaim, caseListScope, caseScopeOf, hasPermission } from '../access/policy';
import { recordAudit } from '../audit/audit.repository';
import { AppError, forbidden, notFound, staleCase, validationFailed } from '../errors/app-error';
import { parseOrThrow } from '../errors/parse';
import { findTransition, isEnabled, type OutcomeId, type Procedure } from '../procedure/procedure';
import { findEventsOfCase, type CaseRow } from '../cases/case.repository';
import { findCaseToActOn } from '../cases/case-to-act-on';
import { advanceCase } from '../cases/advance-case';
import { setAsideDecision } from '../decisions/decision-facts';
import { deadlinesOfCase } from '../deadlines/case-deadlines';
import { appealRemedyOf } from '../countries/appeal-remedy';
import { latestDecision, type IssuedDecision } from './decision-involvement';
import {
  findAppealById,
  findAppealInbox,
  findAppealsOfCase,
  findOpenAppealOfDecision,
  findOverturnedAppeals,
  insertAppeal,
  markAppealsSeen,
  recordAppealDecision,
  recordAppealWithdrawal,
  type AppealRow,
} from './appeal.repository';
import {
  presentAppeal,
  presentInboxItem,
  presentIssuedDecision,
  presentOverturned,
} from './appeal.presenter';

const involvementOf = (row: AppealRow) => ({
  authorId: row.decision_author_id,
  approverId: row.decision_approver_id,
  interviewerIds: row.decision_interviewer_ids,
});

/** Whether the actor may record the withdrawal of a lodged appeal: whoever may receive an appeal. */
function mayWithdraw(actor: Actor, kase: CaseRow, row: AppealRow, procedure: Procedure): boolean {
  const withdraw = findTransition(procedure, 'withdraw_appeal');
  return (
    row.status === 'lodged' &&
    withdraw !== undefined &&
    withdraw.roles.includes(actor.role) &&
    isEnabled(withdraw, { stage: kase.stage, outcome: kase.outcome })
  );
}

function present(actor: Actor, kase: CaseRow, row: AppealRow, procedure: Procedure) {
  return presentAppeal(row, {
    withNarrative: canReadClaim(actor, caseScopeOf(kase)),
    canDecide: row.status === 'lodged' && canDecideAppeal(actor, caseScopeOf(kase), involvementOf(row)),
    canWithdraw: mayWithdraw(actor, kase, row, procedure),
  });
}

/** The decision an appeal may be filed against now: the latest, notified, refusal-like one with none open. */
async function appealableDecision(
  db: Kysely<DB>,
  kase: CaseRow,
  jurisdiction: Jurisdiction,
): Promise<IssuedDecision | null> {
  const lodge = findTransition(jurisdiction.profile.procedure, 'lodge_appeal');
  if (!lodge || !isEnabled(lodge, { stage: kase.stage, outcome: kase.outcome })) return null;
  const decision = latestDecision(await findEventsOfCase(db, kase.id));
  if (!decision?.notifiedOn) return null;
  return (await findOpenAppealOfDecision(db, decision.eventId)) ? null : decision;
}

/** The appeals of a case and whether one may be filed now; audited as a read of the case's record. */
export async function getCaseAppeals(
  db: Kysely<DB>,
  actor: Actor,
  caseId: string,
  jurisdiction: Jurisdiction,
): Promise<CaseAppeals> {
  const kase = await findCaseToActOn(db, actor, caseId, 'read_appeals');
  const rows = await findAppealsOfCase(db, caseId);
  const appealable = await appealableDecision(db, kase, jurisdiction);
  const { procedure } = jurisdiction.profile;
  // Reading the appeals (grounds, reasons) is reading the case's record; an empty list reveals nothing.
  if (rows.length > 0) {
    await recordAudit(db, actor, { action: 'appeal.read', caseId, details: { count: rows.length } });
  }
  return {
    appeals: rows.map((row) => present(actor, kase, row, procedure)),
    appealable: appealable ? presentIssuedDecision(appealable) : null,
    canFile:
      appealable !== null && (findTransition(procedure, 'lodge_appeal')?.roles ?? []).includes(actor.role),
    outcomes: [...(findTransition(procedure, 'decide_appeal')?.outcomes ?? [])],
    remedy: appealRemedyOf(
      jurisdiction.profile,
      appealable?.outcome ?? rows.at(-1)?.decision_outcome ?? kase.outcome,
    ),
  };
}

/** The appeal window as the deadline engine judged it once the appeal's date was recorded. */
function timelinessOf(window: { status: string; dueDate: string | null } | undefined): AppealTimeliness {
  if (!window) return 'unknown';
  if (window.status === 'met') return 'in_time';
  if (window.status === 'met_late') return 'late';
  return 'unknown';
}

/**
 * Records an appeal against the case's notified decision, as received at the office, and takes
 * `lodge_appeal` with its date. Whether it came in time is the deadline engine's judgement of the
 * `appeal_filing` limit (suspensions counted); a late appeal is kept, with the reason it is admitted
 * (UNHCR APP-1: the limit is applied flexibly). One open appeal per decision.
 */
export async function fileAppeal(
  db: Kysely<DB>,
  actor: Actor,
  caseId: string,
  raw: unknown,
  jurisdiction: Jurisdiction,
  now: Date,
): Promise<AppealStepResult> {
  const input = parseOrThrow(FileAppealInput, raw);
  await findCaseToActOn(db, actor, caseId, 'lodge_appeal');
  const { profile } = jurisdiction;
  const lodge = findTransition(profile.procedure, 'lodge_appeal');
  if (!lodge) throw new AppError('conflict', 'This procedure has no appeal');
  if (!lodge.roles.includes(actor.role)) throw forbidden();
  const today = todayIn(profile.timeZone, now);

  return db.transaction().execute(async (trx) => {
    const kase = await findCaseToActOn(trx, actor, caseId, 'lodge_appeal');
    if (kase.version !== input.caseVersion) throw staleCase(kase.version);
    const decision = latestDecision(await findEventsOfCase(trx, caseId));
    if (!decision?.notifiedOn || !isEnabled(lodge, { stage: kase.stage, outcome: kase.outcome })) {
      throw new AppError('conflict', 'The case has no notified decision that can be appealed');
    }
    if (await findOpenAppealOfDecision(trx, decision.eventId)) {
      throw new AppError('conflict', 'An appeal against this decision is already on file');
    }
    if (input.filedOn > today) {
      throw validationFailed([
        { path: 'filedOn', code: 'in_future', message: 'The filing date is in the future' },
      ]);
    }
    if (input.filedOn < decision.notifiedOn) {
      throw validationFailed([
        {
          path: 'filedOn',
          code: 'before_notification',
          message: 'The appeal cannot precede the notification',
        },
      ]);
    }

    const id = crypto.randomUUID();
    const updated = await advanceCase(
      trx,
      actor,
      caseId,
      {
        action: 'lodge_appeal',
        data: { appealDate: input.filedOn },
        expectedVersion: input.caseVersion,
        record: { kind: 'appeal', id },
      },
      jurisdiction,
      now,
    );
    const window = (await deadlinesOfCase(trx, jurisdiction, updated, today)).find(
      (d) => d.limit === 'appeal_filing',
    );
    const timeliness = timelinessOf(window);
    if (timeliness === 'late' && input.lateReason === '') {
      throw validationFailed([
        {
          path: 'lateReason',
          code: 'required',
          message: `The appeal window ran until ${window?.dueDate ?? '?'}: record why the late appeal is admitted`,
        },
      ]);
    }
    await insertAppeal(trx, {
      id,
      case_id: caseId,
      decision_event_id: decision.eventId,
      decision_id: decision.recordId,
      decision_author_id: decision.involvement.authorId,
      decision_approver_id: decision.involvement.approverId,
      decision_interviewer_ids: [...decision.involvement.interviewerIds],
      decision_outcome: decision.outcome,
      decision_issued_on: decision.issuedOn,
      decision_notified_on: decision.notifiedOn,
      filed_on: input.filedOn,
      received_by: actor.id,
      grounds: input.grounds,
      representative: input.representative,
      due_on: window?.dueDate ?? null,
      timeliness,
      late_reason: timeliness === 'late' ? input.lateReason : '',
      created_at: now,
      updated_at: now,
    });
    await recordAudit(trx, actor, {
      action: 'appeal.file',
      caseId,
      details: { appealId: id, decisionEventId: decision.eventId, timeliness },
    });
    const row = (await findAppealById(trx, id))!;
    return {
      appeal: present(actor, updated, row, jurisdiction.profile.procedure),
      caseVersion: updated.version,
    };
  });
}

/**
 * Records the decision on an appeal and takes `decide_appeal`. Only an appeals officer who had no part
 * in the decision appealed (neither its author, its approver nor an interviewer) may decide it; the
 * database refuses it too. The reasons stay in the appeal, out of the case's history.
 */
export async function decideAppeal(
  db: Kysely<DB>,
  actor: Actor,
  appealId: string,
  raw: unknown,
  jurisdiction: Jurisdiction,
  now: Date,
): Promise<AppealStepResult> {
  const input = parseOrThrow(DecideAppealInput, raw);
  const appeal = await findAppealById(db, appealId);
  if (!appeal) throw notFound('Appeal not found');
  const kase = await findCaseToActOn(db, actor, appeal.case_id, 'decide_appeal');
  if (!canDecideAppeal(actor, caseScopeOf(kase), involvementOf(appeal))) {
    await recordAudit(db, actor, {
      action: 'case.action_denied',
      caseId: kase.id,
      details: { action: 'decide_appeal', appealId },
    });
    throw forbidden();
  }
  const decide = findTransition(jurisdiction.profile.procedure, 'decide_appeal');
  const outcomes: readonly OutcomeId[] = decide?.outcomes ?? [];
  const problems = [];
  if (!outcomes.includes(input.outcome)) {
    problems.push({
      path: 'outcome',
      code: 'not_allowed',
      message: `An appeal cannot end in ${input.outcome}`,
    });
  }
  if (input.decidedOn > todayIn(jurisdiction.profile.timeZone, now)) {
    problems.push({ path: 'decidedOn', code: 'in_future', message: 'The decision date is in the future' });
  } else if (input.decidedOn < appeal.filed_on) {
    problems.push({
      path: 'decidedOn',
      code: 'before_filing',
      message: 'The decision cannot precede the appeal',
    });
  }
  if (problems.length > 0) throw validationFailed(problems);

  return db.transaction().execute(async (trx) => {
    const current = await findAppealById(trx, appealId);
    if (!current) throw notFound('Appeal not found');
    if (current.status !== 'lodged') throw new AppError('conflict', `The appeal is ${current.status}`);
    const updated = await advanceCase(
      trx,
      actor,
      appeal.case_id,
      {
        action: 'decide_appeal',
        data: { outcome: input.outcome, decisionReasons: input.reasons, decisionDate: input.decidedOn },
        expectedVersion: input.caseVersion,
        record: { kind: 'appeal', id: appealId },
        omitFromEvent: ['decisionReasons'],
      },
      jurisdiction,
      now,
    );
    const version = await recordAppealDecision(trx, {
      id: appealId,
      version: input.version,
      decidedBy: actor.id,
      decidedOn: input.decidedOn,
      outcome: input.outcome,
      reasons: input.reasons,
      now,
    });
    if (version === undefined) {
      throw new AppError(
        'conflict',
        `The appeal has changed since you opened it: it is now at version ${current.version}`,
      );
    }
    // A remittal annuls the first decision: it no longer stands and a new one is drafted in a new round.
    if (input.outcome === 'remitted' && current.decision_id) await setAsideDecision(trx, current.decision_id);
    await recordAudit(trx, actor, {
      action: 'appeal.decide',
      caseId: appeal.case_id,
      details: { appealId, outcome: input.outcome },
    });
    const row = (await findAppealById(trx, appealId))!;
    return {
      appeal: present(actor, updated, row, jurisdiction.profile.procedure),
      caseVersion: updated.version,
    };
  });
}

/**
 * Records the applicant's withdrawal of a lodged appeal and takes `withdraw_appeal`: the case returns to
 * `notified` with the first-instance outcome kept, so the refusal stands and becomes final by
 * `close_final` like any unappealed decision (statistics count the first-instance decision, never an
 * "otherwise closed" case). Not `close` with reason `withdrawn`: that is a withdrawal of the claim.
 * Received by those who may receive an appeal; the applicant's words stay in the appeal, under the
 * claim's access rule, out of the case's history and the audit log.
 */
export async function withdrawAppeal(
  db: Kysely<DB>,
  actor: Actor,
  appealId: string,
  raw: unknown,
  jurisdiction: Jurisdiction,
  now: Date,
): Promise<AppealStepResult> {
  const input = parseOrThrow(WithdrawAppealInput, raw);
  const appeal = await findAppealById(db, appealId);
  if (!appeal) throw notFound('Appeal not found');
  await findCaseToActOn(db, actor, appeal.case_id, 'withdraw_appeal');
  const { procedure, timeZone } = jurisdiction.profile;
  const withdraw = findTransition(procedure, 'withdraw_appeal');
  if (!withdraw) throw new AppError('conflict', 'This procedure has no withdrawal of an appeal');
  if (!withdraw.roles.includes(actor.role)) {
    await recordAudit(db, actor, {
      action: 'case.action_denied',
      caseId: appeal.case_id,
      details: { action: 'withdraw_appeal', appealId },
    });
    throw forbidden();
  }
  if (input.receivedOn > todayIn(timeZone, now)) {
    throw validationFailed([
      { path: 'receivedOn', code: 'in_future', message: 'The date of the withdrawal is in the future' },
    ]);
  }
  if (input.receivedOn < appeal.filed_on) {
    throw validationFailed([
      { path: 'receivedOn', code: 'before_filing', message: 'The withdrawal cannot precede the appeal' },
    ]);
  }

  return db.transaction().execute(async (trx) => {
    const current = await findAppealById(trx, appealId);
    if (!current) throw notFound('Appeal not found');
    if (current.status !== 'lodged') throw new AppError('conflict', `The appeal is ${current.status}`);
    const updated = await advanceCase(
      trx,
      actor,
      appeal.case_id,
      {
        action: 'withdraw_appeal',
        data: {},
        expectedVersion: input.caseVersion,
        record: { kind: 'appeal', id: appealId },
      },
      jurisdiction,
      now,
    );
    const version = await recordAppealWithdrawal(trx, {
      id: appealId,
      version: input.version,
      withdrawnBy: actor.id,
      receivedOn: input.receivedOn,
      method: input.method,
      note: input.note,
      now,
    });
    if (version === undefined) {
      throw new AppError(
        'conflict',
        `The appeal has changed since you opened it: it is now at version ${current.version}`,
      );
    }
    await recordAudit(trx, actor, {
      action: 'appeal.withdraw',
      caseId: appeal.case_id,
      details: { appealId, method: input.method },
    });
    const row = (await findAppealById(trx, appealId))!;
    return { appeal: present(actor, updated, row, procedure), caseVersion: updated.version };
  });
}

/**
 * The appeals awaiting (or past) decision that the actor may work on: supervisors of their office;
 * appeals officers and administrators every office's (an appeal on file opens its case to appeals
 * officers, who decide for every office). No grounds: they are read on the case file.
 */
export async function listAppealInbox(db: Kysely<DB>, actor: Actor, raw: unknown): Promise<AppealInbox> {
  const query = parseOrThrow(AppealInboxQuery, raw);
  const scope = caseListScope(actor);
  const allowed = ['appeals_officer', 'supervisor', 'administrator'].includes(actor.role);
  if (!allowed || scope === 'none') throw forbidden();
  const everyOffice = scope.allOffices || scope.appealsOnFile;
  if (!everyOffice && query.officeId && query.officeId !== scope.officeId) throw forbidden();
  const officeId = everyOffice ? (query.officeId ?? null) : scope.officeId;
  const rows = await findAppealInbox(db, { status: query.status, officeId, visible: scope });
  await recordAudit(db, actor, {
    action: 'appeal.inbox_read',
    details: { status: query.status, officeId, count: rows.length },
  });
  return { items: rows.map(presentInboxItem) };
}

/**
 * Whose overturned decisions the actor may read: their own (as author or approver) always; a
 * supervisor their office's; an administrator every office's. Statisticians read no reasons.
 */
function overturnedScope(actor: Actor, query: ReturnType<typeof OverturnedQuery.parse>) {
  if (!hasPermission(actor, 'case.read')) throw forbidden();
  const officerId = query.officerId ?? null;
  if (actor.role === 'administrator') return { officerId, officeId: query.officeId ?? null };
  if (actor.role === 'supervisor') {
    if (!actor.officeId || (query.officeId && query.officeId !== actor.officeId)) throw forbidden();
    return { officerId, officeId: actor.officeId };
  }
  if (officerId && officerId !== actor.id) throw forbidden();
  if (query.officeId) throw forbidden();
  return { officerId: actor.id, officeId: null };
}

/** Decisions overturned or remitted on appeal, with the reasons, for the officers who made them. */
export async function listOverturned(db: Kysely<DB>, actor: Actor, raw: unknown): Promise<OverturnedList> {
  const query = parseOrThrow(OverturnedQuery, raw);
  const scope = overturnedScope(actor, query);
  const rows = await findOverturnedAppeals(db, {
    ...scope,
    outcomes: overturningOutcomes,
    from: query.from ?? null,
    to: query.to ?? null,
    viewerId: actor.id,
  });
  await recordAudit(db, actor, {
    action: 'appeal.feedback_read',
    details: { officerId: scope.officerId, officeId: scope.officeId, count: rows.length },
  });
  const items = rows.map(presentOverturned);
  return { items, unseen: items.filter((i) => !i.seen).length };
}

/** Marks overturned decisions the actor may read as seen by them. */
export async function markOverturnedSeen(
  db: Kysely<DB>,
  actor: Actor,
  raw: unknown,
  now: Date,
): Promise<OverturnedList> {
  const input = parseOrThrow(MarkOverturnedSeenInput, raw);
  const visible = await listOverturned(db, actor, {});
  const ids = new Set(visible.items.map((i) => i.appealId));
  const unknown = input.appealIds.findIndex((id) => !ids.has(id));
  if (unknown >= 0) {
    throw validationFailed([
      { path: `appealIds.${unknown}`, code: 'not_found', message: 'No such overturned decision for you' },
    ]);
  }
  await db.transaction().execute(async (trx) => {
    const marked = await markAppealsSeen(trx, actor.id, input.appealIds, now);
    await recordAudit(trx, actor, { action: 'appeal.feedback_seen', details: { count: marked } });
  });
  return listOverturned(db, actor, {});
}
