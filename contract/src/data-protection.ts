import { z } from 'zod';
import { CountryCode } from './registration';
import { IsoDate, line, paragraph } from './text';

/**
 * Data protection (issue 5): who may receive a person's data, the person's consent to each kind of
 * sharing, and every disclosure made. Nothing is ever disclosed to the authorities of a person's
 * country of origin, with or without consent.
 */

/** The kinds of sharing a person consents to (or not), one by one. */
export const sharingPurposes = ['unhcr', 'partner_referral', 'resettlement', 'family_tracing'] as const;
export const SharingPurpose = z.enum(sharingPurposes);
export type SharingPurpose = z.infer<typeof SharingPurpose>;

/** Who a recipient is. A state authority always names its state. */
export const recipientKinds = ['unhcr', 'international_organisation', 'ngo', 'state_authority'] as const;
export const RecipientKind = z.enum(recipientKinds);
export type RecipientKind = z.infer<typeof RecipientKind>;

/** Which purposes each kind of recipient may receive data for. */
export const purposesByRecipientKind: Record<RecipientKind, readonly SharingPurpose[]> = {
  unhcr: ['unhcr', 'resettlement', 'family_tracing'],
  international_organisation: ['partner_referral', 'resettlement', 'family_tracing'],
  ngo: ['partner_referral', 'family_tracing'],
  state_authority: ['resettlement'],
};

export const consentDecisions = ['given', 'refused', 'withdrawn'] as const;
export const ConsentDecision = z.enum(consentDecisions);
export type ConsentDecision = z.infer<typeof ConsentDecision>;

/** How the consent was taken. */
export const consentMethods = ['signed_form', 'oral_recorded', 'electronic'] as const;
export const ConsentMethod = z.enum(consentMethods);

/** Who expressed it: the person, or for a child or a person without capacity, a parent, guardian or representative. */
export const consentGivers = ['self', 'parent_or_guardian', 'legal_representative'] as const;
export const ConsentGiver = z.enum(consentGivers);

export const RecipientInput = z
  .object({
    name: line(200).pipe(z.string().min(1, { message: 'Required' })),
    kind: RecipientKind,
    /** The state a state authority belongs to, or where an organisation is based (ISO 3166-1 alpha-3). */
    country: CountryCode.nullable().default(null),
    active: z.boolean().default(true),
  })
  .superRefine((r, ctx) => {
    if (r.kind === 'state_authority' && r.country === null) {
      ctx.addIssue({ code: 'custom', path: ['country'], message: 'A state authority names its state' });
    }
  });
export type RecipientInput = z.input<typeof RecipientInput>;

export const UpdateRecipientInput = z.object({ version: z.number().int().positive() }).and(RecipientInput);
export type UpdateRecipientInput = z.input<typeof UpdateRecipientInput>;

export const RecipientView = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: RecipientKind,
  country: z.string().nullable(),
  active: z.boolean(),
  purposes: z.array(SharingPurpose),
  version: z.number().int(),
});
export type RecipientView = z.infer<typeof RecipientView>;
export const RecipientList = z.object({ recipients: z.array(RecipientView) });
export type RecipientList = z.infer<typeof RecipientList>;

export const RecordConsentInput = z.object({
  personId: z.uuid(),
  purpose: SharingPurpose,
  decision: ConsentDecision,
  method: ConsentMethod,
  givenBy: ConsentGiver.default('self'),
  /** The day the person expressed it (a signed form may be entered later). */
  expressedOn: IsoDate,
  note: paragraph(2000).default(''),
});
export type RecordConsentInput = z.input<typeof RecordConsentInput>;

export const ConsentRecordView = z.object({
  id: z.uuid(),
  personId: z.uuid(),
  purpose: SharingPurpose,
  decision: ConsentDecision,
  method: ConsentMethod,
  givenBy: ConsentGiver,
  expressedOn: z.iso.date(),
  note: z.string(),
  recordedBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  recordedAt: z.iso.datetime({ offset: true }),
});
export type ConsentRecordView = z.infer<typeof ConsentRecordView>;

/** Each person's consents: the standing decision per purpose and the full history, newest first. */
export const CaseConsents = z.object({
  people: z.array(
    z.object({
      personId: z.uuid(),
      current: z.partialRecord(SharingPurpose, ConsentRecordView),
      history: z.array(ConsentRecordView),
    }),
  ),
});
export type CaseConsents = z.infer<typeof CaseConsents>;

