import { z } from 'zod';
import { CaseDetail } from './cases';
import { FieldError } from './errors';
import { OutcomeId } from './procedure';
import { line, paragraph } from './text';

/**
 * The eligibility assessment of a principal applicant, in the order of the UNHCR RSD assessment form
 * (DOMAIN ASM-1; docs/design/eligibility.md §2.3). Each section is saved on its own with its version;
 * a section marked complete must have the fields `sectionGaps` (server) asks for.
 */
export const assessmentSections = [
  'identity',
  'material_facts',
  'credibility',
  'well_founded_fear',
  'grounds',
  'nexus',
  'state_protection',
  'cartagena',
  'exclusion',
  'complementary_protection',
  'derivatives',
  'conclusion',
] as const;
export const AssessmentSectionId = z.enum(assessmentSections);
export type AssessmentSectionId = z.infer<typeof AssessmentSectionId>;

export const AssessmentStatus = z.enum(['draft', 'submitted', 'final', 'set_aside']);
export type AssessmentStatus = z.infer<typeof AssessmentStatus>;

/** The 1951 Convention grounds, then those national laws add (gender: MEX, CRI, HND, SLV; ethnicity, belief: SLV). */
export const groundIds = [
  'race',
  'religion',
  'nationality',
  'particular_social_group',
  'political_opinion',
  'gender',
  'ethnicity',
  'belief',
] as const;
export const GroundId = z.enum(groundIds);
export type GroundId = z.infer<typeof GroundId>;
export const conventionGrounds: readonly GroundId[] = [
  'race',
  'religion',
  'nationality',
  'particular_social_group',
  'political_opinion',
];

/** Recognition on the 1951 definition or on the expanded (Cartagena) definition: reported apart (UNHCR). */
export const RecognitionBasis = z.enum(['refugee_definition', 'expanded_definition']);
export type RecognitionBasis = z.infer<typeof RecognitionBasis>;

const Text = paragraph(20000).default('');
const Finding = z.enum(['established', 'partly_established', 'not_established']);

export const IdentitySection = z.object({
  identity: Finding.nullable().default(null),
  nationality: Finding.nullable().default(null),
  documentsConsidered: Text,
  reasons: Text,
});
export type IdentitySection = z.infer<typeof IdentitySection>;

/** Remarks on the material facts as a whole; the facts themselves are `MaterialFactInput`s. */
export const MaterialFactsSection = z.object({ notes: Text });
export type MaterialFactsSection = z.infer<typeof MaterialFactsSection>;

export const CredibilitySection = z.object({
  internalConsistency: Text,
  externalConsistency: Text,
  sufficientDetail: Text,
  plausibility: Text,
  benefitOfTheDoubt: z.boolean().nullable().default(null),
  conclusion: z.enum(['credible', 'partly_credible', 'not_credible']).nullable().default(null),
  reasons: Text,
});
export type CredibilitySection = z.infer<typeof CredibilitySection>;

export const FearSection = z.object({
  subjectiveFear: z.boolean().nullable().default(null),
  /** A reasonable possibility of the harm on return. */
  objectiveRisk: z.boolean().nullable().default(null),
  harmAmountsToPersecution: z.boolean().nullable().default(null),
  reasons: Text,
});
export type FearSection = z.infer<typeof FearSection>;

export const GroundsSection = z.object({
  /** The grounds found, each with its reasons; empty when none applies. */
  grounds: z
    .array(z.object({ ground: GroundId, reasons: Text }))
    .max(groundIds.length)
    .refine((g) => new Set(g.map((x) => x.ground)).size === g.length, { message: 'Ground listed twice' })
    .default([]),
  reasons: Text,
});
export type GroundsSection = z.infer<typeof GroundsSection>;

export const NexusSection = z.object({ established: z.boolean().nullable().default(null), reasons: Text });
export type NexusSection = z.infer<typeof NexusSection>;

