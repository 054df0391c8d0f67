import {
  cartagenaCircumstances,
  complementaryProtectionRisks,
  exclusionClauses,
  type AssessmentSectionId,
} from '@refugio/contract';

/** One control of a section form; `labels` is the i18n prefix of a choice's options. */
export type SectionField =
  | { name: string; kind: 'text' | 'line' | 'bool' | 'flag' }
  | { name: string; kind: 'choice' | 'multi'; options: readonly string[]; labels: string };

const text = (name: string): SectionField => ({ name, kind: 'text' });
const bool = (name: string): SectionField => ({ name, kind: 'bool' });
const finding = ['established', 'partly_established', 'not_established'] as const;

/**
 * The controls of each section, in the order of the UNHCR assessment form. Grounds and derivatives
 * have lists of their own (SectionForm renders them), so only their overall reasons appear here.
 */
export const sectionFields: Record<AssessmentSectionId, SectionField[]> = {
  identity: [
    { name: 'identity', kind: 'choice', options: finding, labels: 'assessments.choice.finding' },
    { name: 'nationality', kind: 'choice', options: finding, labels: 'assessments.choice.finding' },
    text('documentsConsidered'),
    text('reasons'),
  ],
  material_facts: [text('notes')],
  credibility: [
    text('internalConsistency'),
    text('externalConsistency'),
    text('sufficientDetail'),
    text('plausibility'),
    bool('benefitOfTheDoubt'),
    {
      name: 'conclusion',
      kind: 'choice',
      options: ['credible', 'partly_credible', 'not_credible'],
      labels: 'assessments.choice.credibility',
    },
    text('reasons'),
  ],
  well_founded_fear: [
    bool('subjectiveFear'),
    bool('objectiveRisk'),
    bool('harmAmountsToPersecution'),
    text('reasons'),
  ],
  grounds: [text('reasons')],
  nexus: [bool('established'), text('reasons')],
  state_protection: [
    {
      name: 'agentOfPersecution',
      kind: 'choice',
      options: ['state', 'non_state', 'both'],
      labels: 'assessments.choice.agent',
    },
    bool('stateProtectionAvailable'),
    bool('internalFlightRelevant'),
    bool('internalFlightReasonable'),
    text('reasons'),
  ],
  cartagena: [
    bool('applies'),
    {
      name: 'circumstances',
      kind: 'multi',
      options: cartagenaCircumstances,
      labels: 'assessments.choice.circumstance',
    },
    bool('threatToLifeSafetyOrFreedom'),
    text('reasons'),
  ],
  exclusion: [
    { name: 'considered', kind: 'multi', options: exclusionClauses, labels: 'assessments.choice.clause' },
    { name: 'nationalArticle', kind: 'line' },
    bool('excluded'),
    text('reasons'),
  ],
  complementary_protection: [
    bool('needed'),
    {
      name: 'risks',
      kind: 'multi',
      options: complementaryProtectionRisks,
      labels: 'assessments.choice.risk',
    },
    { name: 'barredByExclusion', kind: 'flag' },
    text('reasons'),
  ],
  derivatives: [text('reasons')],
  conclusion: [
    {
      name: 'proposedOutcome',
      kind: 'choice',
      options: ['recognized', 'complementary_protection', 'rejected'],
      labels: 'assessments.choice.outcome',
    },
    {
      name: 'recognitionBasis',
      kind: 'choice',
      options: ['refugee_definition', 'expanded_definition'],
      labels: 'assessments.choice.basis',
    },
    { name: 'surPlace', kind: 'flag' },
    text('reasons'),
  ],
};
