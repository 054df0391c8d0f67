import type { Kysely } from 'kysely';
import {
  describeUnavailable,
  type BookingRefusalCode,
  type FieldError,
  type InterviewMode,
  type Sex,
} from '@refugio/contract';
import type { DB } from '../db/schema';
import { AppError, validationFailed } from '../errors/app-error';
import { findClashes, type ClashRow, type Resource } from './booking.repository';
import { findInterpreterById } from './interpreter.repository';
import { findActiveConsent } from './interview.repository';
import { instantAt, localParts } from './local-time';
import { findRoomById } from './room.repository';
import { unmetSameSex, type SameSexRole } from './same-sex';

/** The slot as the user asked for it (schedule and reschedule share it). */
export interface SlotRequest {
  officerId: string;
  interpreterId: string | null;
  language: string;
  mode: InterviewMode;
  roomId: string | null;
  date: string;
  startTime: string;
  endTime: string;
  interpreterRemote: boolean;
  sameSexRequested: boolean;
  unmetReason: string;
}

/** A slot checked against the register, the rooms, the consent and the same-sex request. */
export interface ResolvedSlot {
  startsAt: Date;
  endsAt: Date;
  resources: Resource[];
  remoteConsentId: string | null;
  sameSexUnmet: SameSexRole[];
}

const officerRoles = ['eligibility_officer', 'supervisor'] as const;

/**
 * Checks who and where: the officer works in the case's office, the interpreter is active, speaks the
 * language, serves the office (or any) and signed the confidentiality undertaking (LRPCAP art. 23 ¶3;
 * UNHCR practice elsewhere); an in-person interview has an active room of the office; a remote one has
 * the interviewee's unwithdrawn consent; an unmet same-sex request has a reason. Every problem names
 * its field.
 */
export async function resolveSlot(
  db: Kysely<DB>,
  slot: SlotRequest,
  interviewee: { id: string; sex: Sex },
  officeId: string,
  timeZone: string,
): Promise<ResolvedSlot> {
  const problems: FieldError[] = [];
  const officer = await db
    .selectFrom('users')
    .select(['id', 'role', 'office_id', 'active', 'sex'])
    .where('id', '=', slot.officerId)
    .executeTakeFirst();
  if (
    !officer ||
    !officer.active ||
    officer.office_id !== officeId ||
    !(officerRoles as readonly string[]).includes(officer.role)
  )
    problems.push({
      path: 'officerId',
      code: 'not_an_officer_of_the_office',
      message: 'Choose an eligibility officer or supervisor of the case’s office',
    });

  let interpreterSex: Sex | undefined;
  if (slot.interpreterId) {
    const interpreter = await findInterpreterById(db, slot.interpreterId);
    if (!interpreter || !interpreter.active)
      problems.push({
        path: 'interpreterId',
        code: 'unknown_interpreter',
        message: 'No such active interpreter',
      });
    else {
      interpreterSex = interpreter.sex;
      if (!interpreter.languages.map((l) => l.trim()).includes(slot.language))
        problems.push({
          path: 'interpreterId',
          code: 'language_not_spoken',
          message: 'The interpreter does not work in this language',
        });
      if (
        interpreter.office_ids.length > 0 &&
        !interpreter.office_ids.includes(officeId) &&
        !slot.interpreterRemote
      )
        problems.push({
          path: 'interpreterId',
          code: 'not_serving_office',
          message: 'The interpreter does not serve this office in person: book them remotely',
        });
      if (!interpreter.confidentiality_signed_on)
        problems.push({
          path: 'interpreterId',
          code: 'confidentiality_not_signed',
          message: 'The interpreter has not signed the confidentiality undertaking',
        });
    }
  }

  if (slot.mode === 'in_person') {
    const room = slot.roomId ? await findRoomById(db, slot.roomId) : undefined;
    if (!room || !room.active || room.office_id !== officeId)
      problems.push({
        path: 'roomId',
        code: 'unknown_room',
        message: 'Choose an active room of the case’s office',
      });
  } else if (slot.roomId) {
    const room = await findRoomById(db, slot.roomId);
    if (!room || room.office_id !== officeId)
      problems.push({
        path: 'roomId',
        code: 'unknown_room',
        message: 'Choose an active room of the case’s office',
      });
  }

  let remoteConsentId: string | null = null;
  if (slot.mode !== 'in_person') {
    remoteConsentId = (await findActiveConsent(db, interviewee.id))?.id ?? null;
    if (!remoteConsentId)
      problems.push({
        path: 'mode',
        code: 'remote_consent_required',
        message: 'A remote interview needs the applicant’s recorded consent',
      });
  }

  const sameSexUnmet = slot.sameSexRequested
    ? unmetSameSex(
        interviewee.sex,
        officer?.sex ?? null,
        slot.interpreterId ? (interpreterSex ?? null) : undefined,
      )
    : [];
  if (sameSexUnmet.length > 0 && slot.unmetReason === '')
    problems.push({
      path: 'unmetReason',
      code: 'same_sex_unmet',
      message: `The same-sex request is not met (${sameSexUnmet.join(', ')}): say why`,
    });

  if (problems.length > 0) throw validationFailed(problems);

  const resources: Resource[] = [
    { kind: 'officer', id: slot.officerId },
    { kind: 'person', id: interviewee.id },
  ];
  if (slot.interpreterId) resources.push({ kind: 'interpreter', id: slot.interpreterId });
  if (slot.roomId) resources.push({ kind: 'room', id: slot.roomId });
  return {
    startsAt: instantAt(slot.date, slot.startTime, timeZone),
    endsAt: instantAt(slot.date, slot.endTime, timeZone),
    resources,
    remoteConsentId,
    sameSexUnmet,
  };
}

