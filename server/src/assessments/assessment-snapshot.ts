import type { Kysely } from 'kysely';
import type { z } from 'zod';
import {
  assessmentSections,
  sectionSchemas,
  type CountryProfile,
  type FieldError,
  type OutcomeId,
} from '@refugio/contract';
import type { DB } from '../db/schema';
import {
  findCitations,
  findFacts,
  findLatestAssessmentOfCase,
  findSections,
  updateAssessmentStatus,
} from './assessment.repository';
import { renderCitation } from './citation-text';
import { cartagenaRequirement, complementaryProtectionRequiredInRefusal } from './eligibility-rules';

/**
 * The seam between assessments (package B owns this file) and decisions (package C reads it): what a
 * decision's written reasons are built from, frozen into the decision version when it is submitted.
 */
export interface AssessmentSnapshot {
  assessmentId: string;
  caseId: string;
  /** The principal applicant assessed. */
  personId: string;
  round: number;
  status: 'draft' | 'submitted' | 'final' | 'set_aside';
  /** The sections in the order of the UNHCR assessment form, each with its content as entered. */
  sections: { id: string; complete: boolean; content: Record<string, unknown> }[];
  /** Material facts, each accepted or rejected with its reasons and what it rests on (rendered citations). */
  facts: { statement: string; finding: 'accepted' | 'rejected'; reasons: string; citations: string[] }[];
  proposedOutcome: OutcomeId | null;
  recognitionBasis: 'refugee_definition' | 'expanded_definition' | null;
  /** The complementary-protection analysis, when made. */
  complementaryProtection: { needed: boolean; reasons: string } | null;
  /** Every country-information source cited (for "who cites this source" and the letter's references). */
  coiSourceIds: string[];
}

/** The current round's assessment of a case, or undefined when none was started. */
export async function loadAssessmentSnapshot(
  db: Kysely<DB>,
  caseId: string,
): Promise<AssessmentSnapshot | undefined> {
  const assessment = await findLatestAssessmentOfCase(db, caseId);
  if (!assessment) return undefined;
  const [sectionRows, factRows, citationRows] = await Promise.all([
    findSections(db, assessment.id),
    findFacts(db, assessment.id),
    findCitations(db, assessment.id),
  ]);
  const sections = assessmentSections.map((id) => {
    const row = sectionRows.find((s) => s.section === id);
    // Stored content was parsed on save; parsing again fills defaults added to the schema since.
    const content = sectionSchemas[id].safeParse(row?.content ?? {});
    return {
      id,
      complete: row?.complete ?? false,
      content: (content.success ? content.data : (row?.content ?? {})) as Record<string, unknown>,
    };
  });
  const conclusion = sectionSchemas.conclusion.safeParse(
    sections.find((s) => s.id === 'conclusion')!.content,
  );
  const protectionSection = sections.find((s) => s.id === 'complementary_protection')!;
  const protection = sectionSchemas.complementary_protection.safeParse(protectionSection.content);
  return {
    assessmentId: assessment.id,
    caseId: assessment.case_id,
    personId: assessment.person_id,
    round: assessment.round,
    status: assessment.status,
    sections,
    facts: factRows.map((f) => ({
      statement: f.statement,
      finding: f.finding,
      reasons: f.reasons,
      citations: citationRows.filter((c) => c.fact_id === f.id).map(renderCitation),
    })),
    proposedOutcome: conclusion.success ? conclusion.data.proposedOutcome : null,
    recognitionBasis: conclusion.success ? conclusion.data.recognitionBasis : null,
    complementaryProtection:
      protectionSection.complete && protection.success && protection.data.needed !== null
        ? { needed: protection.data.needed, reasons: protection.data.reasons }
        : null,
    coiSourceIds: [...new Set(citationRows.flatMap((c) => (c.coi_source_id ? [c.coi_source_id] : [])))],
  };
}

const firstInstanceOutcomes: readonly OutcomeId[] = ['recognized', 'complementary_protection', 'rejected'];

const gap = (section: string, code: string, message: string): FieldError => ({
  path: `sections.${section}`,
  code,
  message,
});

