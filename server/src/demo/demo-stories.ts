import type { CartagenaCircumstance, GroundId, TurnSpeaker } from '@refugio/contract';
import type { CoiKey } from './demo-coi-library';
import type { DemoOutcome } from './demo-plan';
import {
  elSalvadorMan,
  elSalvadorWoman,
  guatemalaCity,
  guatemalaMaya,
  honduras,
  nicaragua,
} from './demo-stories-central-america';
import { colombia, cuba, haiti, venezuela } from './demo-stories-caribbean-andes';

/** A material fact of a claim, with why it is accepted when it is. */
export interface StoryFact {
  statement: string;
  accepted: string;
}

/**
 * What an applicant from a country tells in the interview, and what the assessment makes of it. The
 * stories are invented and typical of the claims COMAR hears from each origin (shared/DOMAIN.md);
 * worded so that they fit a principal alone or with family, of either sex.
 */
export interface DemoStory {
  country: string;
  /** The claim in a line, for the record's observations and the decision's individual explanation. */
  summary: string;
  /** Who is feared, as the analysis names them. */
  persecutor: string;
  agent: 'state' | 'non_state' | 'both';
  grounds: readonly { ground: GroundId; reasons: string }[];
  /** Recognised on the expanded definition (LRPCAP art. 13-II) rather than on the Convention's. */
  expanded: { circumstances: readonly CartagenaCircumstance[]; reasons: string } | null;
  /** A refusal of this claim is a plain one, or complementary protection (a risk without a ground). */
  refusal: Exclude<DemoOutcome, 'recognized'>;
  coi: CoiKey;
  /** The source on state protection and internal flight. */
  protectionCoi: CoiKey;
  documents: string;
  /** Officer and applicant, alternating; the applicant's second answer (turn 4) is the central fact. */
  turns: readonly (readonly [TurnSpeaker, string])[];
  /** Background, the harm suffered, the risk that continues. */
  facts: readonly [StoryFact, StoryFact, StoryFact];
}

/** Resolves "{o/a}" endings for the applicant's sex (the feminine, as of "la persona", unless M). */
export function forSex(text: string, sex: string): string {
  return text.replace(/\{(\p{L}*)\/(\p{L}*)\}/gu, (_, m: string, f: string) => (sex === 'M' ? m : f));
}

function told(story: DemoStory, sex: string): DemoStory {
  const say = (text: string) => forSex(text, sex);
  return {
    ...story,
    summary: say(story.summary),
    persecutor: say(story.persecutor),
    grounds: story.grounds.map((g) => ({ ...g, reasons: say(g.reasons) })),
    turns: story.turns.map(([speaker, text]) => [speaker, say(text)] as const),
    facts: story.facts.map((f) => ({ statement: say(f.statement), accepted: say(f.accepted) })) as [
      StoryFact,
      StoryFact,
      StoryFact,
    ],
  };
}

function storyOf(nationality: string, languages: readonly string[], sex: string): DemoStory {
  switch (nationality) {
    case 'SLV':
      return sex === 'F' ? elSalvadorWoman : elSalvadorMan;
    case 'GTM':
      return languages.includes('quc') ? guatemalaMaya : guatemalaCity;
    case 'NIC':
      return nicaragua;
    case 'CUB':
      return cuba;
    case 'HTI':
      return haiti;
    case 'VEN':
      return venezuela;
    case 'COL':
      return colombia;
    default:
      return honduras;
  }
}

/** The story a principal tells, by nationality, languages and sex, in the words for their sex. */
export function storyFor(person: {
  nationality: string;
  languages: readonly string[];
  sex: string;
}): DemoStory {
  return told(storyOf(person.nationality, person.languages, person.sex), person.sex);
}
