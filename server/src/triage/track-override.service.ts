import type { Kysely } from 'kysely';
import { OverrideTrackInput, todayIn, type CaseDetail } from '@refugio/contract';
import type { DB } from '../db/schema';
import type { Actor } from '../access/actor';
import type { Jurisdiction } from '../countries/jurisdiction';
import { forbidden, staleCase, validationFailed } from '../errors/app-error';
import { parseOrThrow } from '../errors/parse';
import { bumpCaseVersion, findCaseById, insertCaseEvent } from '../cases/case.repository';
import { assembleCaseFile } from '../cases/case.service';
import { refreshDeadlines } from '../deadlines/deadline-refresh';
import { storedTriageOf, type StoredTriage } from './case-triage';
import { checkTrackOverride } from './track-override';
import { findCaseToActOn } from '../cases/case-to-act-on';

/**
 * A supervisor moves a case to another track, saying why. The placement registration made stays
 * beside the override, the case timeline records both tracks, and the deadlines follow the new track.
 */
export async function overrideTrack(
  db: Kysely<DB>,
  actor: Actor,
  caseId: string,
  raw: unknown,
  jurisdiction: Jurisdiction,
  now = new Date(),
): Promise<CaseDetail> {
  const input = parseOrThrow(OverrideTrackInput, raw);
  const seen = await findCaseToActOn(db, actor, caseId, 'override_track');
  const { profile } = jurisdiction;
  return db.transaction().execute(async (trx) => {
    const kase = (await findCaseById(trx, caseId)) ?? seen;
    const stored = storedTriageOf(kase);
    const check = checkTrackOverride(profile.triage, stored.override?.to ?? stored.placement.track, {
      track: input.track,
      role: actor.role,
      reason: input.reason,
    });
    if (!check.ok && check.code === 'role_not_allowed') throw forbidden();
    if (kase.version !== input.version) throw staleCase(kase.version);
    if (!check.ok) {
      throw check.code === 'reason_required'
        ? validationFailed([{ path: 'reason', code: check.code, message: check.message }])
        : validationFailed([{ path: 'track', code: check.code, message: check.message }]);
    }
    const from = stored.override?.to ?? stored.placement.track;
    const triage: StoredTriage = {
      placement: stored.placement,
      override: {
        from,
        to: input.track,
        reason: input.reason,
        at: now.toISOString(),
        byId: actor.id,
        byName: actor.name,
      },
    };
    const bumped = await bumpCaseVersion(trx, {
      caseId,
      version: input.version,
      now,
      set: { track: input.track, triage: JSON.stringify(triage) },
    });
    if (!bumped) throw staleCase((await findCaseById(trx, caseId))?.version ?? kase.version);
    await insertCaseEvent(
      trx,
      {
        caseId,
        type: 'track_overridden',
        actorId: actor.id,
        occurredAt: now,
        data: { from, to: input.track, reason: input.reason },
      },
      { actor, entry: { action: 'case.track_overridden', caseId, details: { from, to: input.track } } },
    );
    const updated = (await findCaseById(trx, caseId))!;
    await refreshDeadlines(trx, jurisdiction, [updated], todayIn(profile.timeZone, now));
    return assembleCaseFile(trx, actor, updated, jurisdiction, now);
  });
}
