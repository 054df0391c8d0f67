import { z } from 'zod';
import { Procedure } from './procedure';
import { Triage } from './triage';
import { OfficeView } from './cases';
import { ComplementaryProtectionRisk, GroundId } from './assessments';
import { OutcomeId } from './procedure';

/**
 * A MIRPS state's asylum law as data. Every rule either cites its legal basis and the source it was
 * read from, or says `unknown` with a note: nothing invented (shared/DOMAIN.md).
 */
export const Localized = z.strictObject({ es: z.string().min(1), en: z.string().min(1) });
export type Localized = z.infer<typeof Localized>;

const Source = z.strictObject({
  /** The article of law, decree or regulation, e.g. "LRPCAP art. 18". */
  legalBasis: z.string().min(1),
  /** Where the rule was read (DOMAIN.md source key or URL). */
  source: z.string().min(1),
});

const Unknown = z.strictObject({ status: z.literal('unknown'), note: z.string().min(1) });

export const CountryCode3 = z.enum(['BLZ', 'CRI', 'SLV', 'GTM', 'HND', 'MEX', 'PAN']);
export type CountryCode3 = z.infer<typeof CountryCode3>;

export const DecidingBody = z.strictObject({
  role: z.enum(['registration', 'first_instance', 'recommendation', 'appeal', 'judicial_review']),
  name: Localized,
  acronym: z.string().optional(),
  note: z.string().optional(),
});

export const Definition = z.discriminatedUnion('status', [
  Source.extend({ status: z.enum(['in_force', 'not_in_force']), note: z.string().optional() }),
  Unknown,
]);
export type Definition = z.infer<typeof Definition>;

export const TimeUnit = z.enum(['working_days', 'calendar_days', 'calendar_months']);
export type TimeUnit = z.infer<typeof TimeUnit>;

export const FilingWindow = z.discriminatedUnion('status', [
  Source.extend({
    status: z.literal('known'),
    length: z.number().int().positive(),
    unit: TimeUnit,
    /** The event the count starts from. */
    from: z.enum(['entry']),
    /** As the procedure's time limits: the day after entry (default) or the first working day after it. */
    countsFrom: z.enum(['day_after', 'next_working_day']).optional(),
    note: z.string().optional(),
  }),
  Unknown,
]);
export type FilingWindow = z.infer<typeof FilingWindow>;

export const CaseNumberFormat = z.strictObject({
  /**
   * Tokens: `{prefix}`, `{office}` (office code), `{year}` (4 digits), `{seq:N}` (sequence zero-padded
   * to N digits, restarting each year per office). Example: `{prefix}-{office}-{year}-{seq:6}`.
   */
  pattern: z
    .string()
    .min(1)
    .refine((p) => /\{seq:\d+\}/.test(p) && p.includes('{year}') && p.includes('{office}'), {
      message: 'pattern needs {office}, {year} and {seq:N} so that numbers are unique per office and year',
    }),
  prefix: z.string().default(''),
  note: z.string().min(1),
});
export type CaseNumberFormat = z.infer<typeof CaseNumberFormat>;

/** A rule read from the law, with an optional note; or unknown with a note. */
const KnownRule = Source.extend({ status: z.literal('known'), note: z.string().min(1).optional() });
const Rule = z.discriminatedUnion('status', [KnownRule, Unknown]);

/**
 * How the law has the eligibility interview held. Where a rule is unknown Refugio applies the UNHCR
 * standard as practice, never as law (same-sex requests honoured, remote interviews only with consent).
 */
export const InterviewRules = z.strictObject({
  /** The law requires the interview to be held in person. */
  inPerson: Rule,
  /** Whether the law allows a remote (video) interview. */
  remote: z.discriminatedUnion('status', [KnownRule.extend({ allowed: z.boolean() }), Unknown]),
  /** The applicant's right to ask for an interviewer and interpreter of their sex. */
  sameSexRequest: Rule,
  /** Interpreters are bound to confidentiality (an unsigned interpreter is not booked). */
  interpreterConfidentiality: Rule,
});
export type InterviewRules = z.infer<typeof InterviewRules>;

