import { z } from 'zod';
import { Actor, CaseDetail } from './cases';
import { LanguageCode, Sex } from './registration';
import { IsoDate, line, paragraph } from './text';

// Schemas of the interviews feature (issue 4; docs/design/eligibility.md §2.2, §5.1, §5.2).
// Times of day are local to the country profile's time zone (HH:MM); instants are ISO with offset.

const version = z.number().int().min(1);
const required = (max: number, message = 'Required') => line(max).pipe(z.string().min(1, message));
const requiredText = (max: number, message = 'Required') => paragraph(max).pipe(z.string().min(1, message));
const noDuplicates = <T>(xs: T[]) => new Set(xs).size === xs.length;

/** A local time of day, HH:MM (24 h). */
export const TimeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'A time of day, HH:MM');
export type TimeOfDay = z.infer<typeof TimeOfDay>;

// ---- interpreter register and rooms ------------------------------------------------------------

export const interpreterEngagements = ['staff', 'contracted', 'volunteer'] as const;
export const InterpreterEngagement = z.enum(interpreterEngagements);
export type InterpreterEngagement = z.infer<typeof InterpreterEngagement>;

export const availabilityModes = ['in_person', 'remote', 'both'] as const;

/** A weekly window in which an interpreter can be booked (ISO weekday: 1 Monday … 7 Sunday). */
export const AvailabilityWindow = z
  .object({
    weekday: z.number().int().min(1).max(7),
    starts: TimeOfDay,
    ends: TimeOfDay,
    mode: z.enum(availabilityModes),
    officeId: z.uuid().nullable().default(null),
    validFrom: IsoDate,
    validTo: IsoDate.nullable().default(null),
  })
  .refine((w) => w.ends > w.starts, { path: ['ends'], message: 'Ends after it starts' })
  .refine((w) => w.validTo === null || w.validTo >= w.validFrom, {
    path: ['validTo'],
    message: 'Not before the start of validity',
  });
export type AvailabilityWindow = z.infer<typeof AvailabilityWindow>;

/** Body of `POST /api/v1/interpreters` (and, with `version`, `PATCH /api/v1/interpreters/:id`). */
export const InterpreterInput = z.object({
  fullName: required(200),
  sex: Sex,
  /** ISO 639-3, e.g. `hat` (Haitian Creole), `mam`, `quc`, `kek`. */
  languages: z
    .array(LanguageCode)
    .min(1, 'At least one language')
    .max(20)
    .refine(noDuplicates, { message: 'Language listed twice' }),
  languageNotes: paragraph(1000).default(''),
  /** Empty: any office (remote work). */
  officeIds: z.array(z.uuid()).max(50).refine(noDuplicates, { message: 'Office listed twice' }).default([]),
  engagement: InterpreterEngagement,
  phone: line(50).default(''),
  email: z.union([z.literal(''), z.email().max(200)]).default(''),
  active: z.boolean().default(true),
  /** The date the confidentiality undertaking was signed; an interpreter without one is not booked. */
  confidentialitySignedOn: IsoDate.nullable().default(null),
});
export type InterpreterInput = z.input<typeof InterpreterInput>;

export const UpdateInterpreterInput = InterpreterInput.extend({ version });
export type UpdateInterpreterInput = z.input<typeof UpdateInterpreterInput>;

/** Body of `PUT /api/v1/interpreters/:id/availability`: the whole set of windows. */
export const SetAvailabilityInput = z.object({
  version,
  windows: z.array(AvailabilityWindow).max(100),
});
export type SetAvailabilityInput = z.input<typeof SetAvailabilityInput>;

export const InterpreterView = z.object({
  id: z.uuid(),
  fullName: z.string(),
  sex: Sex,
  languages: z.array(z.string()),
  languageNotes: z.string(),
  officeIds: z.array(z.uuid()),
  engagement: InterpreterEngagement,
  phone: z.string(),
  email: z.string(),
  active: z.boolean(),
  confidentialitySignedOn: IsoDate.nullable(),
  availability: z.array(AvailabilityWindow),
  version: z.number().int(),
});
export type InterpreterView = z.infer<typeof InterpreterView>;