export const ProtectionSection = z.object({
  agentOfPersecution: z.enum(['state', 'non_state', 'both']).nullable().default(null),
  stateProtectionAvailable: z.boolean().nullable().default(null),
  internalFlightRelevant: z.boolean().nullable().default(null),
  internalFlightReasonable: z.boolean().nullable().default(null),
  reasons: Text,
});
export type ProtectionSection = z.infer<typeof ProtectionSection>;

export const cartagenaCircumstances = [
  'generalized_violence',
  'foreign_aggression',
  'internal_conflicts',
  'massive_human_rights_violations',
  'serious_disturbance_of_public_order',
] as const;
export const CartagenaCircumstance = z.enum(cartagenaCircumstances);
export type CartagenaCircumstance = z.infer<typeof CartagenaCircumstance>;

export const CartagenaSection = z.object({
  applies: z.boolean().nullable().default(null),
  circumstances: z.array(CartagenaCircumstance).max(cartagenaCircumstances.length).default([]),
  threatToLifeSafetyOrFreedom: z.boolean().nullable().default(null),
  reasons: Text,
});
export type CartagenaSection = z.infer<typeof CartagenaSection>;

export const exclusionClauses = ['1F_a', '1F_b', '1F_c'] as const;
export const ExclusionSection = z.object({
  considered: z.array(z.enum(exclusionClauses)).max(3).default([]),
  /** The national article applied besides Art. 1F (MEX: LRPCAP art. 27). */
  nationalArticle: line(300).default(''),
  excluded: z.boolean().nullable().default(null),
  reasons: Text,
});
export type ExclusionSection = z.infer<typeof ExclusionSection>;

export const complementaryProtectionRisks = ['life', 'torture', 'cruel_inhuman_degrading'] as const;
export const ComplementaryProtectionRisk = z.enum(complementaryProtectionRisks);
export type ComplementaryProtectionRisk = z.infer<typeof ComplementaryProtectionRisk>;

export const ComplementaryProtectionSection = z.object({
  needed: z.boolean().nullable().default(null),
  risks: z.array(ComplementaryProtectionRisk).max(3).default([]),
  barredByExclusion: z.boolean().default(false),
  reasons: Text,
});
export type ComplementaryProtectionSection = z.infer<typeof ComplementaryProtectionSection>;

export const DerivativeStatus = z.enum(['follows_principal', 'decided_separately', 'not_eligible']);
export type DerivativeStatus = z.infer<typeof DerivativeStatus>;

export const DerivativesSection = z.object({
  people: z
    .array(
      z.object({
        personId: z.uuid(),
        status: DerivativeStatus.nullable().default(null),
        relationshipBasis: line(500).default(''),
        reasons: Text,
      }),
    )
    .max(50)
    .default([]),
  reasons: Text,
});
export type DerivativesSection = z.infer<typeof DerivativesSection>;

/** The outcome the assessment leads to; a decision may only be drafted in line with it. */
export const ProposedOutcome = z.enum(['recognized', 'complementary_protection', 'rejected']);
export type ProposedOutcome = z.infer<typeof ProposedOutcome>;

export const ConclusionSection = z.object({
  proposedOutcome: ProposedOutcome.nullable().default(null),
  recognitionBasis: RecognitionBasis.nullable().default(null),
  surPlace: z.boolean().default(false),
  reasons: Text,
});
export type ConclusionSection = z.infer<typeof ConclusionSection>;

/** The content schema of each section. */
export const sectionSchemas = {
  identity: IdentitySection,
  material_facts: MaterialFactsSection,
  credibility: CredibilitySection,
  well_founded_fear: FearSection,
  grounds: GroundsSection,
  nexus: NexusSection,
  state_protection: ProtectionSection,
  cartagena: CartagenaSection,
  exclusion: ExclusionSection,
  complementary_protection: ComplementaryProtectionSection,
  derivatives: DerivativesSection,
  conclusion: ConclusionSection,
} as const satisfies Record<AssessmentSectionId, z.ZodType>;
export type SectionContent<S extends AssessmentSectionId> = z.infer<(typeof sectionSchemas)[S]>;

