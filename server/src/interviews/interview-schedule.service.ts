import type { Kysely } from 'kysely';
import {
  CancelInterviewInput,
  RescheduleInterviewInput,
  ScheduleInterviewInput,
  type InterviewStepResult,
  type InterviewView,
} from '@refugio/contract';
import type { DB } from '../db/schema';
import type { Actor } from '../access/actor';
import { canScheduleInterview, caseScopeOf } from '../access/policy';
import { recordAudit } from '../audit/audit.repository';
import type { Jurisdiction } from '../countries/jurisdiction';
import { advanceCase } from '../cases/advance-case';
import { findCaseToActOn } from '../cases/case-to-act-on';
import { findCaseById, type CaseRow } from '../cases/case.repository';
import { assembleCaseFile } from '../cases/case.service';
import { AppError, forbidden, notFound, validationFailed } from '../errors/app-error';
import { parseOrThrow } from '../errors/parse';
import { findTransition, isEnabled, type ActionId } from '../procedure/procedure';
import { insertInterviewBookings, isDoubleBooking, releaseInterviewBookings } from './booking.repository';
import {
  findInterviewDetail,
  findInterviewRow,
  findLastCancelledDriving,
  insertInterview,
  updateInterviewStatus,
  type InterviewRow,
} from './interview.repository';
import { presentInterview } from './interview.presenter';
import { checkFree, clashedKind, doubleBooked, resolveSlot, type ResolvedSlot } from './interview-slot';
import { localParts } from './local-time';

/** The first of the candidate steps the procedure offers in the case's state (else the first, refused by the engine). */
function chooseStep(jurisdiction: Jurisdiction, kase: CaseRow, candidates: readonly ActionId[]): ActionId {
  const state = { stage: kase.stage, outcome: kase.outcome };
  const procedure = jurisdiction.profile.procedure;
  return (
    candidates.find((action) => {
      const transition = findTransition(procedure, action);
      return transition !== undefined && isEnabled(transition, state);
    }) ?? candidates[0]!
  );
}

export const staleInterview = (current: number) =>
  new AppError(
    'conflict',
    `The interview has changed since you opened it: it is now at version ${current}. Reload and try again.`,
  );

async function bookResources(
  trx: Kysely<DB>,
  interviewId: string,
  slot: ResolvedSlot,
  actor: Actor,
): Promise<void> {
  try {
    await insertInterviewBookings(trx, interviewId, slot.resources, slot.startsAt, slot.endsAt, actor.id);
  } catch (error) {
    // Another request booked one of them between our check and this insert.
    if (isDoubleBooking(error)) {
      const kind = clashedKind(error);
      throw doubleBooked(kind ? [kind] : slot.resources.map((r) => r.kind));
    }
    throw error;
  }
}

async function interviewee(trx: Kysely<DB>, caseId: string, personId: string) {
  const person = await trx
    .selectFrom('people')
    .select(['id', 'sex', 'role'])
    .where('id', '=', personId)
    .where('case_id', '=', caseId)
    .executeTakeFirst();
  if (!person)
    throw validationFailed([
      { path: 'personId', code: 'not_in_case', message: 'The person is not in this case' },
    ]);
  return person;
}

export async function answerStep(
  trx: Kysely<DB>,
  actor: Actor,
  kase: CaseRow,
  interviewId: string,
  jurisdiction: Jurisdiction,
  now: Date,
): Promise<InterviewStepResult> {
  const [detail, fresh] = await Promise.all([
    findInterviewDetail(trx, interviewId),
    findCaseById(trx, kase.id),
  ]);
  if (!detail || !fresh) throw notFound('Interview not found');
  return {
    interview: presentInterview(actor, detail, jurisdiction.profile.timeZone),
    case: await assembleCaseFile(trx, actor, fresh, jurisdiction, now),
  };
}

/**
 * Books an interview of a person of the case: officer, interpreter, room (or remote mode), time. The
 * principal's eligibility interview takes the procedure's step (`schedule_interview`, or `admit`
 * where the procedure examines admissibility first) with the interview's local date.
 */