/** `GET /api/v1/interpreters?language&sex&officeId&active`. */
export const InterpreterQuery = z.object({
  language: LanguageCode.optional(),
  sex: Sex.optional(),
  officeId: z.uuid().optional(),
  active: z.enum(['true', 'false']).optional(),
});
export type InterpreterQuery = z.input<typeof InterpreterQuery>;

export const InterpreterList = z.object({
  interpreters: z.array(InterpreterView),
  canManage: z.boolean(),
});
export type InterpreterList = z.infer<typeof InterpreterList>;

export const roomFeatures = ['video', 'accessible', 'child_friendly'] as const;
export const RoomFeature = z.enum(roomFeatures);

/** Body of `POST /api/v1/rooms` (and, with `version`, `PATCH /api/v1/rooms/:id`). */
export const RoomInput = z.object({
  officeId: z.uuid(),
  name: required(100),
  capacity: z.number().int().min(1).max(100),
  features: z.array(RoomFeature).refine(noDuplicates, { message: 'Feature listed twice' }).default([]),
  active: z.boolean().default(true),
});
export type RoomInput = z.input<typeof RoomInput>;

export const UpdateRoomInput = RoomInput.omit({ officeId: true }).extend({ version });
export type UpdateRoomInput = z.input<typeof UpdateRoomInput>;

export const RoomView = z.object({
  id: z.uuid(),
  officeId: z.uuid(),
  name: z.string(),
  capacity: z.number().int(),
  features: z.array(RoomFeature),
  active: z.boolean(),
  version: z.number().int(),
});
export type RoomView = z.infer<typeof RoomView>;

export const RoomQuery = z.object({ officeId: z.uuid().optional() });

export const RoomList = z.object({
  rooms: z.array(RoomView),
  /** The offices whose rooms the user may add or change. */
  manageableOfficeIds: z.array(z.uuid()),
});
export type RoomList = z.infer<typeof RoomList>;

// ---- bookings and scheduling --------------------------------------------------------------------

export const bookingResourceKinds = ['officer', 'interpreter', 'room', 'person'] as const;
export const BookingResourceKind = z.enum(bookingResourceKinds);
export type BookingResourceKind = z.infer<typeof BookingResourceKind>;

export const interviewModes = ['in_person', 'remote_video', 'remote_phone'] as const;
export const InterviewMode = z.enum(interviewModes);
export type InterviewMode = z.infer<typeof InterviewMode>;

export const interviewStatuses = ['scheduled', 'held', 'no_show', 'cancelled', 'rescheduled'] as const;
export const InterviewStatus = z.enum(interviewStatuses);
export type InterviewStatus = z.infer<typeof InterviewStatus>;

export const interviewPurposes = ['eligibility', 'dependant', 'follow_up'] as const;
export const InterviewPurpose = z.enum(interviewPurposes);
export type InterviewPurpose = z.infer<typeof InterviewPurpose>;

/** Where and when: shared by scheduling and rescheduling. */
const slotFields = {
  officerId: z.uuid(),
  interpreterId: z.uuid().nullable().default(null),
  /** The language the interview is held in (the interpreter's language when there is one). */
  language: LanguageCode,
  mode: InterviewMode,
  roomId: z.uuid().nullable().default(null),
  /** Local date and times in the country's time zone. */
  date: IsoDate,
  startTime: TimeOfDay,
  endTime: TimeOfDay,
  interpreterRemote: z.boolean().default(false),
  sameSexRequested: z.boolean().default(false),
  /** Why a same-sex request cannot be met; required when it cannot. */
  unmetReason: paragraph(1000).default(''),
};

const slotChecks = <
  T extends z.ZodType<{ startTime: string; endTime: string; mode: string; roomId: string | null }>,
>(
  schema: T,
) =>
  schema
    .refine((s) => s.endTime > s.startTime, { path: ['endTime'], message: 'Ends after it starts' })
    .refine((s) => s.mode !== 'in_person' || s.roomId !== null, {
      path: ['roomId'],
      message: 'An interview in person needs a room',
    });

