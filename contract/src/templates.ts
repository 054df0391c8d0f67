import { z } from 'zod';
import { line, paragraph } from './text';
import { OutcomeId } from './procedure';

/**
 * Model resolutions and notices (issue 4; docs/design/eligibility.md §2.4): per country, kind, outcome
 * and language, written as blocks whose text holds `{{field}}` placeholders from a fixed list. An edit
 * of an active template is a new number; activating one retires the one before.
 */
export const templateKinds = ['decision', 'interview_notice', 'appeal_decision'] as const;
export const TemplateKind = z.enum(templateKinds);
export type TemplateKind = z.infer<typeof TemplateKind>;

export const templateStatuses = ['draft', 'active', 'retired'] as const;
export const TemplateStatus = z.enum(templateStatuses);
export type TemplateStatus = z.infer<typeof TemplateStatus>;

/**
 * The fields a template may name, with the kinds of document that can fill them. A `list` field is a
 * series of items (facts, people): alone in a list item it expands into one item each; in running
 * text its items are joined with "; ".
 */
export const templateFields = [
  { id: 'authority.name', kinds: ['decision', 'interview_notice', 'appeal_decision'], list: false },
  { id: 'authority.acronym', kinds: ['decision', 'interview_notice', 'appeal_decision'], list: false },
  { id: 'office.name', kinds: ['decision', 'interview_notice', 'appeal_decision'], list: false },
  { id: 'office.city', kinds: ['decision', 'interview_notice', 'appeal_decision'], list: false },
  { id: 'case.number', kinds: ['decision', 'interview_notice', 'appeal_decision'], list: false },
  { id: 'case.applicationDate', kinds: ['decision', 'interview_notice', 'appeal_decision'], list: false },
  { id: 'applicant.fullName', kinds: ['decision', 'interview_notice', 'appeal_decision'], list: false },
  { id: 'applicant.nationality', kinds: ['decision', 'interview_notice', 'appeal_decision'], list: false },
  { id: 'people.list', kinds: ['decision', 'appeal_decision'], list: true },
  { id: 'decision.date', kinds: ['decision', 'appeal_decision'], list: false },
  { id: 'decision.outcome', kinds: ['decision', 'appeal_decision'], list: false },
  { id: 'decision.legalBasis', kinds: ['decision', 'appeal_decision'], list: false },
  { id: 'decision.recognitionBasis', kinds: ['decision'], list: false },
  { id: 'decision.individualExplanation', kinds: ['decision', 'appeal_decision'], list: false },
  { id: 'decision.derivatives', kinds: ['decision'], list: true },
  { id: 'reasons.factsAccepted', kinds: ['decision'], list: true },
  { id: 'reasons.factsRejected', kinds: ['decision'], list: true },
  { id: 'reasons.credibility', kinds: ['decision'], list: false },
  { id: 'reasons.wellFoundedFear', kinds: ['decision'], list: false },
  { id: 'reasons.grounds', kinds: ['decision'], list: false },
  { id: 'reasons.nexus', kinds: ['decision'], list: false },
  { id: 'reasons.stateProtection', kinds: ['decision'], list: false },
  { id: 'reasons.cartagena', kinds: ['decision'], list: false },
  { id: 'reasons.exclusion', kinds: ['decision'], list: false },
  { id: 'reasons.complementaryProtection', kinds: ['decision'], list: false },
  { id: 'reasons.sources', kinds: ['decision'], list: true },
  { id: 'appeal.remedy', kinds: ['decision'], list: false },
  { id: 'appeal.timeLimit', kinds: ['decision'], list: false },
  { id: 'signatory.name', kinds: ['decision', 'interview_notice', 'appeal_decision'], list: false },
  { id: 'signatory.role', kinds: ['decision', 'interview_notice', 'appeal_decision'], list: false },
  { id: 'interview.date', kinds: ['interview_notice'], list: false },
  { id: 'interview.time', kinds: ['interview_notice'], list: false },
  { id: 'interview.place', kinds: ['interview_notice'], list: false },
  { id: 'interview.language', kinds: ['interview_notice'], list: false },
] as const satisfies readonly { id: string; kinds: readonly TemplateKind[]; list: boolean }[];

export type TemplateFieldId = (typeof templateFields)[number]['id'];
export const templateFieldIds = templateFields.map((f) => f.id) as [TemplateFieldId, ...TemplateFieldId[]];
export const TemplateFieldId = z.enum(templateFieldIds);

/** The field that carries the complementary-protection analysis (MEX LRPCAP art. 30: in the same resolution). */
export const complementaryProtectionField: TemplateFieldId = 'reasons.complementaryProtection';

/** `{{ field }}` in a block's text. */
export const placeholderPattern = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** The placeholders a text names, in order (duplicates kept). */
export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(placeholderPattern)].map((m) => m[1] ?? '');
}

const blockText = paragraph(8000).pipe(z.string().min(1, 'Write the text of the block'));