export const DiscloseInput = z.object({
  recipientId: z.uuid(),
  purpose: SharingPurpose,
  personIds: z.array(z.uuid()).min(1, { message: 'Choose at least one person' }).max(50),
  note: paragraph(2000).default(''),
});
export type DiscloseInput = z.input<typeof DiscloseInput>;

/** Why sharing a person's data was refused. */
export const disclosureRefusals = [
  'country_of_origin',
  'no_consent',
  'consent_refused',
  'consent_withdrawn',
  'purpose_not_for_recipient',
  'recipient_inactive',
] as const;
export type DisclosureRefusal = (typeof disclosureRefusals)[number];

export const DisclosureView = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  recipient: z.object({
    id: z.uuid(),
    name: z.string(),
    kind: RecipientKind,
    country: z.string().nullable(),
  }),
  purpose: SharingPurpose,
  personIds: z.array(z.uuid()),
  note: z.string(),
  disclosedBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  disclosedAt: z.iso.datetime({ offset: true }),
});
export type DisclosureView = z.infer<typeof DisclosureView>;
export const DisclosureList = z.object({ disclosures: z.array(DisclosureView) });
export type DisclosureList = z.infer<typeof DisclosureList>;

/**
 * What a recipient receives: the recipient named, the purpose, and only the data that purpose needs
 * (never the claim, the interviews or the assessment).
 */
export const DisclosurePackage = z.object({
  format: z.literal('refugio.disclosure/1'),
  disclosureId: z.uuid(),
  recipient: z.object({ name: z.string(), kind: RecipientKind, country: z.string().nullable() }),
  purpose: SharingPurpose,
  disclosedAt: z.iso.datetime({ offset: true }),
  authority: z.object({ country: z.string() }),
  case: z.object({ caseNumber: z.string(), applicationDate: z.iso.date(), stage: z.string() }),
  people: z.array(
    z.object({
      role: z.enum(['principal', 'dependant']),
      relationship: z.string().nullable(),
      givenNames: z.string(),
      firstSurname: z.string(),
      secondSurname: z.string(),
      sex: z.string(),
      birthDate: z.iso.date(),
      nationalities: z.array(z.string()),
      languages: z.array(z.string()),
      /** Only for a referral to services, which must reach the person. */
      contact: z.object({ phone: z.string(), address: z.string() }).optional(),
      /** Only for referral and resettlement, which must meet them. */
      specificNeeds: z.array(z.string()).optional(),
    }),
  ),
});
export type DisclosurePackage = z.infer<typeof DisclosurePackage>;

// ---------------------------------------------------------------------------------------------
// Subject access (issue 5): everything the authority holds about one person, third parties withheld.

export const SubjectAccessFormat = z.enum(['json', 'pdf']);
export type SubjectAccessFormat = z.infer<typeof SubjectAccessFormat>;

/** Query of the export routes: the language the person reads (labels and the PDF). */
export const SubjectAccessQuery = z.object({ lang: z.enum(['es', 'en']).default('es') });
export type SubjectAccessQuery = z.input<typeof SubjectAccessQuery>;

const Instant = z.iso.datetime({ offset: true });

/** A transcript turn: the subject's own and the officials' are given; another person's is withheld. */
export const SubjectAccessTurn = z.object({
  position: z.number().int(),
  speaker: z.string(),
  text: z.string().nullable(),
  withheld: z.boolean(),
});
export type SubjectAccessTurn = z.infer<typeof SubjectAccessTurn>;

export const SubjectAccessAttendee = z.object({
  role: z.string(),
  name: z.string().nullable(),
  withheld: z.boolean(),
});
export type SubjectAccessAttendee = z.infer<typeof SubjectAccessAttendee>;

/** How many items about other people were left out, by kind (the export says so rather than hiding it). */
export const SubjectAccessWithheld = z.object({
  people: z.number().int(),
  interviews: z.number().int(),
  interviewTurns: z.number().int(),
  attendees: z.number().int(),
  documents: z.number().int(),
  events: z.number().int(),
  decisions: z.number().int(),
  /** The assessment's facts on the claim, left out of a dependant's export. */
  facts: z.number().int(),
});
export type SubjectAccessWithheld = z.infer<typeof SubjectAccessWithheld>;

