import type { Kysely } from 'kysely';
import {
  LiftLegalHoldInput,
  PlaceLegalHoldInput,
  type CaseLegalHolds,
  type LegalHoldList,
  type LegalHoldView,
} from '@refugio/contract';
import type { DB } from '../db/schema';
import type { Actor } from '../access/actor';
import { canManageRetention, canPlaceLegalHold, caseScopeOf } from '../access/policy';
import { recordAudit } from '../audit/audit.repository';
import { findCaseToActOn } from '../cases/case-to-act-on';
import { AppError, forbidden, notFound } from '../errors/app-error';
import { parseOrThrow } from '../errors/parse';
import {
  findHold,
  insertHold,
  insertRetentionEvent,
  isDisposed,
  liftHold as liftHoldRow,
  listActiveHolds,
  listHoldsOfCase,
  type HoldRow,
} from './retention.repository';

const present = (row: HoldRow): LegalHoldView => ({
  id: row.id,
  caseId: row.case_id,
  caseNumber: row.case_number,
  reason: row.reason,
  note: row.note,
  placedBy: row.placed_by_name,
  placedAt: row.placed_at.toISOString(),
  liftedBy: row.lifted_by_name,
  liftedAt: row.lifted_at ? row.lifted_at.toISOString() : null,
  liftNote: row.lift_note,
  version: row.version,
});

/** The legal holds of a case, for whoever can read the case; audited as a read of the case. */
export async function getCaseHolds(db: Kysely<DB>, actor: Actor, caseId: string): Promise<CaseLegalHolds> {
  return db.transaction().execute(async (trx) => {
    const kase = await findCaseToActOn(trx, actor, caseId, 'legal_hold.list');
    const holds = await listHoldsOfCase(trx, caseId);
    await recordAudit(trx, actor, { action: 'legal_hold.list', caseId, details: { holds: holds.length } });
    return { holds: holds.map(present), canManage: canPlaceLegalHold(actor, caseScopeOf(kase)) };
  });
}

/** Places a legal hold on a case: while it stands, the case is never disposed of. */
export async function placeHold(
  db: Kysely<DB>,
  actor: Actor,
  caseId: string,
  raw: unknown,
  now: Date,
): Promise<LegalHoldView> {
  const input = parseOrThrow(PlaceLegalHoldInput, raw);
  return db.transaction().execute(async (trx) => {
    const kase = await findCaseToActOn(trx, actor, caseId, 'legal_hold.place');
    if (!canPlaceLegalHold(actor, caseScopeOf(kase))) throw forbidden();
    if (await isDisposed(trx, caseId))
      throw new AppError(
        'conflict',
        'The file of this case has been disposed of: there is nothing left to hold.',
      );
    const id = await insertHold(trx, {
      case_id: caseId,
      reason: input.reason,
      note: input.note,
      placed_by: actor.id,
      placed_at: now,
    });
    await insertRetentionEvent(trx, {
      caseId,
      type: 'legal_hold_placed',
      actorId: actor.id,
      occurredAt: now,
      data: { holdId: id, reason: input.reason },
    });
    await recordAudit(trx, actor, {
      action: 'legal_hold.placed',
      caseId,
      details: { holdId: id, reason: input.reason },
    });
    const row = await findHold(trx, id);
    if (!row) throw notFound('Legal hold not found');
    return present(row);
  });
}

/** Lifts a legal hold from the version seen; the case's retention period applies again. */
export async function liftHold(
  db: Kysely<DB>,
  actor: Actor,
  caseId: string,
  holdId: string,
  raw: unknown,
  now: Date,
): Promise<LegalHoldView> {
  const input = parseOrThrow(LiftLegalHoldInput, raw);
  return db.transaction().execute(async (trx) => {
    const kase = await findCaseToActOn(trx, actor, caseId, 'legal_hold.lift');
    if (!canPlaceLegalHold(actor, caseScopeOf(kase))) throw forbidden();
    const hold = await findHold(trx, holdId);
    if (!hold || hold.case_id !== caseId) throw notFound('Legal hold not found');
    if (hold.lifted_at) throw new AppError('conflict', 'This legal hold has already been lifted.');
    if (!(await liftHoldRow(trx, holdId, input.version, actor.id, input.note, now)))
      throw new AppError(
        'conflict',
        'The legal hold has changed since you opened it. Reload it and try again.',
      );
    await insertRetentionEvent(trx, {
      caseId,
      type: 'legal_hold_lifted',
      actorId: actor.id,
      occurredAt: now,
      data: { holdId, reason: hold.reason },
    });
    await recordAudit(trx, actor, {
      action: 'legal_hold.lifted',
      caseId,
      details: { holdId, reason: hold.reason },
    });
    const row = await findHold(trx, holdId);
    if (!row) throw notFound('Legal hold not found');
    return present(row);
  });
}

/** Every hold in force (administrators), for the retention page. Audited. */
export async function listHolds(db: Kysely<DB>, actor: Actor): Promise<LegalHoldList> {
  if (!canManageRetention(actor)) throw forbidden();
  return db.transaction().execute(async (trx) => {
    const rows = await listActiveHolds(trx, null);
    await recordAudit(trx, actor, { action: 'legal_hold.list', details: { holds: rows.length } });
    return { holds: rows.map(present) };
  });
}
