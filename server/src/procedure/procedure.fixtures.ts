import type { DataField, Procedure, ProcedureState, StageId, Transition } from './procedure';
import type { TransitionData } from './transition-data';

/**
 * Test data: a valid value for every field a transition requires, consistent with each other. `choice`
 * picks among the outcomes and closure reasons the transition allows.
 */
export function validData(procedure: Procedure, transition: Transition, choice = 0): TransitionData {
  const pick = <T>(list: readonly T[] | undefined) => (list ? list[choice % list.length] : undefined);
  const data: TransitionData = {};
  for (const field of transition.requires) setValid(data, field, procedure, transition, pick);
  return data;
}

type Pick = <T>(list: readonly T[] | undefined) => T | undefined;

function setValid(
  data: TransitionData,
  field: DataField,
  procedure: Procedure,
  transition: Transition,
  pick: Pick,
): void {
  const outcome = pick(transition.outcomes);
  switch (field) {
    case 'interviewDate':
    case 'referralDate':
    case 'decisionDate':
    case 'notificationDate':
    case 'appealDate':
      data[field] = '2026-03-02';
      return;
    case 'decisionReasons':
      data.decisionReasons = 'Hechos, credibilidad y fundamento jurídico.';
      return;
    case 'reason':
      data.reason = 'Motivo registrado por la persona usuaria.';
      return;
    case 'outcome':
      data.outcome = outcome;
      return;
    case 'complementaryProtectionAssessment':
      data.complementaryProtectionAssessment = {
        protectionNeeded: outcome === 'complementary_protection',
        reasons: 'Riesgo evaluado conforme a los artículos 28 y 29.',
      };
      return;
    case 'closureReason':
      data.closureReason = pick(transition.closureReasons);
      return;
    case 'reopeningGround':
      data.reopeningGround = pick(procedure.reopeningGrounds)?.id;
      return;
  }
}

/** A state from which the transition may be taken at `stage` (its outcome guard satisfied). */
export function stateFor(transition: Transition, stage: StageId): ProcedureState {
  return { stage, outcome: transition.whenOutcome?.[0] ?? null };
}