/** Body of `POST /api/v1/cases/:caseId/interviews`. */
export const ScheduleInterviewInput = slotChecks(
  z.object({
    /** The case version the user saw: scheduling the principal's interview moves the case. */
    caseVersion: version,
    personId: z.uuid(),
    purpose: InterviewPurpose.default('eligibility'),
    /** Why a new date, when the case still waits on a cancelled or missed interview. */
    reason: paragraph(1000).default(''),
    ...slotFields,
  }),
);
export type ScheduleInterviewInput = z.input<typeof ScheduleInterviewInput>;

/** Body of `POST /api/v1/interviews/:id/reschedule`: a new slot replaces the interview. */
export const RescheduleInterviewInput = slotChecks(
  z.object({
    version,
    caseVersion: version,
    reason: requiredText(1000, 'Say why the interview moves'),
    ...slotFields,
  }),
);
export type RescheduleInterviewInput = z.input<typeof RescheduleInterviewInput>;

/** Body of `POST /api/v1/interviews/:id/cancel`. */
export const CancelInterviewInput = z.object({
  version,
  reason: requiredText(1000, 'Say why the interview is cancelled'),
});
export type CancelInterviewInput = z.input<typeof CancelInterviewInput>;

export const contactMethods = ['phone', 'sms', 'messaging', 'email', 'visit', 'other'] as const;

/** Body of `POST /api/v1/interviews/:id/no-show`. */
export const RecordNoShowInput = z.object({
  version,
  caseVersion: version,
  /** Until when the officer waited, local time on the interview's day. */
  waitedUntil: TimeOfDay,
  contactAttempts: z
    .array(
      z.object({
        on: IsoDate,
        method: z.enum(contactMethods),
        outcome: required(300),
      }),
    )
    .max(20)
    .default([]),
});
export type RecordNoShowInput = z.input<typeof RecordNoShowInput>;

/** Why the applicant says they missed the interview (the details are narrative, read like the claim). */
export const noShowReasons = [
  'illness',
  'family_emergency',
  'transport',
  'security',
  'notice_not_received',
  'other',
] as const;
export const NoShowReason = z.enum(noShowReasons);
export type NoShowReason = z.infer<typeof NoShowReason>;

/**
 * Body of `POST /api/v1/interviews/:id/no-show/justification`: the applicant later justified the
 * no-show (e.g. illness, with a medical certificate). It then no longer counts towards abandonment.
 */
export const JustifyNoShowInput = z.object({
  version,
  caseVersion: version,
  /** The day the justification reached the office. */
  receivedOn: IsoDate,
  reason: NoShowReason,
  /** What the applicant said and brought (a medical certificate…). */
  details: requiredText(2000, 'Say what the applicant gave as justification'),
});
export type JustifyNoShowInput = z.input<typeof JustifyNoShowInput>;

export const remoteConsentMethods = ['written', 'oral_recorded', 'electronic'] as const;

/** Body of `POST /api/v1/cases/:caseId/people/:personId/remote-consents`. */
export const RemoteConsentInput = z.object({
  givenOn: IsoDate,
  method: z.enum(remoteConsentMethods),
});
export type RemoteConsentInput = z.input<typeof RemoteConsentInput>;

/** Body of `POST /api/v1/remote-consents/:id/withdraw`. */
export const WithdrawRemoteConsentInput = z.object({ reason: requiredText(1000) });
export type WithdrawRemoteConsentInput = z.input<typeof WithdrawRemoteConsentInput>;

export const RemoteConsentView = z.object({
  id: z.uuid(),
  personId: z.uuid(),
  givenOn: IsoDate,
  method: z.enum(remoteConsentMethods),
  withdrawnAt: z.iso.datetime({ offset: true }).nullable(),
});
export type RemoteConsentView = z.infer<typeof RemoteConsentView>;

export const interviewActions = [
  'reschedule',
  'cancel',
  'record_no_show',
  'justify_no_show',
  'open_record',
  'view_record',
  'print_notice',
] as const;
export const InterviewAction = z.enum(interviewActions);
export type InterviewAction = z.infer<typeof InterviewAction>;

