import type { z } from 'zod';
import { sectionSchemas, type DecisionReasons } from '@refugio/contract';
import type { AssessmentSnapshot } from '../assessments/assessment-snapshot';

/** The assessment sections whose analysis a letter states, in the order of the UNHCR form. */
export const reasonedSections = [
  'credibility',
  'well_founded_fear',
  'grounds',
  'nexus',
  'state_protection',
  'cartagena',
  'exclusion',
  'complementary_protection',
] as const;

/**
 * The written text of a section: what the officer wrote in its fields, in the form's order. A list of
 * reasoned items (grounds) gives the reasons of each. Flags and codes (a conclusion chosen from a
 * list, a ground's id) are left to the structured record: the letter states reasons in words, never
 * a code or a checkbox. Pure.
 */
export function sectionText(id: (typeof reasonedSections)[number], content: Record<string, unknown>): string {
  const shape = sectionSchemas[id].shape as Record<string, z.ZodType>;
  const parts: string[] = [];
  for (const [key, value] of Object.entries(content)) {
    if (key === 'reasons') continue;
    if (typeof value === 'string' && value.trim() !== '' && isFreeText(shape[key])) parts.push(value.trim());
    if (Array.isArray(value))
      for (const item of value)
        if (item && typeof item === 'object' && 'reasons' in item) {
          const { reasons } = item as Record<string, unknown>;
          if (typeof reasons === 'string' && reasons.trim() !== '') parts.push(reasons.trim());
        }
  }
  const reasons = content.reasons;
  if (typeof reasons === 'string' && reasons.trim() !== '') parts.push(reasons.trim());
  return parts.join(' ');
}

/** Whether a section field holds what the officer wrote (a string), not a choice from a list (a code). */
function isFreeText(schema: z.ZodType | undefined): boolean {
  let current: z.ZodType | undefined = schema;
  while (current) {
    const def = current.def as { type: string; innerType?: z.ZodType; in?: z.ZodType };
    if (def.type === 'string') return true;
    current = def.type === 'pipe' ? def.in : def.innerType;
  }
  return false;
}

/**
 * The reasons of a decision version, taken from the assessment when the version is submitted: facts
 * accepted and rejected with their reasons and evidence, the analysis of each section, the
 * complementary-protection analysis and the country information cited. Pure.
 */
export function reasonsFromSnapshot(
  snapshot: AssessmentSnapshot,
  sources: readonly string[],
  takenAt: Date,
): DecisionReasons {
  const fact = (f: AssessmentSnapshot['facts'][number]) => ({
    statement: f.statement,
    reasons: f.reasons,
    citations: [...f.citations],
  });
  const sections: Record<string, string> = {};
  for (const id of reasonedSections) {
    const section = snapshot.sections.find((s) => s.id === id);
    const text = section?.complete ? sectionText(id, section.content) : '';
    if (text !== '') sections[id] = text;
  }
  return {
    assessmentId: snapshot.assessmentId,
    takenAt: takenAt.toISOString(),
    factsAccepted: snapshot.facts.filter((f) => f.finding === 'accepted').map(fact),
    factsRejected: snapshot.facts.filter((f) => f.finding === 'rejected').map(fact),
    sections,
    complementaryProtection: snapshot.complementaryProtection && { ...snapshot.complementaryProtection },
    sources: [...sources],
  };
}

/** The reasons as one plain text, for the procedure step that needs `decisionReasons` (never kept on the event). */
export function reasonsAsText(reasons: DecisionReasons, individualExplanation: string): string {
  const facts = (list: DecisionReasons['factsAccepted']) =>
    list.map((f) => `${f.statement} ${f.reasons}`.trim());
  return [
    ...facts(reasons.factsAccepted),
    ...facts(reasons.factsRejected),
    ...Object.values(reasons.sections),
    individualExplanation,
  ]
    .filter((s) => s.trim() !== '')
    .join('\n\n');
}
