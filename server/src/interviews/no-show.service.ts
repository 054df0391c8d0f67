import type { Kysely } from 'kysely';
import { RecordNoShowInput, type InterviewStepResult } from '@refugio/contract';
import type { DB } from '../db/schema';
import type { Actor } from '../access/actor';
import { canConductInterview, canScheduleInterview, caseScopeOf } from '../access/policy';
import { recordAudit } from '../audit/audit.repository';
import type { Jurisdiction } from '../countries/jurisdiction';
import { advanceCase } from '../cases/advance-case';
import { findCaseToActOn } from '../cases/case-to-act-on';
import { AppError, forbidden, notFound, validationFailed } from '../errors/app-error';
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
    const interview = await findInterviewRow(trx, id);
    if (!interview) throw notFound('Interview not found');
    const kase = await findCaseToActOn(trx, actor, interview.case_id, 'record_no_show');
    const scope = caseScopeOf(kase);
    if (
      !canScheduleInterview(actor, scope) &&
      !canConductInterview(actor, { officerId: interview.officer_id }, scope)
    )
      throw forbidden();
    if (interview.version !== input.version) throw staleInterview(interview.version);
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