export const InterviewView = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  person: z.object({ id: z.uuid(), name: z.string() }),
  purpose: InterviewPurpose,
  drivesStage: z.boolean(),
  officer: Actor.extend({ sex: Sex.nullable() }),
  interpreter: z.object({ id: z.uuid(), fullName: z.string(), sex: Sex }).nullable(),
  language: z.string(),
  room: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  mode: InterviewMode,
  interpreterRemote: z.boolean(),
  startsAt: z.iso.datetime({ offset: true }),
  endsAt: z.iso.datetime({ offset: true }),
  /** Local date and times in the country's time zone. */
  date: IsoDate,
  startTime: TimeOfDay,
  endTime: TimeOfDay,
  sameSexRequested: z.boolean(),
  sameSexUnmet: z.array(z.enum(['officer', 'interpreter'])),
  unmetReason: z.string(),
  status: InterviewStatus,
  cancelReason: z.string(),
  replacesId: z.uuid().nullable(),
  noShow: z
    .object({
      waitedUntil: z.iso.datetime({ offset: true }),
      contactAttempts: z.number().int(),
      /** A justification received later: the no-show then no longer counts towards abandonment. */
      justification: z
        .object({
          receivedOn: IsoDate,
          reason: NoShowReason,
          /** Null unless the reader may read the claim's narrative. */
          details: z.string().nullable(),
          recordedAt: z.iso.datetime({ offset: true }).nullable(),
          by: Actor.nullable(),
        })
        .nullable(),
    })
    .nullable(),
  record: z.object({ id: z.uuid(), status: z.enum(['open', 'confirmed']) }).nullable(),
  version: z.number().int(),
  actions: z.array(InterviewAction),
});
export type InterviewView = z.infer<typeof InterviewView>;

/** Who and what can be booked for the case's office: the schedule form's choices. */
export const SchedulingChoices = z.object({
  officers: z.array(Actor.extend({ sex: Sex.nullable() })),
  interpreters: z.array(
    z.object({
      id: z.uuid(),
      fullName: z.string(),
      sex: Sex,
      languages: z.array(z.string()),
      /** Without a signed confidentiality undertaking the interpreter cannot be booked. */
      bookable: z.boolean(),
    }),
  ),
  rooms: z.array(z.object({ id: z.uuid(), name: z.string(), capacity: z.number().int() })),
});
export type SchedulingChoices = z.infer<typeof SchedulingChoices>;

/** `GET /api/v1/cases/:caseId/interviews`. */
export const InterviewList = z.object({
  interviews: z.array(InterviewView),
  consents: z.array(RemoteConsentView),
  canSchedule: z.boolean(),
  /** Null unless the user may schedule. */
  choices: SchedulingChoices.nullable(),
});
export type InterviewList = z.infer<typeof InterviewList>;

/** What a step driven by an interview answers: the interview and the case it moved. */
export const InterviewStepResult = z.object({ interview: InterviewView, case: CaseDetail });
export type InterviewStepResult = z.infer<typeof InterviewStepResult>;

// ---- interview records -------------------------------------------------------------------------

export const attendeeRoles = [
  'applicant',
  'dependant',
  'officer',
  'interpreter',
  'representative',
  'guardian',
  'unhcr',
  'witness',
  'other',
] as const;
export const Attendee = z.object({
  role: z.enum(attendeeRoles),
  name: required(200),
});
export type Attendee = z.infer<typeof Attendee>;

/** What the applicant was told before the interview (UNHCR INF-1). */
export const informationItems = [
  'criteria',
  'rights_and_duties',
  'procedure_and_appeal',
  'family_own_claim',
  'confidentiality',
  'same_sex_right',
  'interpreter_role',
  'complaints',
] as const;
export const InformationGiven = z.enum(informationItems);
export type InformationGiven = z.infer<typeof InformationGiven>;

export const turnSpeakers = ['officer', 'applicant', 'interpreter', 'representative', 'other'] as const;
export const TurnSpeaker = z.enum(turnSpeakers);
export type TurnSpeaker = z.infer<typeof TurnSpeaker>;

