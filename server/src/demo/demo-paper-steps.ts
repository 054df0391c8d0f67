import type { ActionId } from '../procedure/procedure';
import { individualExplanation } from './demo-analysis';
import type { DemoCase, DemoWorld } from './demo-case';
import type { DemoStep } from './demo-plan';
import { stepCase } from './direct-step';

/** The procedure's step for a planned step of a file kept on paper, with the data the engine asks. */
function paperStep(kase: DemoCase, step: DemoStep): { action: ActionId; data: object } | null {
  const reasons = individualExplanation(kase.story, kase.outcome);
  switch (step.kind) {
    case 'schedule':
      return { action: 'schedule_interview', data: { interviewDate: step.slot.date } };
    case 'no_show':
      return { action: 'record_no_show', data: { interviewDate: step.on } };
    case 'schedule_again':
      return {
        action: 'reschedule_interview',
        data: { interviewDate: step.slot.date, reason: 'No se presentó a la entrevista anterior.' },
      };
    case 'interview':
      return { action: 'record_interview', data: { interviewDate: step.on } };
    case 'assess':
      return step.part === 1 ? { action: 'begin_assessment', data: {} } : null;
    case 'submit':
    case 'resubmit':
      return kase.outcome === 'recognized'
        ? { action: 'draft_recognition', data: { decisionReasons: reasons } }
        : {
            action: 'draft_refusal',
            data: {
              outcome: kase.outcome,
              decisionReasons: reasons,
              complementaryProtectionAssessment: {
                protectionNeeded: kase.outcome === 'complementary_protection',
                reasons:
                  kase.outcome === 'complementary_protection'
                    ? 'Su vida correría peligro en caso de retorno (LRPCAP art. 28).'
                    : 'No se identificó riesgo de tortura ni de tratos crueles, inhumanos o degradantes en caso de retorno.',
              },
            },
          };
    case 'return':
      return { action: 'return_draft', data: { reason: 'Completar el análisis de protección del Estado.' } };
    case 'approve':
      return { action: 'issue_decision', data: { decisionDate: step.on } };
    case 'notify':
      return { action: 'notify_decision', data: { notificationDate: step.on } };
    case 'assign':
    case 'present':
    case 'extend':
    case 'appeal':
    case 'decide_appeal':
      return null;
  }
}

/** Who took the step on paper: the supervisor issues and returns, the registry notifies, the officer the rest. */
function takenBy(world: DemoWorld, action: ActionId) {
  if (action === 'issue_decision' || action === 'return_draft') return world.team.supervisor;
  if (action === 'notify_decision') return world.team.registration;
  return world.team.eligibility;
}

/**
 * A step of a file from before Refugio, moved without the record that drives it today (`stepCase`):
 * the demo's oldest cases, whose interviews, assessments and decisions were kept on paper. Answers
 * whether the step was one of those (assignments, signatures, extensions and appeals are not).
 */
export async function takePaperStep(
  world: DemoWorld,
  kase: DemoCase,
  step: DemoStep,
  now: Date,
): Promise<boolean> {
  const paper = paperStep(kase, step);
  // The later sittings of an assessment kept on paper leave nothing to record.
  if (!paper) return step.kind === 'assess';
  const detail = await stepCase(
    world.db,
    takenBy(world, paper.action),
    kase.id,
    paper.action,
    { version: kase.version, data: paper.data },
    world.jurisdiction,
    now,
  );
  kase.version = detail.version;
  return true;
}
