import type { FieldError, Role } from '@refugio/contract';
import { AppError, forbidden, validationFailed } from '../errors/app-error';
import {
  findTransition,
  impliedClosureReason,
  impliedOutcome,
  isEnabled,
  type ActionId,
  type ClosureReasonId,
  type OutcomeId,
  type Procedure,
  type ProcedureEvent,
  type ProcedureState,
  type StageId,
} from './procedure';
import { checkTransitionData, dateFieldOf, type TransitionData } from './transition-data';

/** What the case service records for one transition (the case event), besides who and when. */
export interface TransitionEvent {
  action: ActionId;
  fromStage: StageId;
  toStage: StageId;
  actorRole: Role;
  /** The outcome this action recorded, or null when it recorded none. */
  outcome: OutcomeId | null;
  closureReason: ClosureReasonId | null;
  /** The procedural event a deadline may run from, with its date from the data. */
  marks: { event: ProcedureEvent; date: string } | null;
  /** Procedural events this action sets aside (their dates no longer start or meet limits). */
  clears: ProcedureEvent[];
  data: TransitionData;
}

export type TransitionFailure =
  | { code: 'unknown_action'; message: string }
  | { code: 'role_not_allowed'; message: string; allowedRoles: Role[] }
  | { code: 'stage_not_allowed'; message: string; allowedFrom: StageId[] }
  | { code: 'outcome_not_allowed'; message: string; allowedOutcomes: OutcomeId[] }
  | { code: 'invalid_data'; message: string; fields: FieldError[] };

export type TransitionResult =
  { ok: true; state: ProcedureState; event: TransitionEvent } | { ok: false; error: TransitionFailure };

/** The actions a user with this role may take on a case in this state; the UI shows exactly these. */
export function allowedActions(procedure: Procedure, state: ProcedureState, role: Role): ActionId[] {
  return procedure.transitions
    .filter((t) => t.roles.includes(role) && isEnabled(t, state))
    .map((t) => t.action);
}

/**
 * Takes one step of the procedure: checks the role, the stage, the outcome the step depends on and the
 * data, then returns the new state and the event to record, or the first reason it may not happen.
 * Pure: the caller authorises the office, loads the state, and writes the event in its transaction.
 */
export function applyTransition(
  procedure: Procedure,
  state: ProcedureState,
  action: ActionId,
  actorRole: Role,
  data: unknown,
): TransitionResult {
  const transition = findTransition(procedure, action);
  if (transition === undefined) {
    return fail({ code: 'unknown_action', message: `This procedure has no action ${action}` });
  }
  if (!transition.roles.includes(actorRole)) {
    return fail({
      code: 'role_not_allowed',
      message: `${actorRole} may not ${action}`,
      allowedRoles: [...transition.roles],
    });
  }
  if (!transition.from.includes(state.stage)) {
    return fail({
      code: 'stage_not_allowed',
      message: `${action} is not possible from ${state.stage}`,
      allowedFrom: [...transition.from],
    });
  }
  if (!isEnabled(transition, state)) {
    const allowedOutcomes = [...(transition.whenOutcome ?? [])];
    return fail({
      code: 'outcome_not_allowed',
      message: `${action} needs an outcome of ${allowedOutcomes.join(', ')}, not ${state.outcome ?? 'none'}`,
      allowedOutcomes,
    });
  }
  const checked = checkTransitionData(procedure, transition, data);
  if (!checked.ok) {
    const message = checked.fields.map((f) => `${f.path}: ${f.message}`).join('; ');
    return fail({ code: 'invalid_data', message, fields: checked.fields });
  }

  const outcome = checked.data.outcome ?? impliedOutcome(transition);
  const dateField = transition.marks === undefined ? null : dateFieldOf(transition.marks);
  const markedOn = dateField === null ? undefined : checked.data[dateField];
  return {
    ok: true,
    state: { stage: transition.to, outcome: outcome ?? state.outcome },
    event: {
      action,
      fromStage: state.stage,
      toStage: transition.to,
      actorRole,
      outcome,
      closureReason: checked.data.closureReason ?? impliedClosureReason(transition),
      marks:
        transition.marks !== undefined && typeof markedOn === 'string'
          ? { event: transition.marks, date: markedOn }
          : null,
      clears: [...(transition.clears ?? [])],
      data: checked.data,
    },
  };
}

function fail(error: TransitionFailure): TransitionResult {
  return { ok: false, error };
}

/** The API error for a refused transition: 403 for the role, 409 for the case's state, 400 for the data. */
export function transitionFailureToAppError(failure: TransitionFailure): AppError {
  switch (failure.code) {
    case 'role_not_allowed':
      return forbidden();
    case 'unknown_action':
    case 'stage_not_allowed':
    case 'outcome_not_allowed':
      return new AppError('conflict', failure.message);
    case 'invalid_data':
      return validationFailed(failure.fields);
  }
}