export async function scheduleInterview(
  db: Kysely<DB>,
  actor: Actor,
  caseId: string,
  raw: unknown,
  jurisdiction: Jurisdiction,
  now: Date,
): Promise<InterviewStepResult> {
  const input = parseOrThrow(ScheduleInterviewInput, raw);
  const timeZone = jurisdiction.profile.timeZone;
  return db.transaction().execute(async (trx) => {
    const kase = await findCaseToActOn(trx, actor, caseId, 'schedule_interview');
    if (!canScheduleInterview(actor, caseScopeOf(kase))) throw forbidden();
    const person = await interviewee(trx, caseId, input.personId);
    const drives = input.purpose === 'eligibility' && person.role === 'principal';
    const slot = await resolveSlot(trx, input, person, kase.office_id, timeZone);
    await checkFree(trx, slot, timeZone);
    const id = await insertInterview(trx, {
      case_id: caseId,
      person_id: person.id,
      office_id: kase.office_id,
      purpose: input.purpose,
      drives_stage: drives,
      officer_id: input.officerId,
      interpreter_id: input.interpreterId,
      language: input.language,
      room_id: input.roomId,
      starts_at: slot.startsAt,
      ends_at: slot.endsAt,
      mode: input.mode,
      interpreter_remote: input.interpreterRemote,
      remote_consent_id: slot.remoteConsentId,
      same_sex_requested: input.sameSexRequested,
      same_sex_unmet: slot.sameSexUnmet,
      unmet_reason: slot.sameSexUnmet.length > 0 ? input.unmetReason : '',
      status: 'scheduled',
      replaces_id: null,
      created_by: actor.id,
      created_at: now,
      updated_at: now,
    }).catch((error: unknown) => {
      if ((error as { code?: unknown }).code === '23505')
        throw new AppError(
          'conflict',
          'The case already has a scheduled eligibility interview: reschedule it',
        );
      throw error;
    });
    await bookResources(trx, id, slot, actor);
    let moved = kase;
    if (drives) {
      const interviewDate = localParts(slot.startsAt, timeZone).date;
      const action = chooseStep(jurisdiction, kase, ['schedule_interview', 'admit', 'reschedule_interview']);
      const data: Record<string, unknown> = { interviewDate };
      if (action === 'reschedule_interview') {
        // The case still waits on an interview that was cancelled or missed: this one takes its place.
        const cancelled = await findLastCancelledDriving(trx, caseId);
        data.reason = input.reason || cancelled?.cancel_reason || '';
      }
      moved = await advanceCase(
        trx,
        actor,
        caseId,
        { action, data, expectedVersion: input.caseVersion, record: { kind: 'interview', id } },
        jurisdiction,
        now,
      );
    }
    await recordAudit(trx, actor, {
      action: 'interview.schedule',
      caseId,
      details: {
        interviewId: id,
        personId: person.id,
        mode: input.mode,
        language: input.language,
        sameSexUnmet: slot.sameSexUnmet,
      },
    });
    return answerStep(trx, actor, moved, id, jurisdiction, now);
  });
}

/** The scheduled interview an actor is about to change, within their office. */
async function scheduledInterview(
  trx: Kysely<DB>,
  actor: Actor,
  id: string,
  action: string,
  expectedVersion: number,
): Promise<{ interview: InterviewRow; kase: CaseRow }> {
  const interview = await findInterviewRow(trx, id);
  if (!interview) throw notFound('Interview not found');
  const kase = await findCaseToActOn(trx, actor, interview.case_id, action);
  if (!canScheduleInterview(actor, caseScopeOf(kase))) throw forbidden();
  if (interview.version !== expectedVersion) throw staleInterview(interview.version);
  if (interview.status !== 'scheduled')
    throw new AppError('conflict', `The interview is ${interview.status}: only a scheduled one can change`);
  return { interview, kase };
}