/** Body of `PUT /api/v1/assessments/:id/sections/:section`: content parsed by the section's schema. */
export const SaveSectionInput = z.object({
  version: z.number().int().min(1),
  complete: z.boolean(),
  content: z.record(z.string(), z.unknown()),
});
export type SaveSectionInput = z.input<typeof SaveSectionInput>;

/** Body of `POST /api/v1/cases/:caseId/assessment`: start it (the case's version, as for any step). */
export const StartAssessmentInput = z.object({ caseVersion: z.number().int().min(1) });
export type StartAssessmentInput = z.input<typeof StartAssessmentInput>;

export const rejectionGrounds = [
  'internal_inconsistency',
  'external_inconsistency',
  'insufficient_detail',
  'implausible',
] as const;
export const RejectionGround = z.enum(rejectionGrounds);
export type RejectionGround = z.infer<typeof RejectionGround>;

/**
 * A material fact, accepted or rejected with reasons (DEC-1). A rejection for inconsistency needs the
 * inconsistency put to the applicant (INTV-1); the database refuses it otherwise too.
 */
export const MaterialFactInput = z
  .object({
    statement: paragraph(5000).pipe(z.string().min(1, 'State the fact')),
    finding: z.enum(['accepted', 'rejected']),
    reasons: paragraph(20000).pipe(z.string().min(1, 'Give the reasons for the finding')),
    rejectionGrounds: z.array(RejectionGround).max(4).default([]),
    putToApplicant: z.boolean().nullable().default(null),
  })
  .superRefine((fact, ctx) => {
    if (fact.finding === 'accepted' && fact.rejectionGrounds.length > 0)
      ctx.addIssue({
        code: 'custom',
        path: ['rejectionGrounds'],
        message: 'An accepted fact has no grounds of rejection',
      });
    const inconsistency = fact.rejectionGrounds.some((g) => g.endsWith('_inconsistency'));
    if (inconsistency && fact.putToApplicant !== true)
      ctx.addIssue({
        code: 'custom',
        path: ['putToApplicant'],
        message: 'An inconsistency not put to the applicant cannot ground a rejection (INTV-1)',
      });
  });
export type MaterialFactInput = z.input<typeof MaterialFactInput>;

export const UpdateMaterialFactInput = z.object({
  version: z.number().int().min(1),
  fact: MaterialFactInput,
});
export type UpdateMaterialFactInput = z.input<typeof UpdateMaterialFactInput>;

export const CitationKind = z.enum([
  'coi',
  'interview_turn',
  'interview_addendum',
  'document',
  'other_evidence',
]);
export type CitationKind = z.infer<typeof CitationKind>;

/**
 * Body of `POST /api/v1/assessments/:id/citations`: what a section or a material fact rests on. An
 * interview is cited by a textual pinpoint ("acta del 12/01/2027, intervenciones 14–16") with its ids
 * when known.
 */
export const CitationInput = z
  .object({
    section: AssessmentSectionId,
    factId: z.uuid().nullable().default(null),
    kind: CitationKind,
    coiSourceId: z.uuid().nullable().default(null),
    interviewRecordId: z.uuid().nullable().default(null),
    interviewTurnId: z.number().int().min(1).nullable().default(null),
    interviewAddendumId: z.uuid().nullable().default(null),
    description: paragraph(2000).default(''),
    pinpoint: line(300).default(''),
  })
  .superRefine((c, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if ((c.kind === 'coi') !== (c.coiSourceId !== null))
      issue('coiSourceId', c.kind === 'coi' ? 'Choose the source' : 'Only a COI citation names a source');
    if (c.kind !== 'interview_turn' && c.interviewTurnId !== null)
      issue('interviewTurnId', 'Only an interview-turn citation names a turn');
    if (c.kind !== 'interview_addendum' && c.interviewAddendumId !== null)
      issue('interviewAddendumId', 'Only an addendum citation names an addendum');
    if ((c.kind === 'interview_turn' || c.kind === 'interview_addendum') && c.pinpoint === '')
      issue('pinpoint', 'Say where in the interview record');
    if ((c.kind === 'document' || c.kind === 'other_evidence') && c.description === '')
      issue('description', 'Describe the evidence');
    if (c.factId !== null && c.section !== 'material_facts')
      issue('section', 'A citation of a fact belongs to the material facts');
  });
