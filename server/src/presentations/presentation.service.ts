import type { Kysely } from 'kysely';
import { RecordPresentationInput, todayIn, type CaseDetail } from '@refugio/contract';
import type { DB } from '../db/schema';
import type { Actor } from '../access/actor';
import type { Jurisdiction } from '../countries/jurisdiction';
import { canRecordPresentation, caseScopeOf } from '../access/policy';
import { AppError, forbidden, staleCase, validationFailed } from '../errors/app-error';
import { parseOrThrow } from '../errors/parse';
import { bumpCaseVersion, findCaseById, findEventsOfCase, insertCaseEvent } from '../cases/case.repository';
import { assembleCaseFile } from '../cases/case.service';
import { presentationDates, presentationsEndedBy } from './presentation.presenter';
import { findCaseToActOn } from '../cases/case-to-act-on';

/**
 * Records that the applicant presented themselves (signed) at the office on a date. One per day; not
 * before the application nor after today; never on a closed case. The event is the record: it cannot
 * be edited, only followed by others.
 */
export async function recordPresentation(
  db: Kysely<DB>,
  actor: Actor,
  caseId: string,
  raw: unknown,
  jurisdiction: Jurisdiction,
  now = new Date(),
): Promise<CaseDetail> {
  const input = parseOrThrow(RecordPresentationInput, raw);
  const { profile } = jurisdiction;
  const seen = await findCaseToActOn(db, actor, caseId, 'record_presentation');
  if (!canRecordPresentation(actor, caseScopeOf(seen))) throw forbidden();
  if (profile.procedure.periodicPresentation.status !== 'known')
    throw new AppError('conflict', 'The law of this country requires no periodic presentation');
  const today = todayIn(profile.timeZone, now);

  return db.transaction().execute(async (trx) => {
    const kase = (await findCaseById(trx, caseId)) ?? seen;
    if (kase.version !== input.version) throw staleCase(kase.version);
    const events = await findEventsOfCase(trx, caseId);
    if (presentationsEndedBy(events))
      throw new AppError(
        'conflict',
        'Presentations are no longer owed: the decision was issued or the case closed',
      );
    const dateError = (message: string, code: string) => validationFailed([{ path: 'date', code, message }]);
    if (input.date > today) throw dateError('The date is in the future', 'in_future');
    if (input.date < kase.application_date)
      throw dateError('The date is before the application', 'before_application');
    if (presentationDates(events).includes(input.date))
      throw dateError(`A presentation on ${input.date} is already recorded`, 'already_recorded');

    const bumped = await bumpCaseVersion(trx, { caseId, version: input.version, now });
    if (!bumped) throw staleCase((await findCaseById(trx, caseId))?.version ?? kase.version);
    await insertCaseEvent(
      trx,
      {
        caseId,
        type: 'presentation_recorded',
        actorId: actor.id,
        occurredAt: now,
        data: { date: input.date },
      },
      { actor, entry: { action: 'case.presentation_recorded', caseId, details: { date: input.date } } },
    );
    return assembleCaseFile(trx, actor, (await findCaseById(trx, caseId))!, jurisdiction, now);
  });
}