export const applicantConfirmations = ['confirmed', 'confirmed_with_corrections', 'refused'] as const;
export const ApplicantConfirmation = z.enum(applicantConfirmations);
export type ApplicantConfirmation = z.infer<typeof ApplicantConfirmation>;

/** Body of `POST /api/v1/interviews/:id/record`: the interview was held and its record opens. */
export const OpenInterviewRecordInput = z.object({
  version,
  startTime: TimeOfDay,
});
export type OpenInterviewRecordInput = z.input<typeof OpenInterviewRecordInput>;

export const InterviewTurn = z.object({
  speaker: TurnSpeaker,
  text: requiredText(20000),
  duringReadBack: z.boolean().default(false),
});
export type InterviewTurn = z.input<typeof InterviewTurn>;

/** Body of `PUT /api/v1/interview-records/:id`: the whole record while it is open. */
export const SaveInterviewRecordInput = z
  .object({
    version,
    startTime: TimeOfDay,
    endTime: TimeOfDay.nullable().default(null),
    attendees: z.array(Attendee).max(30).default([]),
    informationGiven: z.array(InformationGiven).refine(noDuplicates).default([]),
    fitness: z
      .object({ fit: z.boolean(), notes: paragraph(2000).default('') })
      .default({ fit: true, notes: '' }),
    observations: paragraph(5000).default(''),
    turns: z.array(InterviewTurn).max(2000).default([]),
  })
  .refine((r) => r.endTime === null || r.endTime > r.startTime, {
    path: ['endTime'],
    message: 'Ends after it starts',
  });
export type SaveInterviewRecordInput = z.input<typeof SaveInterviewRecordInput>;

/** Body of `POST /api/v1/interview-records/:id/confirm`: read back, and the applicant's answer. */
export const ConfirmInterviewRecordInput = z
  .object({
    version,
    caseVersion: version,
    readBackLanguage: LanguageCode,
    readBackInterpreterId: z.uuid().nullable().default(null),
    applicantConfirmation: ApplicantConfirmation,
    applicantRemarks: paragraph(5000).default(''),
  })
  .refine((c) => c.applicantConfirmation !== 'refused' || c.applicantRemarks !== '', {
    path: ['applicantRemarks'],
    message: 'Record what the applicant said when refusing',
  });
export type ConfirmInterviewRecordInput = z.input<typeof ConfirmInterviewRecordInput>;

export const addendumKinds = ['correction', 'clarification', 'new_information', 'document'] as const;

/** Body of `POST /api/v1/interview-records/:id/addenda`. */
export const AddendumInput = z.object({
  kind: z.enum(addendumKinds),
  text: requiredText(20000),
  readBack: z.boolean().default(false),
  applicantConfirmation: ApplicantConfirmation.nullable().default(null),
});
export type AddendumInput = z.input<typeof AddendumInput>;

export const InterviewRecordView = z.object({
  id: z.uuid(),
  interviewId: z.uuid(),
  caseId: z.uuid(),
  date: IsoDate,
  language: z.string(),
  officer: Actor,
  interpreter: z.object({ id: z.uuid(), fullName: z.string() }).nullable(),
  startTime: TimeOfDay,
  endTime: TimeOfDay.nullable(),
  attendees: z.array(Attendee),
  informationGiven: z.array(InformationGiven),
  fitness: z.object({ fit: z.boolean(), notes: z.string() }),
  observations: z.string(),
  status: z.enum(['open', 'confirmed']),
  readBackAt: z.iso.datetime({ offset: true }).nullable(),
  readBackLanguage: z.string().nullable(),
  applicantConfirmation: ApplicantConfirmation.nullable(),
  applicantRemarks: z.string(),
  confirmedAt: z.iso.datetime({ offset: true }).nullable(),
  confirmedBy: Actor.nullable(),
  contentSha256: z.string().nullable(),
  turns: z.array(
    z.object({
      id: z.string(),
      position: z.number().int(),
      speaker: TurnSpeaker,
      text: z.string(),
      duringReadBack: z.boolean(),
    }),
  ),
  addenda: z.array(
    z.object({
      id: z.uuid(),
      position: z.number().int(),
      kind: z.enum(addendumKinds),
      text: z.string(),
      author: Actor.nullable(),
      readBackAt: z.iso.datetime({ offset: true }).nullable(),
      applicantConfirmation: ApplicantConfirmation.nullable(),
      createdAt: z.iso.datetime({ offset: true }),
    }),
  ),
  version: z.number().int(),
  canEdit: z.boolean(),
  canConfirm: z.boolean(),
  canAddAddendum: z.boolean(),
});
export type InterviewRecordView = z.infer<typeof InterviewRecordView>;

