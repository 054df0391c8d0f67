import type { Kysely } from 'kysely';
import type { CountryProfile, FieldError, OutcomeId } from '@refugio/contract';
import type { DB } from '../db/schema';

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
  void db;
  void caseId;
  throw new Error('loadAssessmentSnapshot: not implemented yet (package B)');
}

/**
 * What is missing before a decision with this outcome may be submitted, as field errors under
 * `sections.<id>` (e.g. `sections.complementary_protection`, code `required_in_refusal` where the law
 * requires the analysis in every refusal). Pure.
 */
export function assessmentReadiness(
  snapshot: AssessmentSnapshot,
  profile: CountryProfile,
  outcome: OutcomeId,
): FieldError[] {
  void snapshot;
  void profile;
  void outcome;
  throw new Error('assessmentReadiness: not implemented yet (package B)');
}

/** Marks the assessment submitted (a decision version built on it is under review), final or set aside. */
export async function setAssessmentStatus(
  trx: Kysely<DB>,
  assessmentId: string,
  status: AssessmentSnapshot['status'],
): Promise<void> {
  void trx;
  void assessmentId;
  void status;
  throw new Error('setAssessmentStatus: not implemented yet (package B)');
}
