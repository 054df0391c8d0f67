import type { CountryProfile } from '@refugio/contract';

// The schema lives in contract/src/procedure.ts. Its types are reached through CountryProfile because
// contract/src/index.ts does not re-export that file yet; once it does, import them from the contract.
export type Procedure = CountryProfile['procedure'];
export type Transition = Procedure['transitions'][number];
export type StageId = Procedure['stages'][number]['id'];
export type ActionId = Transition['action'];
export type DataField = Transition['requires'][number];
export type OutcomeId = Procedure['outcomes'][number]['id'];
export type ClosureReasonId = Procedure['closureReasons'][number]['id'];
export type ReopeningGroundId = Procedure['reopeningGrounds'][number]['id'];
export type ProcedureEvent = NonNullable<Transition['marks']>;
export type TimeLimit = Procedure['timeLimits'][number];
export type TimeLimitId = TimeLimit['id'];
export type KnownTimeLimit = Extract<TimeLimit, { status: 'known' }>;
export type Extension = KnownTimeLimit['extension'];
export type ExtensionReasonCode = Extract<Extension, { status: 'known' }>['reasons'][number]['code'];

/** Every case starts in `registered` when it is registered and ends in `closed`. */
export const INITIAL_STAGE = 'registered' satisfies StageId;
export const FINAL_STAGE = 'closed' satisfies StageId;

/** Where a case stands: its stage, and the outcome of its latest decision or draft (null before any). */
export interface ProcedureState {
  readonly stage: StageId;
  readonly outcome: OutcomeId | null;
}

export const INITIAL_STATE: ProcedureState = { stage: INITIAL_STAGE, outcome: null };

export function findTransition(procedure: Procedure, action: ActionId): Transition | undefined {
  return procedure.transitions.find((t) => t.action === action);
}

/** Whether the transition may be taken from this state, leaving roles and data aside. */
export function isEnabled(transition: Transition, state: ProcedureState): boolean {
  if (!transition.from.includes(state.stage)) return false;
  if (transition.whenOutcome === undefined) return true;
  return state.outcome !== null && transition.whenOutcome.includes(state.outcome);
}

/** The outcome a transition records without asking: the only one it lists. */
export function impliedOutcome(transition: Transition): OutcomeId | null {
  return transition.outcomes?.length === 1 ? transition.outcomes[0]! : null;
}

export function impliedClosureReason(transition: Transition): ClosureReasonId | null {
  return transition.closureReasons?.length === 1 ? transition.closureReasons[0]! : null;
}

/**
 * Every state a transition can lead to, whatever the data: one per outcome it may record. Used by the
 * coherence check and the property test to walk the procedure without inventing data.
 */
export function successors(procedure: Procedure, state: ProcedureState): ProcedureState[] {
  const next: ProcedureState[] = [];
  for (const t of procedure.transitions) {
    if (!isEnabled(t, state)) continue;
    const outcomes: (OutcomeId | null)[] = t.outcomes ?? [state.outcome];
    for (const outcome of outcomes) next.push({ stage: t.to, outcome });
  }
  return next;
}