/**
 * `GET /api/v1/cases/:caseId/people/:personId/subject-access.json`: the subject's own data in full,
 * other people of the case only by their role, officers by name and role (they act in public office).
 */
export const SubjectAccessExport = z.object({
  format: z.literal('refugio.subject-access/1'),
  generatedAt: Instant,
  language: z.enum(['es', 'en']),
  authority: z.object({ country: z.string(), name: z.string() }),
  subject: z.object({
    personId: z.uuid(),
    role: z.enum(['principal', 'dependant']),
    relationship: z.string().nullable(),
    givenNames: z.string(),
    firstSurname: z.string(),
    secondSurname: z.string(),
    otherNames: z.array(z.string()),
    sex: z.string(),
    birthDate: z.iso.date(),
    birthDateEstimated: z.boolean(),
    countryOfBirth: z.string(),
    nationalities: z.array(z.string()),
    countryOfOrigin: z.string(),
    languages: z.array(z.string()),
    needsInterpreter: z.boolean(),
    phone: z.string(),
    address: z.string(),
    identityDocuments: z.array(
      z.object({ type: z.string(), number: z.string(), issuingCountry: z.string() }),
    ),
    specificNeeds: z.array(z.object({ code: z.string(), label: z.string() })),
  }),
  case: z.object({
    caseNumber: z.string(),
    office: z.object({ code: z.string(), name: z.string() }),
    applicationDate: z.iso.date(),
    entryDate: z.iso.date(),
    entryPlace: z.string(),
    registeredAt: Instant,
    status: z.string(),
    stage: z.string(),
    outcome: z.string().nullable(),
  }),
  /** The other people of the case: their role only; what identifies them is withheld. */
  otherPeople: z.array(
    z.object({
      role: z.enum(['principal', 'dependant']),
      relationship: z.string().nullable(),
      withheld: z.literal(true),
    }),
  ),
  consents: z.array(
    z.object({
      purpose: SharingPurpose,
      decision: ConsentDecision,
      method: z.string(),
      givenBy: z.string(),
      expressedOn: z.iso.date(),
      note: z.string(),
      recordedBy: z.string().nullable(),
      recordedAt: Instant,
    }),
  ),
  disclosures: z.array(
    z.object({
      recipient: z.object({ name: z.string(), kind: RecipientKind, country: z.string().nullable() }),
      purpose: SharingPurpose,
      /** Disclosures are only ever made with the person's standing consent to the purpose. */
      legalBasis: z.literal('consent'),
      disclosedAt: Instant,
      disclosedBy: z.string().nullable(),
    }),
  ),
  interviews: z.array(
    z.object({
      startsAt: Instant,
      endsAt: Instant,
      status: z.string(),
      mode: z.string(),
      place: z.string().nullable(),
      officer: z.string(),
      interpreterLanguage: z.string().nullable(),
      record: z
        .object({
          status: z.string(),
          attendees: z.array(SubjectAccessAttendee),
          turns: z.array(SubjectAccessTurn),
          applicantRemarks: z.string(),
        })
        .nullable(),
    }),
  ),
  /** The facts the assessment found on the claim: given to the principal applicant, whose claim it is. */
  assessmentFacts: z.array(z.object({ statement: z.string(), finding: z.string(), reasons: z.string() })),
  decisions: z.array(
    z.object({
      kind: z.string(),
      round: z.number().int(),
      status: z.string(),
      outcome: z.string().nullable(),
      issuedOn: z.iso.date().nullable(),
      notifiedOn: z.array(z.iso.date()),
    }),
  ),
  appeals: z.array(
    z.object({
      filedOn: z.iso.date(),
      status: z.string(),
      outcome: z.string().nullable(),
      decidedOn: z.iso.date().nullable(),
      withdrawnOn: z.iso.date().nullable(),
    }),
  ),
  documents: z.array(
    z.object({ fileName: z.string(), category: z.string(), mediaType: z.string(), uploadedAt: Instant }),
  ),
  events: z.array(z.object({ type: z.string(), occurredAt: Instant, by: z.string().nullable() })),
  /** Who opened or changed the file: the officer's role and office, and when (standard DSAR practice). */
  accessLog: z.array(
    z.object({
      action: z.string(),
      occurredAt: Instant,
      role: z.string().nullable(),
      office: z.string().nullable(),
    }),
  ),
  withheld: SubjectAccessWithheld,
});
export type SubjectAccessExport = z.infer<typeof SubjectAccessExport>;
