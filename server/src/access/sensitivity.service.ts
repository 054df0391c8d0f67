import type { Kysely } from 'kysely';
import {
  LiftSensitivityInput,
  MarkSensitiveInput,
  NameSupervisorInput,
  RemoveSupervisorInput,
  type CaseDetail,
} from '@refugio/contract';
import type { DB } from '../db/schema';
import type { Actor } from './actor';
import type { Jurisdiction } from '../countries/jurisdiction';
import { canBeNamedSupervisor, canMarkSensitive, caseScopeOf } from './policy';
import { forbidden, staleCase, validationFailed, AppError } from '../errors/app-error';
import { parseOrThrow } from '../errors/parse';
import { findCaseById, findPeopleOfCase, insertCaseEvent } from '../cases/case.repository';
import { findCaseToActOn } from '../cases/case-to-act-on';
import { assembleCaseFile } from '../cases/case.service';
import {
  bumpVersion,
  findOfficeSupervisors,
  insertMark,
  insertNamedSupervisor,
  liftMark,
  refreshSensitivity,
  removeNamedSupervisor,
} from './access.repository';

/**
 * Checks the actor may mark the case, before the transaction (a denial is audited and must not roll
 * back with it); `reread` then loads it again inside the transaction and checks the version they saw.
 */
async function authorizeMarking(db: Kysely<DB>, actor: Actor, caseId: string) {
  const seen = await findCaseToActOn(db, actor, caseId, 'mark_sensitive');
  if (!canMarkSensitive(actor, caseScopeOf(seen))) throw forbidden();
  return seen;
}

async function reread(trx: Kysely<DB>, actor: Actor, caseId: string, version: number) {
  const kase = (await findCaseById(trx, caseId, actor.id))!;
  if (!canMarkSensitive(actor, caseScopeOf(kase))) throw forbidden();
  if (kase.version !== version) throw staleCase(kase.version);
  return kase;
}

/**
 * Marks a case (or one person of it) sensitive: from then on only its officer in charge, its named
 * supervisors, the appeals officers once an appeal is on file and holders of a break-glass grant see
 * it. A supervisor who marks a case is named on it, so they keep seeing what they marked. The reason
 * stays in the mark; the event and the audit carry the category code only.
 */
export async function markSensitive(
  db: Kysely<DB>,
  actor: Actor,
  caseId: string,
  raw: unknown,
  jurisdiction: Jurisdiction,
  now = new Date(),
): Promise<CaseDetail> {
  const input = parseOrThrow(MarkSensitiveInput, raw);
  await authorizeMarking(db, actor, caseId);
  return db.transaction().execute(async (trx) => {
    const kase = await reread(trx, actor, caseId, input.version);
    const personId = input.personId ?? null;
    if (personId !== null && !(await findPeopleOfCase(trx, caseId)).some((p) => p.id === personId)) {
      throw validationFailed([{ path: 'personId', code: 'unknown', message: 'Not a person of this case' }]);
    }
    const markId = await insertMark(trx, {
      caseId,
      personId,
      category: input.category,
      reason: input.reason,
      by: actor.id,
      at: now,
    });
    if (actor.role === 'supervisor') {
      await insertNamedSupervisor(trx, { caseId, userId: actor.id, by: actor.id, at: now });
    }
    const updated = await refreshSensitivity(trx, { caseId, version: kase.version, now });
    if (!updated) throw staleCase(kase.version);
    const details = { markId, category: input.category, personId };
    await insertCaseEvent(
      trx,
      { caseId, type: 'sensitivity_marked', actorId: actor.id, occurredAt: now, data: details },
      { actor, entry: { action: 'case.sensitivity_marked', caseId, details } },
    );
    return assembleCaseFile(trx, actor, (await findCaseById(trx, caseId, actor.id))!, jurisdiction, now);
  });
}

