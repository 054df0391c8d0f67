import { z } from 'zod';
import { CountryCode, LanguageCode } from './registration';
import { IsoDate, line, paragraph } from './text';

/**
 * Country-of-origin information (información sobre países de origen, IPO): the authority's library of
 * sources that assessments cite (issue 4; docs/design/eligibility.md §2.3, §5.1). Authority-wide, with
 * no personal data.
 */

/** How much of `publishedOn` is known: a report dated only "March 2025" is stored as 2025-03-01, `month`. */
export const DatePrecision = z.enum(['day', 'month', 'year']);
export type DatePrecision = z.infer<typeof DatePrecision>;

export const CoiSourceStatus = z.enum(['current', 'superseded']);
export type CoiSourceStatus = z.infer<typeof CoiSourceStatus>;

const distinct = <T>(items: T[]) => new Set(items).size === items.length;

/** A topic tag, folded by the server for search ("Violencia de género" and "violencia de genero" are one). */
const Topic = line(80).pipe(z.string().min(1, 'A topic cannot be empty'));

const Url = line(2000).refine((u) => u === '' || /^https?:\/\/\S+$/.test(u), {
  message: 'A link starts with http:// or https://',
});

/** The largest PDF a source may hold (as `stored_files`). */
export const MAX_COI_FILE_BYTES = 10 * 1024 * 1024;

/** A PDF sent inside a JSON body, base64-encoded (the web form's upload). */
export const EmbeddedPdf = z.object({
  fileName: line(255).default(''),
  contentBase64: z
    .string()
    .max(Math.ceil(MAX_COI_FILE_BYTES / 3) * 4 + 4, 'The file is larger than 10 MB')
    .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'Not base64'),
});
export type EmbeddedPdf = z.input<typeof EmbeddedPdf>;

// The fields without defaults, so that a PATCH leaves what it does not name as it was.
const CoiSourceFields = z.object({
  title: line(500).pipe(z.string().min(1, 'Give the title')),
  publisher: line(300).pipe(z.string().min(1, 'Give the publisher')),
  publishedOn: IsoDate,
  datePrecision: DatePrecision,
  url: Url,
  countries: z
    .array(CountryCode)
    .min(1, 'Name at least one country')
    .max(30)
    .refine(distinct, { message: 'Country listed twice' }),
  topics: z.array(Topic).max(30),
  language: LanguageCode.nullable(),
  summary: paragraph(20000),
});

/**
 * Body of `POST /api/v1/coi-sources`: a source with a link, an attached PDF, or both. The PDF can also
 * be sent (or replaced) raw with `PUT /coi-sources/:id/file`.
 */
export const CoiSourceInput = CoiSourceFields.extend({
  datePrecision: DatePrecision.default('day'),
  url: Url.default(''),
  topics: z.array(Topic).max(30).default([]),
  language: LanguageCode.nullable().default(null),
  summary: paragraph(20000).default(''),
  file: EmbeddedPdf.nullable().default(null),
}).refine((s) => s.url !== '' || s.file !== null, {
  message: 'Give a link or attach the PDF',
  path: ['url'],
});
export type CoiSourceInput = z.input<typeof CoiSourceInput>;

/** Body of `PATCH /api/v1/coi-sources/:id`: the fields that change, from the version the user saw. */
export const UpdateCoiSourceInput = CoiSourceFields.partial().extend({ version: z.number().int().min(1) });
export type UpdateCoiSourceInput = z.input<typeof UpdateCoiSourceInput>;

/** Body of `POST /api/v1/coi-sources/:id/supersede`. */
export const SupersedeCoiSourceInput = z.object({
  version: z.number().int().min(1),
  reason: paragraph(2000).pipe(z.string().min(1, 'Say why the source is superseded')),
  /** The source that replaces it, if there is one in the library. */
  supersededBy: z.uuid().nullable().default(null),
});
export type SupersedeCoiSourceInput = z.input<typeof SupersedeCoiSourceInput>;

const Person = z.object({ id: z.uuid(), name: z.string() });

export const coiSourceActions = ['edit', 'upload_file', 'supersede'] as const;
export const CoiSourceAction = z.enum(coiSourceActions);
export type CoiSourceAction = z.infer<typeof CoiSourceAction>;

export const CoiSourceView = z.object({
  id: z.uuid(),
  title: z.string(),
  publisher: z.string(),
  publishedOn: IsoDate,
  datePrecision: DatePrecision,
  url: z.string(),
  file: z.object({ sizeBytes: z.number().int(), sha256: z.string(), fileName: z.string() }).nullable(),
  countries: z.array(z.string()),
  topics: z.array(z.string()),
  language: z.string().nullable(),
  summary: z.string(),
  status: CoiSourceStatus,
  supersededBy: z.object({ id: z.uuid(), title: z.string() }).nullable(),
  supersededAt: z.iso.datetime({ offset: true }).nullable(),
  supersededReason: z.string(),
  /** How many assessments cite it (the list: `GET /coi-sources/:id/citations`). */
  citedBy: z.number().int(),
  addedBy: Person.nullable(),
  addedAt: z.iso.datetime({ offset: true }),
  version: z.number().int(),
  actions: z.array(CoiSourceAction),
});
export type CoiSourceView = z.infer<typeof CoiSourceView>;

const flag = z.preprocess((v) => (v === 'true' ? true : v === 'false' ? false : v), z.boolean());

/** Query of `GET /api/v1/coi-sources`: words (accents and case ignored), filters and a page. */
export const CoiSearchQuery = z
  .object({
    q: line(200).default(''),
    country: CountryCode.optional(),
    topic: line(80).optional(),
    from: IsoDate.optional(),
    to: IsoDate.optional(),
    includeSuperseded: flag.default(false),
    page: z.coerce.number().int().min(1).max(10_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(100).default(20),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'from is after to', path: ['to'] });
export type CoiSearchQuery = z.input<typeof CoiSearchQuery>;

export const CoiSearchResult = z.object({
  items: z.array(CoiSourceView),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  /** Whether the user may add sources. */
  canContribute: z.boolean(),
});
export type CoiSearchResult = z.infer<typeof CoiSearchResult>;

/**
 * `GET /api/v1/coi-sources/:id/citations`: the assessments that cite a source, so that when it is
 * superseded the officers know which reasoning to look at again. Case numbers only for cases the user
 * may read; the others are counted.
 */
export const CoiCitationList = z.object({
  sourceId: z.uuid(),
  assessments: z.array(
    z.object({
      assessmentId: z.uuid(),
      case: z.object({ id: z.uuid(), caseNumber: z.string() }),
      round: z.number().int(),
      status: z.enum(['draft', 'submitted', 'final', 'set_aside']),
      citations: z.number().int(),
    }),
  ),
  /** Citing assessments in offices outside the user's scope. */
  elsewhere: z.number().int(),
});
export type CoiCitationList = z.infer<typeof CoiCitationList>;
