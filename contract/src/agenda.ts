import { z } from 'zod';
import { Actor } from './cases';
import { InterviewMode, InterviewStatus, TimeOfDay } from './interviews';
import { IsoDate, line, paragraph } from './text';

// Schemas of the office agenda (issue 4): who is interviewing when, where and with which
// interpreter, and when an officer, a room or an interpreter is unavailable. Local dates and times
// are those of the country profile's time zone, as for interviews (contract/src/interviews.ts).

/** The longest range the agenda answers for at once. */
export const agendaMaxDays = 31;

export const agendaResourceKinds = ['officer', 'room', 'interpreter'] as const;
export const AgendaResourceKind = z.enum(agendaResourceKinds);
export type AgendaResourceKind = z.infer<typeof AgendaResourceKind>;

const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;

/** `GET /api/v1/agenda?officeId&from&to&resourceKind&resourceId`. */
export const AgendaQuery = z
  .object({
    /** The office; required of administrators, who have none of their own. */
    officeId: z.uuid().optional(),
    from: IsoDate,
    to: IsoDate,
    /** Only the bookings of one officer, room or interpreter of the office. */
    resourceKind: AgendaResourceKind.optional(),
    resourceId: z.uuid().optional(),
  })
  .refine((q) => q.to >= q.from, { path: ['to'], message: 'The end is before the start' })
  .refine((q) => q.to < q.from || dayNumber(q.to) - dayNumber(q.from) < agendaMaxDays, {
    path: ['to'],
    message: `At most ${agendaMaxDays} days at once`,
  })
  .refine((q) => (q.resourceKind === undefined) === (q.resourceId === undefined), {
    path: ['resourceId'],
    message: 'A resource filter needs both its kind and its id',
  });
export type AgendaQuery = z.input<typeof AgendaQuery>;

/** A wall-clock instant in the country's time zone, `YYYY-MM-DDTHH:MM` (no offset). */
export const LocalDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/, 'A local date and time, YYYY-MM-DDTHH:MM')
  .refine((s) => IsoDate.safeParse(s.slice(0, 10)).success, { message: 'Not a date' });
export type LocalDateTime = z.infer<typeof LocalDateTime>;

/** The longest single unavailability (a long leave is entered as several). */
export const unavailabilityMaxDays = 180;

/** Body of `POST /api/v1/unavailability`: an officer, room or interpreter cannot be booked then. */
export const MarkUnavailableInput = z
  .object({
    resourceKind: AgendaResourceKind,
    resourceId: z.uuid(),
    startsAt: LocalDateTime,
    endsAt: LocalDateTime,
    /** Why (leave, training, maintenance): shown on the agenda to everyone who reads it. */
    note: line(300).default(''),
  })
  .refine((u) => u.endsAt > u.startsAt, { path: ['endsAt'], message: 'Ends after it starts' })
  .refine(
    (u) =>
      u.endsAt <= u.startsAt ||
      dayNumber(u.endsAt.slice(0, 10)) - dayNumber(u.startsAt.slice(0, 10)) <= unavailabilityMaxDays,
    { path: ['endsAt'], message: `At most ${unavailabilityMaxDays} days at once` },
  );
export type MarkUnavailableInput = z.input<typeof MarkUnavailableInput>;

/** Body of `POST /api/v1/unavailability/:id/release`: the resource can be booked again. */
export const ReleaseUnavailabilityInput = z.object({
  reason: paragraph(1000).pipe(z.string().min(1, 'Required')),
});
export type ReleaseUnavailabilityInput = z.input<typeof ReleaseUnavailabilityInput>;

/** A local wall-clock reading: date and time of day. */
const LocalPoint = z.object({ date: IsoDate, time: TimeOfDay });

/** A block of time in which a resource cannot be booked. */
export const UnavailabilityView = z.object({
  id: z.uuid(),
  resourceKind: AgendaResourceKind,
  resourceId: z.uuid(),
  startsAt: z.iso.datetime({ offset: true }),
  endsAt: z.iso.datetime({ offset: true }),
  start: LocalPoint,
  end: LocalPoint,
  note: z.string(),
  createdBy: Actor.nullable(),
  releasedAt: z.iso.datetime({ offset: true }).nullable(),
  /** Whether the reader may release it. */
  canRelease: z.boolean(),
});
export type UnavailabilityView = z.infer<typeof UnavailabilityView>;