/** One block of a model resolution: the letter is these in order. */
export const TemplateBlock = z.discriminatedUnion('type', [
  z.object({ type: z.literal('heading'), text: line(300).pipe(z.string().min(1, 'Write the heading')) }),
  z.object({ type: z.literal('paragraph'), text: blockText }),
  z.object({
    type: z.literal('list'),
    items: z.array(blockText).min(1, 'A list needs at least one item').max(100),
  }),
  z.object({
    type: z.literal('signature'),
    lines: z.array(line(300)).min(1, 'A signature needs at least one line').max(6),
  }),
]);
export type TemplateBlock = z.infer<typeof TemplateBlock>;

/** Every text of a block with where it sits (`body.2.items.0`), for checking placeholders. */
export function textsOf(body: readonly TemplateBlock[]): { path: string; text: string }[] {
  return body.flatMap((block, i) => {
    switch (block.type) {
      case 'heading':
      case 'paragraph':
        return [{ path: `body.${i}.text`, text: block.text }];
      case 'list':
        return block.items.map((text, j) => ({ path: `body.${i}.items.${j}`, text }));
      case 'signature':
        return block.lines.map((text, j) => ({ path: `body.${i}.lines.${j}`, text }));
    }
  });
}

const TemplateBody = z.array(TemplateBlock).min(1, 'A template needs at least one block').max(200);
const Title = line(300).pipe(z.string().min(1, 'Give the template a title'));
const Source = line(500).pipe(z.string().min(1, "Say whose model this is (the authority's resolution)"));

/**
 * Body of `POST /api/v1/templates`: a new draft. With `basedOn`, the draft is the next number of that
 * template (same kind, outcome and language); its kind, outcome and language are then ignored.
 */
export const TemplateInput = z
  .object({
    kind: TemplateKind,
    /** The outcome the resolution states; none for an interview notice. */
    outcome: OutcomeId.nullable(),
    /** ISO 639-3. */
    language: z.string().regex(/^[a-z]{3}$/, 'An ISO 639-3 code: three lower-case letters'),
    title: Title,
    body: TemplateBody,
    source: Source,
    basedOn: z.uuid().nullable().default(null),
  })
  .superRefine((input, ctx) => {
    if ((input.kind === 'interview_notice') !== (input.outcome === null))
      ctx.addIssue({
        code: 'custom',
        path: ['outcome'],
        message:
          input.outcome === null ? 'Choose the outcome the resolution states' : 'A notice has no outcome',
      });
  });
export type TemplateInput = z.input<typeof TemplateInput>;

/** Body of `PUT /api/v1/templates/:id`: a draft's new text, from the version the user saw. */
export const UpdateTemplateInput = z.object({
  version: z.number().int().min(1),
  title: Title,
  body: TemplateBody,
  source: Source,
});
export type UpdateTemplateInput = z.input<typeof UpdateTemplateInput>;

/** Body of `POST /api/v1/templates/:id/activate` and `/retire`. */
export const TemplateStatusInput = z.object({ version: z.number().int().min(1) });
export type TemplateStatusInput = z.input<typeof TemplateStatusInput>;

/** Query of `GET /api/v1/templates`. */
export const TemplateQuery = z.object({
  kind: TemplateKind.optional(),
  outcome: OutcomeId.optional(),
  language: z
    .string()
    .regex(/^[a-z]{3}$/)
    .optional(),
  status: TemplateStatus.optional(),
});
export type TemplateQuery = z.infer<typeof TemplateQuery>;

export const templateActions = ['edit', 'new_number', 'activate', 'retire', 'preview'] as const;
export const TemplateAction = z.enum(templateActions);
export type TemplateAction = z.infer<typeof TemplateAction>;

export const TemplateView = z.object({
  id: z.uuid(),
  country: z.string(),
  kind: TemplateKind,
  outcome: OutcomeId.nullable(),
  language: z.string(),
  number: z.number().int(),
  status: TemplateStatus,
  title: z.string(),
  body: z.array(TemplateBlock),
  source: z.string(),
  /** Shipped with Refugio, not the authority's own model: to be replaced before real use. */
  refugioDraft: z.boolean(),
  createdBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  createdAt: z.string(),
  activatedAt: z.string().nullable(),
  retiredAt: z.string().nullable(),
  version: z.number().int(),
  actions: z.array(TemplateAction),
});
export type TemplateView = z.infer<typeof TemplateView>;

export const TemplateList = z.object({
  templates: z.array(TemplateView),
  canManage: z.boolean(),
});
export type TemplateList = z.infer<typeof TemplateList>;

export const TemplateFieldList = z.object({
  fields: z.array(z.object({ id: TemplateFieldId, kinds: z.array(TemplateKind), list: z.boolean() })),
});
export type TemplateFieldList = z.infer<typeof TemplateFieldList>;

/** The source text that marks a model shipped by Refugio (like `rightsAndDutiesSource`). */
export const refugioDraftSource = "Refugio draft: replace with the authority's model";
