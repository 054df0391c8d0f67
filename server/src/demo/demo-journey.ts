import { assignCase } from '../assignments/assignment.service';
import { extendDeadline } from '../deadlines/extension.service';
import { instantAt } from '../interviews/local-time';
import { recordPresentation } from '../presentations/presentation.service';
import { assessDemoCase } from './demo-assessment-steps';
import { decideDemoAppeal, fileDemoAppeal } from './demo-appeal-steps';
import type { DemoCase, DemoWorld } from './demo-case';
import {
  approveDemoDecision,
  notifyDemoDecision,
  resubmitDemoDecision,
  returnDemoDecision,
  submitDemoDecision,
} from './demo-decision-steps';
import { holdDemoInterview, recordDemoNoShow, scheduleDemoInterview } from './demo-interview-steps';
import { takePaperStep } from './demo-paper-steps';
import type { DemoStep, DemoStepKind } from './demo-plan';

/** The local time each kind of step is taken at (the interview's own come from its slot). */
const timeOf: Record<DemoStepKind, string> = {
  assign: '09:15',
  schedule: '10:00',
  no_show: '10:00',
  schedule_again: '10:30',
  interview: '09:00',
  present: '11:00',
  assess: '13:00',
  extend: '14:00',
  submit: '16:00',
  return: '12:30',
  resubmit: '16:30',
  approve: '13:30',
  notify: '10:30',
  appeal: '11:30',
  decide_appeal: '12:00',
};

/** What walking the cases left undone, for the seed's report. */
export interface JourneyNotes {
  appealsLeftLodged: number;
}

function extensionOf(kase: DemoCase) {
  const language = kase.interview?.language ?? 'spa';
  return language === 'spa'
    ? {
        reason: 'no_information',
        note: 'Se solicitó a la sede central información actualizada sobre la región de origen señalada en la entrevista.',
      }
    : {
        reason: 'no_interpreter',
        note: 'La intérprete asignada no está disponible para la lectura de los documentos aportados; se solicitó apoyo a la sede central.',
      };
}

/**
 * Takes a Tapachula case through its planned steps, each through the use case the web app calls, on
 * the day the plan says: the case's version follows every step, and each record (interview, record,
 * assessment, decision, appeal) is the one the next step builds on.
 */
export async function walkDemoCase(
  world: DemoWorld,
  kase: DemoCase,
  steps: readonly DemoStep[],
  notes: JourneyNotes,
): Promise<void> {
  const { db, jurisdiction, team } = world;
  const tz = jurisdiction.profile.timeZone;
  for (const step of steps) {
    const now = instantAt(step.on, timeOf[step.kind], tz);
    if (kase.paper && (await takePaperStep(world, kase, step, now))) continue;
    switch (step.kind) {
      case 'assign':
        kase.version = (
          await assignCase(
            db,
            team.supervisor,
            kase.id,
            { version: kase.version, officerId: team.eligibility.id },
            jurisdiction,
            now,
          )
        ).version;
        break;
      case 'present':
        kase.version = (
          await recordPresentation(
            db,
            team.registration,
            kase.id,
            { version: kase.version, date: step.on },
            jurisdiction,
            now,
          )
        ).version;
        break;
      case 'schedule':
        await scheduleDemoInterview(world, kase, step.slot, now);
        break;
      case 'no_show':
        await recordDemoNoShow(world, kase);
        break;
      case 'schedule_again':
        await scheduleDemoInterview(
          world,
          kase,
          step.slot,
          now,
          'No se presentó a la entrevista anterior; justificó su inasistencia por una urgencia médica familiar.',
        );
        break;
      case 'interview':
        await holdDemoInterview(world, kase);
        break;
      case 'extend': {
        const { reason, note } = extensionOf(kase);
        kase.version = (
          await extendDeadline(
            db,
            team.supervisor,
            kase.id,
            'first_instance_decision',
            { version: kase.version, reason, length: 20, note },
            jurisdiction,
            now,
          )
        ).version;
        break;
      }
      case 'assess':
        await assessDemoCase(world, kase, step.part, step.on, now);
        break;
      case 'submit':
        await submitDemoDecision(world, kase, now);
        break;
      case 'return':
        await returnDemoDecision(world, kase, now);
        break;
      case 'resubmit':
        await resubmitDemoDecision(world, kase, now);
        break;
      case 'approve':
        await approveDemoDecision(world, kase, now);
        break;
      case 'notify':
        await notifyDemoDecision(world, kase, step.on, now);
        break;
      case 'appeal':
        await fileDemoAppeal(world, kase, step.on, step.late, now);
        break;
      case 'decide_appeal':
        if (!(await decideDemoAppeal(world, kase, step.outcome, step.on, now))) notes.appealsLeftLodged += 1;
        break;
    }
  }
}
