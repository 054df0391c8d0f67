import type { Kysely } from 'kysely';
import { fullName, type AssessmentView } from '@refugio/contract';
import type { DB } from '../db/schema';
import type { Actor } from '../access/actor';
import type { Jurisdiction } from '../countries/jurisdiction';
import { findCaseById, findPeopleOfCase } from '../cases/case.repository';
import type { DemoDependant } from './demo-analysis';
import type { DemoCoiLibrary } from './demo-coi-library';
import type { DemoOutcome, Slot } from './demo-plan';
import type { DemoRegister } from './demo-register';
import { storyFor, type DemoStory } from './demo-stories';

/** The demo's people, one per role, as the use cases see them. */
export interface DemoTeam {
  registration: Actor;
  eligibility: Actor;
  supervisor: Actor;
  appeals: Actor;
  administrator: Actor;
}

/** Everything a step needs besides the case: the database, the law, the team and the reference data. */
export interface DemoWorld {
  db: Kysely<DB>;
  jurisdiction: Jurisdiction;
  team: DemoTeam;
  register: DemoRegister;
  library: DemoCoiLibrary;
}

/** A Tapachula case as the demo walks it: the versions and records its next steps build on. */
export interface DemoCase {
  id: string;
  number: string;
  /** The case's version, kept current after every step. */
  version: number;
  index: number;
  outcome: DemoOutcome;
  /** A file from before Refugio: its procedure steps were taken on paper, without records. */
  paper: boolean;
  principal: { id: string; name: string; sex: string; languages: string[]; specificNeeds: string[] };
  dependants: (DemoDependant & { name: string })[];
  story: DemoStory;
  interview?: { id: string; version: number; slot: Slot; interpreterId: string | null; language: string };
  record?: { id: string; date: string; keyTurnId: number; keyTurnPosition: number };
  assessment?: AssessmentView;
  decision?: { id: string; version: number };
  appeal?: { id: string; version: number; filedOn: string };
}

/** Reads a registered case and its people, and picks the story its principal tells. */
export async function loadDemoCase(
  db: Kysely<DB>,
  caseId: string,
  index: number,
  outcome: DemoOutcome,
): Promise<DemoCase> {
  const [kase, people] = await Promise.all([findCaseById(db, caseId), findPeopleOfCase(db, caseId)]);
  const principal = people.find((p) => p.role === 'principal')!;
  const name = (p: (typeof people)[number]) =>
    fullName({ givenNames: p.given_names, firstSurname: p.first_surname, secondSurname: p.second_surname });
  const languages = principal.languages.map((l) => l.trim());
  return {
    id: caseId,
    number: kase!.case_number,
    version: kase!.version,
    index,
    outcome,
    paper: false,
    principal: {
      id: principal.id,
      name: name(principal),
      sex: principal.sex,
      languages,
      specificNeeds: principal.specific_needs,
    },
    dependants: people
      .filter((p) => p.role === 'dependant')
      .map((p) => ({ id: p.id, name: name(p), relationship: p.relationship ?? '', sex: p.sex })),
    story: storyFor({
      nationality: principal.nationalities[0]?.trim() ?? '',
      languages,
      sex: principal.sex,
    }),
  };
}
