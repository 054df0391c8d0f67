import type { Kysely } from 'kysely';
import { JustifyNoShowInput, RecordNoShowInput, type InterviewStepResult } from '@refugio/contract';
import type { DB } from '../db/schema';
import type { Actor } from '../access/actor';
import { canConductInterview, canScheduleInterview, caseScopeOf } from '../access/policy';
import { recordAudit } from '../audit/audit.repository';
import type { Jurisdiction } from '../countries/jurisdiction';
import { advanceCase } from '../cases/advance-case';
import { findCaseToActOn } from '../cases/case-to-act-on';
import { AppError, forbidden, notFound, staleCase, validationFailed } from '../errors/app-error';
import { bumpCaseVersion, findCaseById, insertCaseEvent } from '../cases/case.repository';
import { parseOrThrow } from '../errors/parse';
import { releaseInterviewBookings } from './booking.repository';
import { findInterviewRow, updateInterviewStatus } from './interview.repository';
import { answerStep, staleInterview } from './interview-schedule.service';
import { instantAt, localParts } from './local-time';

/**
 * Records that the interviewee did not come: how long the officer waited and how they were sought.
 * The interview's bookings are freed; the principal's eligibility interview takes `record_no_show`,
 * which the procedure's abandonment guidance counts (docs/design/eligibility.md §1.5). Who books
 * interviews, or the interview's own officer, records it.
 */
export async function recordNoShow(
  db: Kysely<DB>,
  actor: Actor,
  id: string,
  raw: unknown,
  jurisdiction: Jurisdiction,
  now: Date,
): Promise<InterviewStepResult> {
  const input = parseOrThrow(RecordNoShowInput, raw);
  const timeZone = jurisdiction.profile.timeZone;
  return db.transaction().execute(async (trx) => {
    const { interview, kase } = await missedInterviewToActOn(trx, actor, id, 'record_no_show', input.version);
    if (interview.status !== 'scheduled')
      throw new AppError(
        'conflict',
        `The interview is ${interview.status}: only a scheduled one can be missed`,
      );
    const day = localParts(interview.starts_at, timeZone).date;
    const waitedUntil = instantAt(day, input.waitedUntil, timeZone);
    const problems = [];
    if (waitedUntil <= interview.starts_at)
      problems.push({ path: 'waitedUntil', code: 'before_start', message: 'After the interview’s start' });
    if (waitedUntil > now)
      problems.push({
        path: 'waitedUntil',
        code: 'in_future',
        message: 'A no-show is recorded once the wait is over',
      });
    input.contactAttempts.forEach((attempt, i) => {
      if (attempt.on > localParts(now, timeZone).date)
        problems.push({
          path: `contactAttempts.${i}.on`,
          code: 'in_future',
          message: 'Not a date in the future',
        });
    });
    if (problems.length > 0) throw validationFailed(problems);

    const version = await updateInterviewStatus(trx, id, input.version, { status: 'no_show' }, now);
    if (version === undefined) throw staleInterview(interview.version + 1);
    const released = await releaseInterviewBookings(trx, id, 'no_show', actor.id, now);
    await trx
      .insertInto('interview_no_shows')
      .values({
        interview_id: id,
        recorded_by: actor.id,
        recorded_at: now,
        waited_until: waitedUntil,
        contact_attempts: JSON.stringify(input.contactAttempts),
      })
      .execute();
    let moved = kase;
    if (interview.drives_stage) {
      moved = await advanceCase(
        trx,
        actor,
        kase.id,
        {
          action: 'record_no_show',
          data: { interviewDate: day },
          expectedVersion: input.caseVersion,
          record: { kind: 'interview', id },
        },
        jurisdiction,
        now,
      );
    }
    await recordAudit(trx, actor, {
      action: 'interview.no_show',
      caseId: kase.id,
      details: { interviewId: id, contactAttempts: input.contactAttempts.length, releasedBookings: released },
    });
    return answerStep(trx, actor, moved, id, jurisdiction, now);
  });
}