/** An interview on the agenda: when, where, who; the interviewee only for those who may read the case. */
export const AgendaInterview = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  caseNumber: z.string(),
  /** The office holding the interview (an interpreter may also serve other offices). */
  officeId: z.uuid(),
  /** Whether the reader may open the case (and so sees the interviewee's name). */
  canReadCase: z.boolean(),
  intervieweeName: z.string().nullable(),
  startsAt: z.iso.datetime({ offset: true }),
  endsAt: z.iso.datetime({ offset: true }),
  start: LocalPoint,
  end: LocalPoint,
  status: InterviewStatus,
  mode: InterviewMode,
  language: z.string(),
  officer: Actor,
  room: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  interpreter: z.object({ id: z.uuid(), fullName: z.string() }).nullable(),
  interpreterRemote: z.boolean(),
});
export type AgendaInterview = z.infer<typeof AgendaInterview>;

/** `GET /api/v1/agenda`: the office's officers, rooms and interpreters and their bookings in the range. */
export const AgendaView = z.object({
  office: z.object({ id: z.uuid(), code: z.string(), name: z.string() }),
  from: IsoDate,
  to: IsoDate,
  timeZone: z.string(),
  officers: z.array(Actor.extend({ canMarkUnavailable: z.boolean() })),
  rooms: z.array(z.object({ id: z.uuid(), name: z.string(), canMarkUnavailable: z.boolean() })),
  interpreters: z.array(
    z.object({
      id: z.uuid(),
      fullName: z.string(),
      languages: z.array(z.string()),
      canMarkUnavailable: z.boolean(),
    }),
  ),
  /** Scheduled, held and missed interviews (cancelled and rescheduled ones free their time). */
  interviews: z.array(AgendaInterview),
  unavailability: z.array(UnavailabilityView),
});
export type AgendaView = z.infer<typeof AgendaView>;

/**
 * What an unavailability would overlap: an interview, or another unavailability of the resource. The
 * server's 409 carries one field error (`startsAt`, `double_booked`) per clash whose message is
 * `describeClash(clash)`, so that the web app can name each one in the user's language.
 */
export type AgendaClash =
  | { kind: 'interview'; id: string; caseNumber: string; start: string; end: string }
  | { kind: 'unavailable'; id: string; start: string; end: string };

/** `2026-12-03T09:00` style local instants; the message is English, the shape is fixed. */
export function describeClash(clash: AgendaClash): string {
  return clash.kind === 'interview'
    ? `Interview ${clash.id} of case ${clash.caseNumber}, ${clash.start} to ${clash.end}`
    : `Unavailability ${clash.id}, ${clash.start} to ${clash.end}`;
}

const clashPattern =
  /^(?:Interview (\S+) of case (\S+)|Unavailability (\S+)), (\d{4}-\d{2}-\d{2}T\d{2}:\d{2}) to (\d{4}-\d{2}-\d{2}T\d{2}:\d{2})$/;

/** The clash a field error's message describes, or null for any other message. */
export function readClash(message: string): AgendaClash | null {
  const m = clashPattern.exec(message);
  if (!m) return null;
  const [, interviewId, caseNumber, blockId, start = '', end = ''] = m;
  if (interviewId && caseNumber) return { kind: 'interview', id: interviewId, caseNumber, start, end };
  return blockId ? { kind: 'unavailable', id: blockId, start, end } : null;
}

/**
 * A booking refused because the officer, interpreter or room is marked unavailable then (field code
 * `resource_unavailable`, distinct from `double_booked`, another interview). The message names the
 * resource and the blocked period in local time; `readUnavailable` reads it back for the UI.
 */
export interface UnavailableClash {
  resource: AgendaResourceKind;
  start: string;
  end: string;
}

export function describeUnavailable(clash: UnavailableClash): string {
  return `The ${clash.resource} is unavailable from ${clash.start} to ${clash.end}`;
}

const unavailablePattern =
  /^The (officer|interpreter|room) is unavailable from (\d{4}-\d{2}-\d{2}T\d{2}:\d{2}) to (\d{4}-\d{2}-\d{2}T\d{2}:\d{2})$/;

/** The unavailability a field error's message describes, or null for any other message. */
export function readUnavailable(message: string): UnavailableClash | null {
  const m = unavailablePattern.exec(message);
  if (!m) return null;
  return { resource: m[1] as AgendaResourceKind, start: m[2]!, end: m[3]! };
}
