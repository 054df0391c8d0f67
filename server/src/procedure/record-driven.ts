import type { ProcedureActionView } from '@refugio/contract';
import type { ActionId } from './procedure';
import { interviewSteps } from '../interviews/interview-steps';
import { assessmentSteps } from '../assessments/assessment-steps';
import { decisionSteps } from '../decisions/decision-steps';
import { appealSteps } from '../appeals/appeal-steps';

export type StepPanel = Exclude<ProcedureActionView['via'], 'form'>;

const panels: readonly (readonly [StepPanel, readonly ActionId[]])[] = [
  ['interviews', interviewSteps],
  ['assessment', assessmentSteps],
  ['decision', decisionSteps],
  ['appeal', appealSteps],
];

/**
 * Where a step is taken: through the record that drives it (an interview, an assessment, a decision,
 * an appeal), or through the generic step form. A driven step is refused by the generic route, so a
 * case never moves without the record the law needs behind the move.
 */
export function stepTakenVia(action: ActionId): ProcedureActionView['via'] {
  return panels.find(([, actions]) => actions.includes(action))?.[0] ?? 'form';
}
