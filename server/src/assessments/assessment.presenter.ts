import {
  assessmentSections,
  fullName,
  type AssessmentReadiness,
  type AssessmentSectionId,
  type AssessmentView,
  type CitationView,
  type GroundId,
  type MaterialFactView,
} from '@refugio/contract';
import type { PersonRow } from '../cases/case.repository';
import type { AssessmentRow, CitationRow, FactRow, SectionRow } from './assessment.repository';

export interface AssessmentParts {
  assessment: AssessmentRow;
  caseNumber: string;
  people: readonly PersonRow[];
  sections: readonly SectionRow[];
  facts: readonly FactRow[];
  citations: readonly CitationRow[];
  grounds: GroundId[];
  requirement: (section: AssessmentSectionId) => 'required' | 'optional' | 'hidden';
  readiness: AssessmentReadiness;
  canEdit: boolean;
}

const nameOf = (p: PersonRow) =>
  fullName({ givenNames: p.given_names, firstSurname: p.first_surname, secondSurname: p.second_surname });

/**
 * The assessment as it leaves the server, every field listed. Its content is the claim's reasoning:
 * only the assessment routes send it, after `canReadClaim`, never the case file or a list.
 */
export function presentAssessment(parts: AssessmentParts): AssessmentView {
  const { assessment: a } = parts;
  const principal = parts.people.find((p) => p.id === a.person_id);
  return {
    id: a.id,
    caseId: a.case_id,
    caseNumber: parts.caseNumber,
    person: { id: a.person_id, name: principal ? nameOf(principal) : '' },
    round: a.round,
    status: a.status,
    author: { id: a.author_id, name: a.author_name },
    version: a.version,
    createdAt: a.created_at.toISOString(),
    grounds: parts.grounds,
    dependants: parts.people
      .filter((p) => p.role === 'dependant')
      .map((p) => ({ id: p.id, name: nameOf(p), relationship: p.relationship })),
    sections: assessmentSections.flatMap((id) => {
      const row = parts.sections.find((s) => s.section === id);
      if (!row) return [];
      return [
        {
          id,
          requirement: parts.requirement(id),
          complete: row.complete,
          content: row.content,
          version: row.version,
          updatedAt: row.updated_at.toISOString(),
          updatedBy: row.updated_by ? { id: row.updated_by, name: row.updated_by_name ?? '' } : null,
        },
      ];
    }),
    facts: parts.facts.map(presentFact),
    citations: parts.citations.map(presentCitation),
    readiness: parts.readiness,
    actions: parts.canEdit ? ['edit'] : [],
  };
}

function presentFact(f: FactRow): MaterialFactView {
  return {
    id: f.id,
    position: f.position,
    statement: f.statement,
    finding: f.finding,
    reasons: f.reasons,
    rejectionGrounds: f.rejection_grounds,
    putToApplicant: f.put_to_applicant,
    version: f.version,
  };
}

function presentCitation(c: CitationRow): CitationView {
  return {
    id: c.id,
    section: c.section,
    factId: c.fact_id,
    kind: c.kind,
    coiSource:
      c.coi_source_id && c.coi_title && c.coi_publisher && c.coi_published_on
        ? {
            id: c.coi_source_id,
            title: c.coi_title,
            publisher: c.coi_publisher,
            publishedOn: c.coi_published_on,
            superseded: c.coi_status === 'superseded',
          }
        : null,
    interviewRecordId: c.interview_record_id,
    interviewTurnId: c.interview_turn_id === null ? null : Number(c.interview_turn_id),
    interviewAddendumId: c.interview_addendum_id,
    description: c.description,
    pinpoint: c.pinpoint,
  };
}