const fieldOf: Record<Resource['kind'], string> = {
  officer: 'officerId',
  interpreter: 'interpreterId',
  room: 'roomId',
  person: 'personId',
};

/** 409 with one field error per resource already taken at that time. */
export function doubleBooked(kinds: readonly Resource['kind'][]): AppError {
  const unique = [...new Set(kinds)];
  return new AppError(
    'conflict',
    'Double booking: someone or something is already booked at that time',
    unique.map((kind) => ({
      path: fieldOf[kind],
      code: 'double_booked' satisfies BookingRefusalCode,
      message: `The ${kind} is already booked at that time`,
    })),
  );
}

const toLocal = (instant: Date, timeZone: string) => {
  const { date, time } = localParts(instant, timeZone);
  return `${date}T${time}`;
};

/**
 * 409 naming, per resource, why the time is taken: marked unavailable (with the blocked period, in
 * local time) or booked for another interview. An unavailability is named first: it says when the
 * resource is free again.
 */
export function slotTaken(clashes: readonly ClashRow[], timeZone: string): AppError {
  const fields: FieldError[] = [];
  const named = new Set<Resource['kind']>();
  const ordered = [...clashes].sort(
    (a, b) =>
      Number(b.kind === 'unavailable') - Number(a.kind === 'unavailable') ||
      a.starts_at.getTime() - b.starts_at.getTime(),
  );
  for (const clash of ordered) {
    if (named.has(clash.resource_kind)) continue;
    named.add(clash.resource_kind);
    fields.push(
      clash.kind === 'unavailable' && clash.resource_kind !== 'person'
        ? {
            path: fieldOf[clash.resource_kind],
            code: 'resource_unavailable' satisfies BookingRefusalCode,
            message: describeUnavailable({
              resource: clash.resource_kind,
              start: toLocal(clash.starts_at, timeZone),
              end: toLocal(clash.ends_at, timeZone),
            }),
          }
        : {
            path: fieldOf[clash.resource_kind],
            code: 'double_booked' satisfies BookingRefusalCode,
            message: `The ${clash.resource_kind} is already booked at that time`,
          },
    );
  }
  const unavailable = fields.some((f) => f.code === 'resource_unavailable');
  return new AppError(
    'conflict',
    unavailable
      ? 'Not free then: someone or something is unavailable or already booked at that time'
      : 'Double booking: someone or something is already booked at that time',
    fields,
  );
}

/** Refuses the slot when any of its resources is booked or unavailable then (other than by `ignoreInterviewId`). */
export async function checkFree(
  db: Kysely<DB>,
  slot: ResolvedSlot,
  timeZone: string,
  ignoreInterviewId: string | null = null,
): Promise<void> {
  const clashes = await findClashes(db, slot.resources, slot.startsAt, slot.endsAt, ignoreInterviewId);
  if (clashes.length > 0) throw slotTaken(clashes, timeZone);
}

/** The kind of resource named in a 23P01's detail ("Key (resource_kind, …)=(room, …)"), if any. */
export function clashedKind(error: unknown): Resource['kind'] | undefined {
  const detail = (error as { detail?: unknown }).detail;
  const match = typeof detail === 'string' ? /=\((officer|interpreter|room|person),/.exec(detail) : null;
  return (match?.[1] as Resource['kind'] | undefined) ?? undefined;
}
