import type { Kysely } from 'kysely';
import { ProcedureActionInput, todayIn, type CaseDetail, type FieldError } from '@refugio/contract';
import type { DB } from '../db/schema';
import type { Actor } from '../access/actor';
import type { Jurisdiction } from '../countries/jurisdiction';
import { AppError, notFound, staleCase, validationFailed } from '../errors/app-error';
import { parseOrThrow } from '../errors/parse';
import { applyTransition, transitionFailureToAppError } from '../procedure/transition';
import type { ActionId } from '../procedure/procedure';
import { findCaseById, insertCaseEvent, updateCaseStage, type CaseRow } from './case.repository';
import { deadlinesOfCase } from '../deadlines/case-deadlines';
import { findTransition, isEnabled } from '../procedure/procedure';
import { assembleCaseFile } from './case.service';
import { refreshDeadlines } from '../deadlines/deadline-refresh';
import { findCaseToActOn } from './case-to-act-on';

/**
 * Takes one step of the country's procedure on a case (schedule an interview, issue the decision,
 * notify it, …): the engine checks the role, the stage and the data; the case moves only from the
 * version the user saw, and its new stage, the event (with the date it marks) and the audit entry are
 * written in one transaction. Answers with the updated case file.
 */
export async function takeProcedureAction(
  db: Kysely<DB>,
  actor: Actor,
  caseId: string,
  action: string,
  raw: unknown,
  jurisdiction: Jurisdiction,
  now = new Date(),
): Promise<CaseDetail> {
  const input = parseOrThrow(ProcedureActionInput, raw);
  const procedure = jurisdiction.profile.procedure;
  if (!procedure.transitions.some((t) => t.action === action)) {
    throw validationFailed([
      { path: 'action', code: 'unknown_action', message: `This procedure has no action ${action}` },
    ]);
  }

  const seen = await findCaseToActOn(db, actor, caseId, action);

  return db.transaction().execute(async (trx) => {
    const kase = (await findCaseById(trx, caseId)) ?? seen;
    const state = { stage: kase.stage, outcome: kase.outcome };
    const result = applyTransition(procedure, state, action as ActionId, actor.role, input.data);
    // Who may act does not depend on the case's state; everything else is judged against the version
    // the user saw, so a stale view is reported as such before its stage or data are.
    if (!result.ok && result.error.code === 'role_not_allowed')
      throw transitionFailureToAppError(result.error);
    if (kase.version !== input.version) throw staleCase(kase.version);
    if (!result.ok) {
      const error = transitionFailureToAppError(result.error);
      throw error.fields ? validationFailed(error.fields.map(underData)) : error;
    }
    if (action === 'close_final') await checkNoAppealPending(trx, jurisdiction, kase, now);

    const version = await updateCaseStage(trx, {
      caseId,
      version: input.version,
      stage: result.state.stage,
      outcome: result.state.outcome,
      now,
    });
    // Someone else moved the case between our read and this update.
    if (version === undefined) throw staleCase((await findCaseById(trx, caseId))?.version ?? kase.version);

    const { event } = result;
    await insertCaseEvent(
      trx,
      { caseId, type: action, actorId: actor.id, occurredAt: now, data: event },
      {
        actor,
        entry: {
          action: 'case.procedure_action',
          caseId,
          details: { action, fromStage: event.fromStage, toStage: event.toStage, outcome: event.outcome },
        },
      },
    );
    const updated = await findCaseById(trx, caseId);
    if (!updated) throw notFound('Case not found');
    await refreshDeadlines(trx, jurisdiction, [updated], todayIn(jurisdiction.profile.timeZone, now));
    return assembleCaseFile(trx, actor, updated, jurisdiction, now);
  });
}

// The engine names the fields of the action's data; in the request they sit under `data`.
function underData(field: FieldError): FieldError {
  return { ...field, path: field.path === '(data)' ? 'data' : `data.${field.path}` };
}

/**
 * A decision becomes final only when it can no longer be appealed: while the case could still be
 * appealed (its procedure offers `lodge_appeal` now) and the appeal window has not run out, closing it
 * as final would cut off the applicant's remedy (LRPCAP art. 25). The engine has no clock, so this
 * check lives here.
 */
async function checkNoAppealPending(
  trx: Kysely<DB>,
  jurisdiction: Jurisdiction,
  kase: CaseRow,
  now: Date,
): Promise<void> {
  const { profile } = jurisdiction;
  const appeal = findTransition(profile.procedure, 'lodge_appeal');
  if (!appeal || !isEnabled(appeal, { stage: kase.stage, outcome: kase.outcome })) return;
  const window = (await deadlinesOfCase(trx, jurisdiction, kase, todayIn(profile.timeZone, now))).find(
    (d) => d.limit === 'appeal_filing',
  );
  if (window && (window.status === 'open' || window.status === 'suspended')) {
    throw new AppError(
      'conflict',
      window.dueDate
        ? `The appeal window runs until ${window.dueDate}: the decision is final only after it`
        : 'The appeal window is suspended: the decision is final only after it has run out',
    );
  }
}