/**
 * Records that the applicant justified a no-show later (illness with a medical certificate, a
 * family emergency…): when the justification arrived, its category and what was said or brought.
 * The no-show then no longer counts towards abandonment (`countedNoShows`). The principal's
 * eligibility interview writes a `no_show_justified` event on the case (category only; the text is
 * narrative, read like the claim). Those who record no-shows record their justification, once.
 */
export async function justifyNoShow(
  db: Kysely<DB>,
  actor: Actor,
  id: string,
  raw: unknown,
  jurisdiction: Jurisdiction,
  now: Date,
): Promise<InterviewStepResult> {
  const input = parseOrThrow(JustifyNoShowInput, raw);
  const timeZone = jurisdiction.profile.timeZone;
  return db.transaction().execute(async (trx) => {
    const { interview, kase } = await missedInterviewToActOn(
      trx,
      actor,
      id,
      'justify_no_show',
      input.version,
    );
    const noShow = await trx
      .selectFrom('interview_no_shows')
      .select(['justification_received_on'])
      .where('interview_id', '=', id)
      .executeTakeFirst();
    if (interview.status !== 'no_show' || !noShow)
      throw new AppError('conflict', `The interview is ${interview.status}: only a no-show can be justified`);
    if (noShow.justification_received_on !== null)
      throw new AppError('conflict', 'The no-show has already been justified');
    const day = localParts(interview.starts_at, timeZone).date;
    if (input.receivedOn < day)
      throw validationFailed([
        { path: 'receivedOn', code: 'before_start', message: 'Not before the day of the interview' },
      ]);
    if (input.receivedOn > localParts(now, timeZone).date)
      throw validationFailed([
        { path: 'receivedOn', code: 'in_future', message: 'Not a date in the future' },
      ]);
    if (interview.drives_stage && kase.version !== input.caseVersion) throw staleCase(kase.version);

    const version = await updateInterviewStatus(trx, id, input.version, { status: 'no_show' }, now);
    if (version === undefined) throw staleInterview(interview.version + 1);
    await trx
      .updateTable('interview_no_shows')
      .set({
        justification_received_on: input.receivedOn,
        justification_reason: input.reason,
        justification: input.details,
        justification_accepted: true,
        justified_by: actor.id,
        justified_at: now,
      })
      .where('interview_id', '=', id)
      .execute();
    const audit = {
      action: 'interview.no_show_justified',
      caseId: kase.id,
      details: { interviewId: id, reason: input.reason, receivedOn: input.receivedOn },
    };
    if (interview.drives_stage) {
      const caseVersion = await bumpCaseVersion(trx, { caseId: kase.id, version: input.caseVersion, now });
      if (caseVersion === undefined) throw staleCase(kase.version + 1);
      await insertCaseEvent(
        trx,
        {
          caseId: kase.id,
          type: 'no_show_justified',
          actorId: actor.id,
          occurredAt: now,
          data: {
            data: { interviewDate: day, receivedOn: input.receivedOn, reason: input.reason },
            record: { kind: 'interview', id },
          },
        },
        { actor, entry: audit },
      );
    } else {
      await recordAudit(trx, actor, audit);
    }
    const fresh = await findCaseById(trx, kase.id);
    return answerStep(trx, actor, fresh ?? kase, id, jurisdiction, now);
  });
}

/**
 * The interview a no-show (or its justification) is recorded on, at the version the user saw: those
 * who book interviews for the case, or the interview's own officer, may record either.
 */
async function missedInterviewToActOn(
  trx: Kysely<DB>,
  actor: Actor,
  id: string,
  action: 'record_no_show' | 'justify_no_show',
  version: number,
) {
  const interview = await findInterviewRow(trx, id);
  if (!interview) throw notFound('Interview not found');
  const kase = await findCaseToActOn(trx, actor, interview.case_id, action);
  const scope = caseScopeOf(kase);
  if (
    !canScheduleInterview(actor, scope) &&
    !canConductInterview(actor, { officerId: interview.officer_id }, scope)
  )
    throw forbidden();
  if (interview.version !== version) throw staleInterview(interview.version);
  return { interview, kase };
}