/** The remedy against a first-instance decision, as the law names it. */
export const AppealRemedy = z.discriminatedUnion('status', [
  KnownRule.extend({
    name: Localized,
    /** The decisions it lies against, where the source narrows it (Panama: non-admission only). */
    against: z.array(OutcomeId).min(1).optional(),
  }),
  Unknown,
]);
export type AppealRemedy = z.infer<typeof AppealRemedy>;

/** How a decision is notified: in writing, and whether the authority must see that it is understood. */
export const NotificationRules = z.discriminatedUnion('status', [
  KnownRule.extend({ written: z.boolean(), ensureUnderstanding: z.boolean() }),
  Unknown,
]);
export type NotificationRules = z.infer<typeof NotificationRules>;

/**
 * What a state's law adds to the eligibility procedure beyond the definitions: grounds besides the
 * Convention's (and gender, which `definitions.genderGround` says), the rule for complementary
 * protection in a refusal, how interviews are held, how decisions are notified and the remedy
 * against them (docs/design/eligibility.md §4).
 */
export const EligibilityRules = z.strictObject({
  otherGrounds: z.array(
    Source.extend({ id: GroundId.extract(['ethnicity', 'belief']), note: z.string().optional() }),
  ),
  complementaryProtection: z.discriminatedUnion('status', [
    Source.extend({
      status: z.literal('known'),
      /** The analysis must be made in every refusal. */
      requiredInRefusal: z.boolean(),
      /** In the same resolution as the refusal. */
      sameResolution: z.boolean(),
      risks: z.array(ComplementaryProtectionRisk).min(1),
      barredByExclusion: z.boolean(),
    }),
    Unknown,
  ]),
  interview: InterviewRules,
  notification: NotificationRules,
  appealRemedy: AppealRemedy,
});
export type EligibilityRules = z.infer<typeof EligibilityRules>;

export const CountryProfile = z.strictObject({
  code: CountryCode3,
  name: Localized,
  timeZone: z.string().min(1),
  officialLanguages: z.array(z.string().length(3)).min(1),
  authority: z.strictObject({ name: Localized, acronym: z.string().min(1) }),
  decidingBodies: z.array(DecidingBody).min(1),
  legalBases: z
    .array(
      z.strictObject({ title: z.string().min(1), citation: z.string().min(1), source: z.string().min(1) }),
    )
    .min(1),
  definitions: z.strictObject({
    convention1951: Definition,
    cartagena: Definition,
    genderGround: Definition,
    complementaryProtection: Definition,
  }),
  /** What the law adds to the eligibility assessment (grounds, complementary protection). */
  eligibility: EligibilityRules,
  filingWindow: FilingWindow,
  caseNumber: CaseNumberFormat,
  /** Stages, transitions, outcomes, closure reasons and time limits (contract/src/procedure.ts). */
  procedure: Procedure,
  /** Tracks, registration indicators and the rules that place a case on a track (contract/src/triage.ts). */
  triage: Triage,
  /** The rights and duties printed on each person's proof of registration, in both UI languages. */
  rightsAndDuties: z.strictObject({
    es: z.array(z.string().min(1)).min(1),
    en: z.array(z.string().min(1)).min(1),
  }),
  /** Where the rights-and-duties text comes from, or a note that it is a draft for the authority to replace. */
  rightsAndDutiesSource: z.string().min(1),
});
export type CountryProfile = z.infer<typeof CountryProfile>;

/** The part of the profile the web app needs. */
export const CountryProfileSummary = CountryProfile.pick({
  code: true,
  name: true,
  authority: true,
  filingWindow: true,
  definitions: true,
  timeZone: true,
  triage: true,
}).extend({
  /** How the law has interviews held, shown as guidance where one is scheduled. */
  interviewRules: InterviewRules,
});
export type CountryProfileSummary = z.infer<typeof CountryProfileSummary>;

/** What GET /api/v1/reference answers: the profile summary and the offices, for forms and filters. */
export const ReferenceData = z.strictObject({
  profile: CountryProfileSummary,
  offices: z.array(OfficeView),
});
export type ReferenceData = z.infer<typeof ReferenceData>;
