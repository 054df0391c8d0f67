import { z } from 'zod';
import { countryCodes, languageCodes, specificNeedCodes } from './reference';
import { IsoDate, line, paragraph } from './text';

const needCodes = new Set(specificNeedCodes);

export const CountryCode = z
  .string()
  .trim()
  .toUpperCase()
  .refine((c) => countryCodes.has(c), { message: 'Unknown country code (ISO 3166-1 alpha-3 expected)' });
export const LanguageCode = z
  .string()
  .trim()
  .toLowerCase()
  .refine((c) => languageCodes.has(c), { message: 'Unknown language code (ISO 639-3 expected)' });
export const SpecificNeedCode = z
  .string()
  .trim()
  .toUpperCase()
  .refine((c) => needCodes.has(c), { message: 'Unknown UNHCR specific-needs code' });

export const sexes = ['F', 'M', 'X'] as const;
export const Sex = z.enum(sexes);
export type Sex = z.infer<typeof Sex>;

export const relationships = [
  'spouse',
  'child',
  'parent',
  'sibling',
  'grandchild',
  'grandparent',
  'other',
] as const;
export const Relationship = z.enum(relationships);
export type Relationship = z.infer<typeof Relationship>;

export const documentTypes = [
  'passport',
  'national_id',
  'birth_certificate',
  'driving_licence',
  'other',
] as const;
export const DocumentType = z.enum(documentTypes);

export const IdentityDocument = z.object({
  type: DocumentType,
  number: line(50).pipe(z.string().min(1)),
  issuingCountry: CountryCode,
});
export type IdentityDocument = z.infer<typeof IdentityDocument>;

// Building a formatter costs about a millisecond; formatting with one, microseconds.
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** Today's date in the given time zone as YYYY-MM-DD (the date an officer sees on the wall). */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    dayFormats.set(timeZone, format);
  }
  return format.format(now);
}

// Every MIRPS state is west of UTC, so no local "today" is later than today's UTC date.
const notInFuture = (d: string) => d <= new Date().toISOString().slice(0, 10);
const noDuplicates = <T>(xs: T[]) => new Set(xs).size === xs.length;

const name = (max: number) => line(max).pipe(z.string().min(1, { message: 'Required' }));

export const PersonInput = z.object({
  givenNames: name(100),
  firstSurname: name(100),
  secondSurname: line(100).default(''),
  otherNames: z.array(name(200)).max(10).default([]),
  sex: Sex,
  birthDate: IsoDate.refine(notInFuture, { message: 'Date of birth cannot be in the future' }).refine(
    (d) => d >= '1900-01-01',
    { message: 'Date of birth before 1900' },
  ),
  birthDateEstimated: z.boolean().default(false),
  countryOfBirth: CountryCode,
  nationalities: z
    .array(CountryCode)
    .max(5)
    .refine(noDuplicates, { message: 'Nationality listed twice' })
    .default([]),
  countryOfOrigin: CountryCode,
  languages: z.array(LanguageCode).min(1).max(10).refine(noDuplicates, { message: 'Language listed twice' }),
  needsInterpreter: z.boolean().default(false),
  phone: line(40)
    .refine((p) => p === '' || /^\+?[0-9 ()-]{6,40}$/.test(p), {
      message: 'Phone: digits, spaces, +, ( ) and - only',
    })
    .default(''),
  address: paragraph(500).default(''),
  documents: z.array(IdentityDocument).max(10).default([]),
  specificNeeds: z
    .array(SpecificNeedCode)
    .max(40)
    .refine(noDuplicates, { message: 'Code listed twice' })
    .default([]),
});
export type PersonInput = z.input<typeof PersonInput>;
export type Person = z.output<typeof PersonInput>;

export const DependantInput = PersonInput.extend({ relationship: Relationship });
export type DependantInput = z.input<typeof DependantInput>;
export type Dependant = z.output<typeof DependantInput>;

export const identityDecisions = ['same_person', 'different'] as const;
export const IdentityDecision = z.enum(identityDecisions);
export type IdentityDecision = z.infer<typeof IdentityDecision>;

/** The officer's decision at registration about one candidate of the person at `position` (0: principal). */
export const IdentityCheckInput = z.object({
  position: z.number().int().min(0).max(30),
  candidatePersonId: z.uuid(),
  decision: IdentityDecision,
});
export type IdentityCheckInput = z.infer<typeof IdentityCheckInput>;

export const RegisterApplicationInput = z
  .object({
    /** Defaults to the registering officer's office. */
    officeId: z.uuid().optional(),
    entryDate: IsoDate.refine(notInFuture, { message: 'Date of entry cannot be in the future' }),
    entryPlace: line(200).default(''),
    applicationDate: IsoDate.refine(notInFuture, { message: 'Date of application cannot be in the future' }),
    /** Required when the application is lodged after the profile's filing window. */
    lateFilingJustification: paragraph(4000).default(''),
    /** Triage indicators the registering officer ticked (ids of the profile's `triage.indicators`). */
    triageIndicators: z.array(z.string().max(100)).max(50).default([]),
    principal: PersonInput,
    dependants: z.array(DependantInput).max(30).default([]),
    /**
     * The officer's decisions on the likely existing people shown for each person (identity.ts). When
     * given (the web form always sends it, empty or not), every strong candidate must be decided on or
     * registration is refused naming the person; when absent (imports, scripts), strong candidates go
     * to the supervisors' review queue instead.
     */
    identityChecks: z.array(IdentityCheckInput).max(200).optional(),
  })
  .superRefine((input, ctx) => {
    if (input.applicationDate < input.entryDate) {
      ctx.addIssue({
        code: 'custom',
        path: ['applicationDate'],
        message: 'The application cannot be dated before the entry',
      });
    }
  });
export type RegisterApplicationInput = z.input<typeof RegisterApplicationInput>;
export type RegisterApplication = z.output<typeof RegisterApplicationInput>;
