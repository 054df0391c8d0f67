import type { AssessmentSectionId, CitationInput } from '@refugio/contract';
import { startAssessment } from '../assessments/assessment.service';
import { addCitation, addFact, saveSection } from '../assessments/assessment-content.service';
import { formatDate } from './demo-dates';
import { fullerProtectionReasons, materialFacts, sectionContents, sittings } from './demo-analysis';
import type { CoiKey } from './demo-coi-library';
import type { DemoCase, DemoWorld } from './demo-case';

/** The source an assessment made on `on` cites for a key: the 2024 Honduras report until its update. */
function sourceId(world: DemoWorld, key: CoiKey, on: string): string {
  const { ids, hondurasUpdatedOn } = world.library;
  if (key === 'HND' && on < hondurasUpdatedOn) return ids.get('HND-2024')!;
  return ids.get(key)!;
}

async function save(
  world: DemoWorld,
  kase: DemoCase,
  section: AssessmentSectionId,
  content: Record<string, unknown>,
  now: Date,
): Promise<void> {
  const view = kase.assessment!;
  const current = view.sections.find((s) => s.id === section)!;
  kase.assessment = await saveSection(
    world.db,
    world.team.eligibility,
    view.id,
    section,
    { version: current.version, complete: true, content },
    world.jurisdiction,
    now,
  );
}

async function cite(world: DemoWorld, kase: DemoCase, citation: CitationInput, now: Date): Promise<void> {
  kase.assessment = await addCitation(
    world.db,
    world.team.eligibility,
    kase.assessment!.id,
    citation,
    world.jurisdiction,
    now,
  );
}

/**
 * One sitting of the eligibility officer on the assessment. The first starts it (the case takes
 * `begin_assessment`), records the material facts with what each rests on (the interview turn, the
 * country information) and the identity; the second the analysis; the third the conclusion.
 */
export async function assessDemoCase(
  world: DemoWorld,
  kase: DemoCase,
  part: 1 | 2 | 3,
  on: string,
  now: Date,
): Promise<void> {
  const { db, jurisdiction, team } = world;
  const { story } = kase;
  if (part === 1) {
    const started = await startAssessment(
      db,
      team.eligibility,
      kase.id,
      { caseVersion: kase.version },
      jurisdiction,
      now,
    );
    kase.version = started.case.version;
    kase.assessment = started.assessment;
    for (const fact of materialFacts(story, kase.outcome, kase.principal.sex)) {
      kase.assessment = await addFact(db, team.eligibility, kase.assessment.id, fact, jurisdiction, now);
    }
    const harm = kase.assessment.facts.find((f) => f.position === 2)!;
    const record = kase.record!;
    await cite(
      world,
      kase,
      {
        section: 'material_facts',
        factId: harm.id,
        kind: 'interview_turn',
        interviewRecordId: record.id,
        interviewTurnId: record.keyTurnId,
        pinpoint: `Acta de entrevista del ${formatDate(record.date)}, intervención ${record.keyTurnPosition}`,
      },
      now,
    );
    await cite(
      world,
      kase,
      {
        section: 'material_facts',
        factId: harm.id,
        kind: 'coi',
        coiSourceId: sourceId(world, story.coi, on),
        pinpoint: 'apartado 2',
      },
      now,
    );
  }
  const contents = sectionContents(story, kase.outcome, kase.dependants);
  for (const section of sittings[part]) await save(world, kase, section, contents[section], now);
  if (part === 2) {
    await cite(
      world,
      kase,
      {
        section: 'state_protection',
        kind: 'coi',
        coiSourceId: sourceId(world, story.protectionCoi, on),
        pinpoint: 'apartado 4',
      },
      now,
    );
  }
}

/** After a returned draft: the officer develops the state-protection analysis as the supervisor asked. */
export async function reviseDemoAssessment(world: DemoWorld, kase: DemoCase, now: Date): Promise<void> {
  const content = sectionContents(kase.story, kase.outcome, kase.dependants).state_protection;
  await save(
    world,
    kase,
    'state_protection',
    { ...content, reasons: fullerProtectionReasons(String(content.reasons)) },
    now,
  );
}
