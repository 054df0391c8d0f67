import {
  sectionSchemas,
  type AssessmentSectionId,
  type FieldError,
  type GroundId,
  type SectionContent,
} from '@refugio/contract';

/** What a section's completeness depends on besides its content. */
export interface SectionContext {
  grounds: readonly GroundId[];
  dependantIds: readonly string[];
  factCount: number;
}

const required = (field: string, message: string): FieldError => ({
  path: `content.${field}`,
  code: 'required',
  message,
});
const empty = (text: string) => text.trim() === '';
const missingReasons = (text: string) => (empty(text) ? [required('reasons', 'Give the reasons')] : []);

/**
 * What a section still lacks before it can be marked complete (pure). A draft may be saved with gaps;
 * `complete: true` is refused while any remain, each naming its field.
 */
export function sectionGaps(
  section: AssessmentSectionId,
  content: Record<string, unknown>,
  context: SectionContext,
): FieldError[] {
  switch (section) {
    case 'identity': {
      const c = sectionSchemas.identity.parse(content);
      return [
        ...(c.identity === null ? [required('identity', 'Say whether identity is established')] : []),
        ...(c.nationality === null
          ? [required('nationality', 'Say whether nationality is established')]
          : []),
        ...missingReasons(c.reasons),
      ];
    }
    case 'material_facts':
      return context.factCount === 0
        ? [{ path: 'facts', code: 'required', message: 'Record at least one material fact' }]
        : [];
    case 'credibility': {
      const c = sectionSchemas.credibility.parse(content);
      return [
        ...(c.conclusion === null ? [required('conclusion', 'Give the credibility conclusion')] : []),
        ...missingReasons(c.reasons),
      ];
    }
    case 'well_founded_fear': {
      const c = sectionSchemas.well_founded_fear.parse(content);
      return [
        ...(c.subjectiveFear === null ? [required('subjectiveFear', 'Say whether fear is shown')] : []),
        ...(c.objectiveRisk === null ? [required('objectiveRisk', 'Say whether the risk is real')] : []),
        ...(c.harmAmountsToPersecution === null
          ? [required('harmAmountsToPersecution', 'Say whether the harm amounts to persecution')]
          : []),
        ...missingReasons(c.reasons),
      ];
    }
    case 'grounds':
      return groundsGaps(sectionSchemas.grounds.parse(content), context);
    case 'nexus': {
      const c = sectionSchemas.nexus.parse(content);
      return [
        ...(c.established === null ? [required('established', 'Say whether the nexus is established')] : []),
        ...missingReasons(c.reasons),
      ];
    }
    case 'state_protection': {
      const c = sectionSchemas.state_protection.parse(content);
      return [
        ...(c.stateProtectionAvailable === null
          ? [required('stateProtectionAvailable', 'Say whether state protection is available')]
          : []),
        ...(c.internalFlightRelevant === null
          ? [required('internalFlightRelevant', 'Say whether internal flight is relevant')]
          : []),
        ...(c.internalFlightRelevant === true && c.internalFlightReasonable === null
          ? [required('internalFlightReasonable', 'Say whether internal flight is reasonable')]
          : []),
        ...missingReasons(c.reasons),
      ];
    }
    case 'cartagena': {
      const c = sectionSchemas.cartagena.parse(content);
      return [
        ...(c.applies === null ? [required('applies', 'Say whether the expanded definition applies')] : []),
        ...(c.applies === true && c.circumstances.length === 0
          ? [required('circumstances', 'Name the circumstance')]
          : []),
        ...(c.applies === true && c.threatToLifeSafetyOrFreedom !== true
          ? [
              {
                path: 'content.threatToLifeSafetyOrFreedom',
                code: 'inconsistent',
                message: 'The expanded definition applies only where life, safety or freedom were threatened',
              },
            ]
          : []),
        ...missingReasons(c.reasons),
      ];
    }
    case 'exclusion': {
      const c = sectionSchemas.exclusion.parse(content);
      return [
        ...(c.excluded === null ? [required('excluded', 'Say whether an exclusion clause applies')] : []),
        ...(c.excluded === true && c.considered.length === 0
          ? [required('considered', 'Name the clause applied')]
          : []),
        ...missingReasons(c.reasons),
      ];
    }
    case 'complementary_protection': {
      const c = sectionSchemas.complementary_protection.parse(content);
      return [
        ...(c.needed === null ? [required('needed', 'Say whether complementary protection is needed')] : []),
        ...(c.needed === true && c.risks.length === 0 ? [required('risks', 'Name the risk on return')] : []),
        ...missingReasons(c.reasons),
      ];
    }
    case 'derivatives':
      return derivativesGaps(sectionSchemas.derivatives.parse(content), context);
    case 'conclusion': {
      const c = sectionSchemas.conclusion.parse(content);
      const gaps = [
        ...(c.proposedOutcome === null ? [required('proposedOutcome', 'Propose an outcome')] : []),
        ...missingReasons(c.reasons),
      ];
      if (c.proposedOutcome === 'recognized' && c.recognitionBasis === null)
        gaps.push(required('recognitionBasis', 'Say on which definition the applicant is recognised'));
      if (c.proposedOutcome !== null && c.proposedOutcome !== 'recognized' && c.recognitionBasis !== null)
        gaps.push({
          path: 'content.recognitionBasis',
          code: 'inconsistent_with_outcome',
          message: 'Only a recognition has a recognition basis',
        });
      return gaps;
    }
  }
}

/** Checks that hold for a draft too: grounds the law offers, dependants of the case. */
export function sectionConflicts(
  section: AssessmentSectionId,
  content: Record<string, unknown>,
  context: SectionContext,
): FieldError[] {
  if (section === 'grounds') {
    const c = sectionSchemas.grounds.parse(content);
    return c.grounds.flatMap((g, i) =>
      context.grounds.includes(g.ground)
        ? []
        : [
            {
              path: `content.grounds.${i}.ground`,
              code: 'not_offered',
              message: 'The law has no such ground',
            },
          ],
    );
  }
  if (section === 'derivatives') {
    const c = sectionSchemas.derivatives.parse(content);
    return c.people.flatMap((p, i) =>
      context.dependantIds.includes(p.personId)
        ? []
        : [
            {
              path: `content.people.${i}.personId`,
              code: 'not_a_dependant',
              message: 'Not a dependant of the case',
            },
          ],
    );
  }
  return [];
}

function groundsGaps(c: SectionContent<'grounds'>, context: SectionContext): FieldError[] {
  void context;
  return [
    ...c.grounds.flatMap((g, i) =>
      empty(g.reasons) ? [required(`grounds.${i}.reasons`, 'Give the reasons for this ground')] : [],
    ),
    ...missingReasons(c.reasons),
  ];
}

function derivativesGaps(c: SectionContent<'derivatives'>, context: SectionContext): FieldError[] {
  const gaps: FieldError[] = [];
  for (const id of context.dependantIds) {
    const i = c.people.findIndex((p) => p.personId === id);
    if (i === -1) {
      gaps.push({
        path: 'content.people',
        code: 'dependant_missing',
        message: 'Every dependant needs a finding',
      });
      continue;
    }
    const person = c.people[i]!;
    if (person.status === null)
      gaps.push(required(`people.${i}.status`, 'Say how this dependant is decided'));
    if (person.status !== 'follows_principal' && empty(person.reasons))
      gaps.push(required(`people.${i}.reasons`, 'Give the reasons for deciding this dependant apart'));
  }
  return gaps;
}