/** Lifts one active mark; the case stops being sensitive when no active mark is left. */
export async function liftSensitivity(
  db: Kysely<DB>,
  actor: Actor,
  caseId: string,
  markId: string,
  raw: unknown,
  jurisdiction: Jurisdiction,
  now = new Date(),
): Promise<CaseDetail> {
  const input = parseOrThrow(LiftSensitivityInput, raw);
  await authorizeMarking(db, actor, caseId);
  return db.transaction().execute(async (trx) => {
    const kase = await reread(trx, actor, caseId, input.version);
    const lifted = await liftMark(trx, { caseId, markId, reason: input.reason, by: actor.id, at: now });
    if (!lifted) throw new AppError('not_found', 'No active mark with this id on the case');
    const updated = await refreshSensitivity(trx, { caseId, version: kase.version, now });
    if (!updated) throw staleCase(kase.version);
    const details = {
      markId,
      category: lifted.category,
      personId: lifted.person_id,
      sensitive: updated.sensitive,
    };
    await insertCaseEvent(
      trx,
      { caseId, type: 'sensitivity_lifted', actorId: actor.id, occurredAt: now, data: details },
      { actor, entry: { action: 'case.sensitivity_lifted', caseId, details } },
    );
    return assembleCaseFile(trx, actor, (await findCaseById(trx, caseId, actor.id))!, jurisdiction, now);
  });
}

/** Names a supervisor of the case's office on it: they see it while it is sensitive. */
export async function nameSupervisor(
  db: Kysely<DB>,
  actor: Actor,
  caseId: string,
  raw: unknown,
  jurisdiction: Jurisdiction,
  now = new Date(),
): Promise<CaseDetail> {
  const input = parseOrThrow(NameSupervisorInput, raw);
  await authorizeMarking(db, actor, caseId);
  return db.transaction().execute(async (trx) => {
    const kase = await reread(trx, actor, caseId, input.version);
    const user = (await findOfficeSupervisors(trx, kase.office_id)).find((u) => u.id === input.userId);
    if (!user || !canBeNamedSupervisor({ role: user.role, officeId: user.office_id }, caseScopeOf(kase))) {
      throw validationFailed([
        { path: 'userId', code: 'not_a_supervisor', message: "Not a supervisor of the case's office" },
      ]);
    }
    if (!(await insertNamedSupervisor(trx, { caseId, userId: user.id, by: actor.id, at: now }))) {
      throw validationFailed([
        { path: 'userId', code: 'already_named', message: 'Already named on this case' },
      ]);
    }
    if ((await bumpVersion(trx, { caseId, version: kase.version, now })) === undefined)
      throw staleCase(kase.version);
    const details = { userId: user.id };
    await insertCaseEvent(
      trx,
      { caseId, type: 'supervisor_named', actorId: actor.id, occurredAt: now, data: details },
      { actor, entry: { action: 'case.supervisor_named', caseId, details } },
    );
    return assembleCaseFile(trx, actor, (await findCaseById(trx, caseId, actor.id))!, jurisdiction, now);
  });
}

/** Removes a named supervisor from the case. */
export async function removeSupervisor(
  db: Kysely<DB>,
  actor: Actor,
  caseId: string,
  userId: string,
  raw: unknown,
  jurisdiction: Jurisdiction,
  now = new Date(),
): Promise<CaseDetail> {
  const input = parseOrThrow(RemoveSupervisorInput, raw);
  await authorizeMarking(db, actor, caseId);
  return db.transaction().execute(async (trx) => {
    const kase = await reread(trx, actor, caseId, input.version);
    if (!(await removeNamedSupervisor(trx, { caseId, userId, by: actor.id, at: now }))) {
      throw new AppError('not_found', 'This user is not named on the case');
    }
    if ((await bumpVersion(trx, { caseId, version: kase.version, now })) === undefined)
      throw staleCase(kase.version);
    const details = { userId };
    await insertCaseEvent(
      trx,
      { caseId, type: 'supervisor_removed', actorId: actor.id, occurredAt: now, data: details },
      { actor, entry: { action: 'case.supervisor_removed', caseId, details } },
    );
    const after = (await findCaseById(trx, caseId, actor.id))!;
    return assembleCaseFile(trx, actor, after, jurisdiction, now);
  });
}