/** What confirming a record answers: the record and the case it moved. */
export const InterviewRecordStepResult = z.object({ record: InterviewRecordView, case: CaseDetail });
export type InterviewRecordStepResult = z.infer<typeof InterviewRecordStepResult>;

// ---- free-slot finder -----------------------------------------------------------------------------

/** The longest range the free-slot finder searches at once. */
export const freeSlotMaxDays = 31;

// A query flag: `true`/`false` in the URL; a boolean once parsed (the server parses it twice).
const flag = z.union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')]).default(false);
const slotDay = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;

/** `GET /api/v1/cases/:caseId/interviews/free-slots`: when officer, interpreter and room are all free. */
export const FreeSlotQuery = z
  .object({
    from: IsoDate,
    to: IsoDate,
    durationMinutes: z.coerce.number().int().min(30).max(480).default(120),
    /** The interview's language (ISO 639-3); the interviewee's first language when absent. */
    language: LanguageCode.optional(),
    /** The interviewee; the principal when absent. */
    personId: z.uuid().optional(),
    sameSex: flag,
    /** A remote interview (video): no room, the interpreter remote. */
    remote: flag,
    /** The interview being rescheduled: its own bookings do not count as taken. */
    replacing: z.uuid().optional(),
    limit: z.coerce.number().int().min(1).max(30).default(8),
  })
  .refine((q) => q.to >= q.from, { path: ['to'], message: 'The end is before the start' })
  .refine((q) => q.to < q.from || slotDay(q.to) - slotDay(q.from) < freeSlotMaxDays, {
    path: ['to'],
    message: `At most ${freeSlotMaxDays} days at once`,
  });
export type FreeSlotQuery = z.input<typeof FreeSlotQuery>;

export const sameSexRoles = ['officer', 'interpreter'] as const;

/** One proposal: a local date and times, and who and where would be free then. */
export const FreeSlot = z.object({
  date: IsoDate,
  startTime: TimeOfDay,
  endTime: TimeOfDay,
  officer: Actor.extend({ sex: Sex.nullable() }),
  interpreter: z.object({ id: z.uuid(), fullName: z.string(), sex: Sex }).nullable(),
  /** The interpreter would take part from a distance (they do not serve the office in person then). */
  interpreterRemote: z.boolean(),
  room: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  /** With a same-sex request: who in this proposal is not of the interviewee's sex. */
  sameSexUnmet: z.array(z.enum(sameSexRoles)),
});
export type FreeSlot = z.infer<typeof FreeSlot>;

/** Why the finder has nothing, or less than asked, to propose. */
export const freeSlotShortfalls = [
  'no_interpreter_for_language',
  'no_room',
  'no_officer',
  'no_working_day',
  'same_sex_not_possible',
] as const;
export const FreeSlotShortfall = z.enum(freeSlotShortfalls);
export type FreeSlotShortfall = z.infer<typeof FreeSlotShortfall>;

export const FreeSlotList = z.object({
  /** The search as understood: language and interviewee filled in, hours of the office. */
  language: z.string(),
  personId: z.uuid(),
  interpreterNeeded: z.boolean(),
  officeHours: z.object({ opens: TimeOfDay, closes: TimeOfDay }),
  /** Earliest first; with a same-sex request, those that meet it come first. */
  slots: z.array(FreeSlot),
  shortfalls: z.array(FreeSlotShortfall),
});
export type FreeSlotList = z.infer<typeof FreeSlotList>;
