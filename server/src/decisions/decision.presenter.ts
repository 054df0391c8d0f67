import {
  emptyDecisionReasons,
  fullName,
  type DecisionAction,
  type DecisionReasons,
  type DecisionView,
  type LetterBlockView,
  type OutcomeId,
} from '@refugio/contract';
import type { PersonRow } from '../cases/case.repository';
import type {
  DecisionPersonRow,
  DecisionRow,
  NotificationRow,
  ReviewRow,
  VersionRow,
} from './decision.repository';

export interface DecisionParts {
  decision: DecisionRow;
  caseNumber: string;
  versions: VersionRow[];
  people: DecisionPersonRow[];
  casePeople: PersonRow[];
  reviews: ReviewRow[];
  notifications: NotificationRow[];
  /** Blank fields of each version's letter, by version number (computed by the service). */
  missing: Map<number, string[]>;
  /** The current draft's letter as it would print now (computed by the service), by version number. */
  previews: Map<number, LetterBlockView[]>;
  actions: DecisionAction[];
}

/** A decision with every version, review and notification: only for those who may read the claim. */
export function presentDecision(parts: DecisionParts): DecisionView {
  const { decision } = parts;
  const byId = new Map(parts.casePeople.map((p) => [p.id, p]));
  return {
    id: decision.id,
    caseId: decision.case_id,
    caseNumber: parts.caseNumber,
    round: decision.round,
    kind: decision.kind,
    status: decision.status,
    outcome: decision.outcome as OutcomeId | null,
    currentVersion: decision.current_version,
    issuedVersion: decision.issued_version,
    issuedOn: decision.issued_on,
    author: { id: decision.author_id, name: decision.author_name },
    versions: parts.versions.map((v) => ({
      number: v.number,
      outcome: v.outcome as OutcomeId,
      recognitionBasis: v.recognition_basis,
      surPlace: v.sur_place,
      language: v.language,
      template: { id: v.template_id, number: v.template_number, title: v.template_title },
      individualExplanation: v.individual_explanation,
      reasons: { ...emptyDecisionReasons, ...(v.reasons as Partial<DecisionReasons>) },
      people: parts.people
        .filter((p) => p.version_number === v.number)
        .flatMap((p) => {
          const person = byId.get(p.person_id);
          if (!person) return [];
          return [
            {
              personId: p.person_id,
              name: fullName({
                givenNames: person.given_names,
                firstSurname: person.first_surname,
                secondSurname: person.second_surname,
              }),
              role: person.role,
              outcome: p.outcome as OutcomeId,
              followsPrincipal: p.follows_principal,
              reasons: p.reasons,
            },
          ];
        })
        .sort((a, b) => (byId.get(a.personId)?.position ?? 0) - (byId.get(b.personId)?.position ?? 0)),
      createdBy: { id: v.created_by, name: v.created_by_name },
      createdAt: v.created_at.toISOString(),
      submittedBy: v.submitted_by ? { id: v.submitted_by, name: v.submitted_by_name ?? '' } : null,
      submittedAt: v.submitted_at?.toISOString() ?? null,
      contentSha256: v.content_sha256,
      missingFields: parts.missing.get(v.number) ?? [],
      ...(parts.previews.has(v.number) ? { letterPreview: parts.previews.get(v.number) } : {}),
      version: v.version,
    })),
    reviews: parts.reviews.map((r) => ({
      versionNumber: r.version_number,
      reviewer: { id: r.reviewer_id, name: r.reviewer_name },
      verdict: r.verdict,
      comments: r.comments,
      reviewedAt: r.reviewed_at.toISOString(),
    })),
    notifications: parts.notifications.map((n) => ({
      id: n.id,
      personId: n.person_id,
      notifiedOn: n.notified_on,
      method: n.method as DecisionView['notifications'][number]['method'],
      explainedIn: n.explained_in,
      proofKind: n.proof_kind as DecisionView['notifications'][number]['proofKind'],
      proofReference: n.proof_reference,
      correctsId: n.corrects_id,
      correctionReason: n.correction_reason,
      recordedBy: { id: n.recorded_by, name: n.recorded_by_name },
      recordedAt: n.recorded_at.toISOString(),
    })),
    version: decision.version,
    actions: parts.actions,
  };
}
