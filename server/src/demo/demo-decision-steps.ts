import type { DecisionStepResult } from '@refugio/contract';
import { draftDecision, saveDecisionDraft } from '../decisions/decision.service';
import { approveDecision, returnDecision, submitDecision } from '../decisions/decision-review.service';
import { notifyDecision } from '../decisions/decision-notification.service';
import { individualExplanation, returnComments } from './demo-analysis';
import { reviseDemoAssessment } from './demo-assessment-steps';
import type { DemoCase, DemoWorld } from './demo-case';

function draftOf(kase: DemoCase) {
  const conclusion = kase.assessment!.sections.find((s) => s.id === 'conclusion')!.content;
  return {
    outcome: kase.outcome,
    recognitionBasis: (conclusion.recognitionBasis as string | null) ?? null,
    individualExplanation: individualExplanation(kase.story, kase.outcome),
  };
}

function keep(kase: DemoCase, result: DecisionStepResult): void {
  // Every step here is taken by someone who reads the case, so the case comes back with the decision.
  kase.version = result.case!.version;
  kase.decision = { id: result.decision.id, version: result.decision.version };
}

async function submit(world: DemoWorld, kase: DemoCase, now: Date): Promise<void> {
  keep(
    kase,
    await submitDecision(
      world.db,
      world.team.eligibility,
      kase.decision!.id,
      { version: kase.decision!.version, caseVersion: kase.version },
      world.jurisdiction,
      now,
    ),
  );
}

/** The officer drafts the decision from the assessment's conclusion and submits it for review. */
export async function submitDemoDecision(world: DemoWorld, kase: DemoCase, now: Date): Promise<void> {
  const drafted = await draftDecision(
    world.db,
    world.team.eligibility,
    kase.id,
    draftOf(kase),
    world.jurisdiction.profile,
    now,
  );
  kase.decision = { id: drafted.id, version: drafted.version };
  await submit(world, kase, now);
}

/** The supervisor returns the draft with comments; the case goes back to assessment. */
export async function returnDemoDecision(world: DemoWorld, kase: DemoCase, now: Date): Promise<void> {
  keep(
    kase,
    await returnDecision(
      world.db,
      world.team.supervisor,
      kase.decision!.id,
      { version: kase.decision!.version, caseVersion: kase.version, comments: returnComments },
      world.jurisdiction,
      now,
    ),
  );
}

/** The officer answers the comments in the assessment, opens the next version and submits it. */
export async function resubmitDemoDecision(world: DemoWorld, kase: DemoCase, now: Date): Promise<void> {
  await reviseDemoAssessment(world, kase, now);
  const saved = await saveDecisionDraft(
    world.db,
    world.team.eligibility,
    kase.decision!.id,
    { version: kase.decision!.version, ...draftOf(kase) },
    world.jurisdiction.profile,
    now,
  );
  kase.decision = { id: saved.id, version: saved.version };
  await submit(world, kase, now);
}

/** The supervisor approves: the decision is issued and its letter stored. */
export async function approveDemoDecision(world: DemoWorld, kase: DemoCase, now: Date): Promise<void> {
  keep(
    kase,
    await approveDecision(
      world.db,
      world.team.supervisor,
      kase.decision!.id,
      { version: kase.decision!.version, caseVersion: kase.version },
      world.jurisdiction,
      now,
    ),
  );
}

/**
 * The registration officer notifies the principal in person, explained in their language, and the
 * adult partner too; the principal's notification starts the appeal window.
 */
export async function notifyDemoDecision(
  world: DemoWorld,
  kase: DemoCase,
  on: string,
  now: Date,
): Promise<void> {
  const language = kase.interview?.language ?? 'spa';
  const people = [
    kase.principal.id,
    ...kase.dependants.filter((d) => d.relationship === 'spouse').map((d) => d.id),
  ];
  for (const [i, personId] of people.entries()) {
    keep(
      kase,
      await notifyDecision(
        world.db,
        world.team.registration,
        kase.decision!.id,
        {
          version: kase.decision!.version,
          caseVersion: kase.version,
          personId,
          notifiedOn: on,
          method: 'in_person',
          explainedIn: language,
          proofKind: 'signed_acknowledgement',
          proofReference: `Acuse de notificación ${kase.number}-${i + 1}`,
        },
        world.jurisdiction,
        now,
      ),
    );
  }
}