/**
 * What is missing before a decision with this outcome may be submitted, as field errors under
 * `sections.<id>` (e.g. `sections.complementary_protection`, code `required_in_refusal` where the law
 * requires the analysis in every refusal). Pure.
 *
 * Every section must be complete, except Cartagena where the expanded definition is not law, and
 * complementary protection where neither the outcome nor the law needs it. The conclusion must
 * propose the outcome decided, and the sections it rests on must agree with it. Outcomes that are not
 * the merits of a claim (inadmissible; appeal outcomes) need no assessment: nothing is missing.
 */
export function assessmentReadiness(
  snapshot: AssessmentSnapshot,
  profile: CountryProfile,
  outcome: OutcomeId,
): FieldError[] {
  if (!firstInstanceOutcomes.includes(outcome)) return [];
  const missing: FieldError[] = [];
  const section = (id: string) => snapshot.sections.find((s) => s.id === id);
  const complete = (id: string) => section(id)?.complete === true;
  // A complete section's content, parsed by its schema (undefined while incomplete).
  const completed = <S extends z.ZodType>(id: string, schema: S): z.output<S> | undefined => {
    if (!complete(id)) return undefined;
    const parsed = schema.safeParse(section(id)?.content ?? {});
    return parsed.success ? parsed.data : undefined;
  };
  if (snapshot.status === 'set_aside')
    missing.push({
      path: 'status',
      code: 'set_aside',
      message: 'This assessment was set aside: start the new round',
    });

  const cartagena = cartagenaRequirement(profile);
  for (const s of snapshot.sections) {
    if (s.complete) continue;
    if (s.id === 'cartagena' && cartagena !== 'required') continue;
    if (s.id === 'complementary_protection') continue;
    missing.push(gap(s.id, 'incomplete', `The section ${s.id} is not complete`));
  }

  const protection = completed('complementary_protection', sectionSchemas.complementary_protection);
  if (outcome === 'rejected') {
    if (complementaryProtectionRequiredInRefusal(profile) && !protection)
      missing.push(
        gap(
          'complementary_protection',
          'required_in_refusal',
          'The law requires the complementary-protection analysis in every refusal, in the same resolution',
        ),
      );
    if (protection?.needed === true)
      missing.push(
        gap(
          'complementary_protection',
          'inconsistent_with_outcome',
          'Protection is needed: the outcome is not a plain refusal',
        ),
      );
  }
  if (outcome === 'complementary_protection') {
    if (!protection)
      missing.push(gap('complementary_protection', 'incomplete', 'The analysis is not complete'));
    else if (protection.needed !== true)
      missing.push(
        gap(
          'complementary_protection',
          'inconsistent_with_outcome',
          'The analysis finds no need of protection',
        ),
      );
  }

  const conclusion = completed('conclusion', sectionSchemas.conclusion);
  if (conclusion && conclusion.proposedOutcome !== outcome)
    missing.push(gap('conclusion', 'outcome_mismatch', 'The assessment concludes on another outcome'));
  if (outcome === 'recognized' && conclusion?.recognitionBasis === 'expanded_definition') {
    const expanded = completed('cartagena', sectionSchemas.cartagena);
    if (cartagena === 'hidden')
      missing.push(gap('conclusion', 'not_in_force', 'The expanded definition is not law in this country'));
    else if (expanded?.applies !== true)
      missing.push(
        gap(
          'cartagena',
          'inconsistent_with_outcome',
          'Recognition on the expanded definition needs it to apply',
        ),
      );
  }
  if (outcome === 'recognized' && completed('exclusion', sectionSchemas.exclusion)?.excluded === true)
    missing.push(gap('exclusion', 'inconsistent_with_outcome', 'An excluded applicant cannot be recognised'));
  return missing;
}

/** Marks the assessment submitted (a decision version built on it is under review), final or set aside. */
export async function setAssessmentStatus(
  trx: Kysely<DB>,
  assessmentId: string,
  status: AssessmentSnapshot['status'],
): Promise<void> {
  const changed = await updateAssessmentStatus(trx, assessmentId, status);
  if (!changed) throw new Error(`setAssessmentStatus: no assessment ${assessmentId}`);
}