export type CitationInput = z.input<typeof CitationInput>;

export const CitationView = z.object({
  id: z.uuid(),
  section: AssessmentSectionId,
  factId: z.uuid().nullable(),
  kind: CitationKind,
  coiSource: z
    .object({
      id: z.uuid(),
      title: z.string(),
      publisher: z.string(),
      publishedOn: z.string(),
      superseded: z.boolean(),
    })
    .nullable(),
  interviewRecordId: z.uuid().nullable(),
  interviewTurnId: z.number().int().nullable(),
  interviewAddendumId: z.uuid().nullable(),
  description: z.string(),
  pinpoint: z.string(),
});
export type CitationView = z.infer<typeof CitationView>;

export const MaterialFactView = z.object({
  id: z.uuid(),
  position: z.number().int(),
  statement: z.string(),
  finding: z.enum(['accepted', 'rejected']),
  reasons: z.string(),
  rejectionGrounds: z.array(RejectionGround),
  putToApplicant: z.boolean().nullable(),
  version: z.number().int(),
});
export type MaterialFactView = z.infer<typeof MaterialFactView>;

export const AssessmentSectionView = z.object({
  id: AssessmentSectionId,
  /** Whether the country's law has this section: `hidden` (not in force), `optional` or `required`. */
  requirement: z.enum(['required', 'optional', 'hidden']),
  complete: z.boolean(),
  content: z.record(z.string(), z.unknown()),
  version: z.number().int(),
  updatedAt: z.iso.datetime({ offset: true }),
  updatedBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
});
export type AssessmentSectionView = z.infer<typeof AssessmentSectionView>;

export const AssessmentReadiness = z.object({
  outcome: OutcomeId.nullable(),
  ready: z.boolean(),
  /** What is missing, as field errors under `sections.<id>` (e.g. `required_in_refusal`). */
  missing: z.array(FieldError),
});
export type AssessmentReadiness = z.infer<typeof AssessmentReadiness>;

export const assessmentActions = ['edit'] as const;

/** `GET /api/v1/cases/:caseId/assessment` and every write's answer. */
export const AssessmentView = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  caseNumber: z.string(),
  person: z.object({ id: z.uuid(), name: z.string() }),
  round: z.number().int(),
  status: AssessmentStatus,
  author: z.object({ id: z.uuid(), name: z.string() }),
  version: z.number().int(),
  createdAt: z.iso.datetime({ offset: true }),
  /** The grounds the country's law offers (Convention + national additions). */
  grounds: z.array(GroundId),
  /** The case's dependants, for the derivatives section. */
  dependants: z.array(z.object({ id: z.uuid(), name: z.string(), relationship: z.string().nullable() })),
  sections: z.array(AssessmentSectionView),
  facts: z.array(MaterialFactView),
  citations: z.array(CitationView),
  /** Readiness for the outcome the conclusion proposes (none proposed: every section's completeness). */
  readiness: AssessmentReadiness,
  actions: z.array(z.enum(assessmentActions)),
});
export type AssessmentView = z.infer<typeof AssessmentView>;

/** `GET /api/v1/cases/:caseId/assessment`: the current round's assessment, or whether one may be started. */
export const CaseAssessment = z.object({
  assessment: AssessmentView.nullable(),
  /** The case's stage allows starting one and the user may. */
  canStart: z.boolean(),
  caseVersion: z.number().int(),
});
export type CaseAssessment = z.infer<typeof CaseAssessment>;

export const ReadinessQuery = z.object({ outcome: OutcomeId.optional() });

/** Answer of `POST /api/v1/cases/:caseId/assessment`: the assessment started and the case it moved. */
export const AssessmentStepResult = z.object({ assessment: AssessmentView, case: CaseDetail });
export type AssessmentStepResult = z.infer<typeof AssessmentStepResult>;
