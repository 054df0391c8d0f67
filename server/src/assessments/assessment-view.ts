import type { Kysely } from 'kysely';
import type {
  AssessmentReadiness,
  AssessmentSectionId,
  AssessmentView,
  CountryProfile,
  OutcomeId,
} from '@refugio/contract';
import type { DB } from '../db/schema';
import type { Actor } from '../access/actor';
import { canEditAssessment, caseScopeOf } from '../access/policy';
import { findPeopleOfCase, type CaseRow } from '../cases/case.repository';
import { findCitations, findFacts, findSections, type AssessmentRow } from './assessment.repository';
import { assessmentReadiness, loadAssessmentSnapshot, type AssessmentSnapshot } from './assessment-snapshot';
import { presentAssessment } from './assessment.presenter';
import {
  cartagenaRequirement,
  complementaryProtectionRequiredInRefusal,
  groundsOffered,
} from './eligibility-rules';

/** Whether the country's law has a section: Cartagena by the profile; complementary protection by the law's rule. */
export function sectionRequirement(profile: CountryProfile) {
  return (section: AssessmentSectionId): 'required' | 'optional' | 'hidden' => {
    if (section === 'cartagena') return cartagenaRequirement(profile);
    if (section === 'complementary_protection')
      return complementaryProtectionRequiredInRefusal(profile) ? 'required' : 'optional';
    return 'required';
  };
}

/**
 * Readiness for an outcome; without one, for the outcome the conclusion proposes; with neither, what
 * the required sections still lack.
 */
export function readinessOf(
  snapshot: AssessmentSnapshot,
  profile: CountryProfile,
  outcome: OutcomeId | null,
): AssessmentReadiness {
  const target = outcome ?? snapshot.proposedOutcome;
  const requirement = sectionRequirement(profile);
  const missing = target
    ? assessmentReadiness(snapshot, profile, target)
    : snapshot.sections
        .filter((s) => !s.complete && requirement(s.id as AssessmentSectionId) === 'required')
        .map((s) => ({
          path: `sections.${s.id}`,
          code: 'incomplete',
          message: `The section ${s.id} is not complete`,
        }));
  return { outcome: target, ready: missing.length === 0, missing };
}

/** The whole assessment for a reader of the claim, with what this actor may do. */
export async function assessmentView(
  db: Kysely<DB>,
  actor: Actor,
  assessment: AssessmentRow,
  kase: CaseRow,
  profile: CountryProfile,
): Promise<AssessmentView> {
  const [people, sections, facts, citations, snapshot] = await Promise.all([
    findPeopleOfCase(db, kase.id),
    findSections(db, assessment.id),
    findFacts(db, assessment.id),
    findCitations(db, assessment.id),
    loadAssessmentSnapshot(db, kase.id),
  ]);
  // The snapshot is of the case's latest round; an older assessment is read as it stands.
  const readiness =
    snapshot && snapshot.assessmentId === assessment.id
      ? readinessOf(snapshot, profile, null)
      : { outcome: null, ready: false, missing: [] };
  return presentAssessment({
    assessment,
    caseNumber: kase.case_number,
    people,
    sections,
    facts,
    citations,
    grounds: groundsOffered(profile),
    requirement: sectionRequirement(profile),
    readiness,
    canEdit: canEditAssessment(
      actor,
      { authorId: assessment.author_id, status: assessment.status },
      { ...caseScopeOf(kase), assignedTo: kase.assigned_to },
    ),
  });
}