/**
 * Moves an interview to a new slot: the old one is kept as `rescheduled` with its bookings released,
 * a new one replaces it. The principal's eligibility interview takes `reschedule_interview`.
 */
export async function rescheduleInterview(
  db: Kysely<DB>,
  actor: Actor,
  id: string,
  raw: unknown,
  jurisdiction: Jurisdiction,
  now: Date,
): Promise<InterviewStepResult> {
  const input = parseOrThrow(RescheduleInterviewInput, raw);
  const timeZone = jurisdiction.profile.timeZone;
  return db.transaction().execute(async (trx) => {
    const { interview, kase } = await scheduledInterview(
      trx,
      actor,
      id,
      'reschedule_interview',
      input.version,
    );
    const person = await interviewee(trx, kase.id, interview.person_id);
    const slot = await resolveSlot(trx, input, person, kase.office_id, timeZone);
    await checkFree(trx, slot, timeZone, interview.id);
    const version = await updateInterviewStatus(trx, id, input.version, { status: 'rescheduled' }, now);
    if (version === undefined) throw staleInterview(interview.version + 1);
    await releaseInterviewBookings(trx, id, 'rescheduled', actor.id, now);
    const newId = await insertInterview(trx, {
      case_id: kase.id,
      person_id: person.id,
      office_id: kase.office_id,
      purpose: interview.purpose,
      drives_stage: interview.drives_stage,
      officer_id: input.officerId,
      interpreter_id: input.interpreterId,
      language: input.language,
      room_id: input.roomId,
      starts_at: slot.startsAt,
      ends_at: slot.endsAt,
      mode: input.mode,
      interpreter_remote: input.interpreterRemote,
      remote_consent_id: slot.remoteConsentId,
      same_sex_requested: input.sameSexRequested,
      same_sex_unmet: slot.sameSexUnmet,
      unmet_reason: slot.sameSexUnmet.length > 0 ? input.unmetReason : '',
      status: 'scheduled',
      replaces_id: id,
      created_by: actor.id,
      created_at: now,
      updated_at: now,
    });
    await bookResources(trx, newId, slot, actor);
    let moved = kase;
    if (interview.drives_stage) {
      moved = await advanceCase(
        trx,
        actor,
        kase.id,
        {
          action: 'reschedule_interview',
          data: { interviewDate: localParts(slot.startsAt, timeZone).date, reason: input.reason },
          expectedVersion: input.caseVersion,
          record: { kind: 'interview', id: newId },
        },
        jurisdiction,
        now,
      );
    }
    await recordAudit(trx, actor, {
      action: 'interview.reschedule',
      caseId: kase.id,
      details: { interviewId: newId, replacesId: id, mode: input.mode, sameSexUnmet: slot.sameSexUnmet },
    });
    return answerStep(trx, actor, moved, newId, jurisdiction, now);
  });
}

/** Cancels a scheduled interview with a reason and frees its bookings. The case does not move. */
export async function cancelInterview(
  db: Kysely<DB>,
  actor: Actor,
  id: string,
  raw: unknown,
  jurisdiction: Jurisdiction,
  now: Date,
): Promise<InterviewView> {
  const input = parseOrThrow(CancelInterviewInput, raw);
  return db.transaction().execute(async (trx) => {
    const { interview, kase } = await scheduledInterview(trx, actor, id, 'cancel_interview', input.version);
    const version = await updateInterviewStatus(
      trx,
      id,
      input.version,
      { status: 'cancelled', cancel_reason: input.reason },
      now,
    );
    if (version === undefined) throw staleInterview(interview.version + 1);
    const released = await releaseInterviewBookings(trx, id, 'cancelled', actor.id, now);
    await recordAudit(trx, actor, {
      action: 'interview.cancel',
      caseId: kase.id,
      details: { interviewId: id, releasedBookings: released },
    });
    const detail = await findInterviewDetail(trx, id);
    return presentInterview(actor, detail!, jurisdiction.profile.timeZone);
  });
}
