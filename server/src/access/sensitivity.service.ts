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

type CaseRow = NonNullable<Awaited<ReturnType<typeof findCaseById>>>;

/** What one change of a case's sensitivity did: its event (type and details, codes and ids only). */
interface MarkingChange {
  event: 'sensitivity_marked' | 'sensitivity_lifted' | 'supervisor_named' | 'supervisor_removed';
  details: Record<string, unknown>;
}

/**
 * The sequence every change of who sees a sensitive case follows. The actor's right to mark the case
 * is checked before the transaction (a denial is audited and must not roll back with it), then again
 * inside it on the case read afresh, with the version they saw; `change` writes and bumps the version;
 * its event is recorded with the audit entry and the case file is returned as the actor now sees it.
 */
async function changeMarking(
  db: Kysely<DB>,
  actor: Actor,
  caseId: string,
  version: number,
  context: { jurisdiction: Jurisdiction; now: Date },
  change: (trx: Kysely<DB>, kase: CaseRow) => Promise<MarkingChange>,
): Promise<CaseDetail> {
  const seen = await findCaseToActOn(db, actor, caseId, 'mark_sensitive');
  if (!canMarkSensitive(actor, caseScopeOf(seen))) throw forbidden();
  return db.transaction().execute(async (trx) => {
    const kase = (await findCaseById(trx, caseId, actor.id))!;
    if (!canMarkSensitive(actor, caseScopeOf(kase))) throw forbidden();
    if (kase.version !== version) throw staleCase(kase.version);
    const { event, details } = await change(trx, kase);
    await insertCaseEvent(
      trx,
      { caseId, type: event, actorId: actor.id, occurredAt: context.now, data: details },
      { actor, entry: { action: `case.${event}`, caseId, details } },
    );
    const after = (await findCaseById(trx, caseId, actor.id))!;
    return assembleCaseFile(trx, actor, after, context.jurisdiction, context.now);
  });
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
  return changeMarking(db, actor, caseId, input.version, { jurisdiction, now }, async (trx, kase) => {
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
    if (!(await refreshSensitivity(trx, { caseId, version: kase.version, now })))
      throw staleCase(kase.version);
    return { event: 'sensitivity_marked', details: { markId, category: input.category, personId } };
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
  return changeMarking(db, actor, caseId, input.version, { jurisdiction, now }, async (trx, kase) => {
    const lifted = await liftMark(trx, { caseId, markId, reason: input.reason, by: actor.id, at: now });
    if (!lifted) throw new AppError('not_found', 'No active mark with this id on the case');
    const updated = await refreshSensitivity(trx, { caseId, version: kase.version, now });
    if (!updated) throw staleCase(kase.version);
    return {
      event: 'sensitivity_lifted',
      details: {
        markId,
        category: lifted.category,
        personId: lifted.person_id,
        sensitive: updated.sensitive,
      },
    };
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
  return changeMarking(db, actor, caseId, input.version, { jurisdiction, now }, async (trx, kase) => {
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
    return { event: 'supervisor_named', details: { userId: user.id } };
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
  return changeMarking(db, actor, caseId, input.version, { jurisdiction, now }, async (trx, kase) => {
    if (!(await removeNamedSupervisor(trx, { caseId, userId, by: actor.id, at: now }))) {
      throw new AppError('not_found', 'This user is not named on the case');
    }
    if ((await bumpVersion(trx, { caseId, version: kase.version, now })) === undefined)
      throw staleCase(kase.version);
    return { event: 'supervisor_removed', details: { userId } };
  });
}
