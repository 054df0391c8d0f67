import type { Kysely } from 'kysely';
import { todayIn, type FieldError } from '@refugio/contract';
import type { DB } from '../db/schema';
import type { Actor } from '../access/actor';
import type { Jurisdiction } from '../countries/jurisdiction';
import { AppError, notFound, staleCase, validationFailed } from '../errors/app-error';
import { applyTransition, transitionFailureToAppError } from '../procedure/transition';
import { findTransition, isEnabled, type ActionId } from '../procedure/procedure';
import { deadlinesOfCase } from '../deadlines/case-deadlines';
import { refreshDeadlines } from '../deadlines/deadline-refresh';
import { findCaseById, insertCaseEvent, updateCaseStage, type CaseRow } from './case.repository';

/** The record that drove a step (an interview, a decision, an appeal), named on the step's event. */
export interface RecordRef {
  readonly kind: 'interview' | 'interview_record' | 'assessment' | 'decision' | 'notification' | 'appeal';
  readonly id: string;
}

/** One step of the procedure on a case, from the version of the case the user saw. */
export interface CaseStep {
  readonly action: ActionId;
  readonly data: unknown;
  readonly expectedVersion: number;
  readonly record?: RecordRef;
  /** Data the engine needs but the event must not keep (the narrative lives in the record). */
  readonly omitFromEvent?: readonly string[];
}

/**
 * The only code that changes a case's stage and outcome, inside the caller's transaction: the engine
 * checks the role (403 first), then the version the user saw (409), then stage and data (400 naming
 * the field under `data`); the case moves, the event (with the date it marks and the record that drove
 * it) and its audit entry are written, and the deadlines are refreshed. Answers the updated case.
 */
export async function advanceCase(
  trx: Kysely<DB>,
  actor: Actor,
  caseId: string,
  step: CaseStep,
  jurisdiction: Jurisdiction,
  now: Date,
): Promise<CaseRow> {
  const kase = await findCaseById(trx, caseId);
  if (!kase) throw notFound('Case not found');
  const { action } = step;
  const state = { stage: kase.stage, outcome: kase.outcome };
  const result = applyTransition(jurisdiction.profile.procedure, state, action, actor.role, step.data);
  // Who may act does not depend on the case's state; everything else is judged against the version
  // the user saw, so a stale view is reported as such before its stage or data are.
  if (!result.ok && result.error.code === 'role_not_allowed') throw transitionFailureToAppError(result.error);
  if (kase.version !== step.expectedVersion) throw staleCase(kase.version);
  if (!result.ok) {
    const error = transitionFailureToAppError(result.error);
    throw error.fields ? validationFailed(error.fields.map(underData)) : error;
  }
  if (action === 'close_final') await checkNoAppealPending(trx, jurisdiction, kase, now);

  const version = await updateCaseStage(trx, {
    caseId,
    version: step.expectedVersion,
    stage: result.state.stage,
    outcome: result.state.outcome,
    appealLodged: result.event.marks?.event === 'appeal_lodged',
    now,
  });
  // Someone else moved the case between our read and this update.
  if (version === undefined) throw staleCase((await findCaseById(trx, caseId))?.version ?? kase.version);

  const { event } = result;
  const data = step.omitFromEvent ? withoutFields(event, step.omitFromEvent) : event;
  await insertCaseEvent(
    trx,
    {
      caseId,
      type: action,
      actorId: actor.id,
      occurredAt: now,
      data: step.record ? { ...data, record: step.record } : data,
    },
    {
      actor,
      entry: {
        action: 'case.procedure_action',
        caseId,
        details: {
          action,
          fromStage: event.fromStage,
          toStage: event.toStage,
          outcome: event.outcome,
          ...(step.record ? { record: step.record } : {}),
        },
      },
    },
  );
  const updated = await findCaseById(trx, caseId);
  if (!updated) throw notFound('Case not found');
  await refreshDeadlines(trx, jurisdiction, [updated], todayIn(jurisdiction.profile.timeZone, now));
  return updated;
}

/** The event's data without the named fields of what the step recorded (`data.<field>`). */
function withoutFields<T extends { data?: unknown }>(event: T, fields: readonly string[]): T {
  if (typeof event.data !== 'object' || event.data === null) return event;
  const kept = Object.fromEntries(Object.entries(event.data).filter(([key]) => !fields.includes(key)));
  return { ...event, data: kept };
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
