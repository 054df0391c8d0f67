import type { Kysely } from 'kysely';
import { ExtendDeadlineInput, TimeLimitId, todayIn, type CaseDetail } from '@refugio/contract';
import type { DB } from '../db/schema';
import type { Actor } from '../access/actor';
import type { Jurisdiction } from '../countries/jurisdiction';
import { AppError, forbidden, staleCase, validationFailed } from '../errors/app-error';
import { parseOrThrow } from '../errors/parse';
import { bumpCaseVersion, findCaseById, insertCaseEvent } from '../cases/case.repository';
import { assembleCaseFile } from '../cases/case.service';
import type { ExtensionEventData } from './case-clock';
import { deadlinesOfCase } from './case-deadlines';
import { refreshDeadlines } from './deadline-refresh';
import { checkExtensionOf } from './extension-rules';
import { findCaseToActOn } from '../cases/case-to-act-on';

/**
 * Extends one running time limit of a case for a reason the law lists (Mexico, LRPCAP art. 24: once,
 * by up to as long again), from the case version the user saw. The extension is a case event, so the
 * deadline history cannot be rewritten; the case's projected deadlines follow in the same transaction.
 */
export async function extendDeadline(
  db: Kysely<DB>,
  actor: Actor,
  caseId: string,
  limitId: string,
  raw: unknown,
  jurisdiction: Jurisdiction,
  now = new Date(),
): Promise<CaseDetail> {
  const input = parseOrThrow(ExtendDeadlineInput, raw);
  const limit = TimeLimitId.safeParse(limitId);
  if (!limit.success)
    throw validationFailed([{ path: 'limit', code: 'unknown_limit', message: `No time limit ${limitId}` }]);

  const seen = await findCaseToActOn(db, actor, caseId, 'extend_deadline');
  const { profile } = jurisdiction;
  const today = todayIn(profile.timeZone, now);

  return db.transaction().execute(async (trx) => {
    const kase = (await findCaseById(trx, caseId)) ?? seen;
    const deadline = (await deadlinesOfCase(trx, jurisdiction, kase, today)).find(
      (d) => d.limit === limit.data,
    );
    if (!deadline)
      throw new AppError('conflict', `The time limit ${limit.data} has not started on this case`);
    const check = checkExtensionOf(profile.procedure, deadline, actor, input.reason, input.length);
    // Who may extend does not depend on the case; everything else is judged on the version the user saw.
    if (!check.ok && check.code === 'role_not_allowed') throw forbidden();
    if (kase.version !== input.version) throw staleCase(kase.version);
    if (deadline.status === 'met' || deadline.status === 'met_late')
      throw new AppError('conflict', `The time limit ${limit.data} was already met on ${deadline.metOn}`);
    if (!check.ok) {
      switch (check.code) {
        case 'role_not_allowed':
          throw forbidden();
        case 'not_extendable':
        case 'too_many':
          throw new AppError('conflict', check.message);
        case 'reason_not_allowed':
          throw validationFailed([{ path: 'reason', code: check.code, message: check.message }]);
        case 'invalid_length':
        case 'too_long':
          throw validationFailed([{ path: 'length', code: check.code, message: check.message }]);
      }
    }

    const bumped = await bumpCaseVersion(trx, { caseId, version: input.version, now });
    if (!bumped) throw staleCase((await findCaseById(trx, caseId))?.version ?? kase.version);

    const data: ExtensionEventData = {
      limit: limit.data,
      reason: input.reason,
      length: input.length,
      note: input.note,
    };
    await insertCaseEvent(
      trx,
      { caseId, type: 'deadline_extended', actorId: actor.id, occurredAt: now, data },
      {
        actor,
        entry: {
          action: 'case.deadline_extended',
          caseId,
          details: { limit: limit.data, reason: input.reason, length: input.length },
        },
      },
    );
    const updated = (await findCaseById(trx, caseId))!;
    await refreshDeadlines(trx, jurisdiction, [updated], today);
    return assembleCaseFile(trx, actor, updated, jurisdiction, now);
  });
}
