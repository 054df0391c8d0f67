import type { Kysely } from 'kysely';
import { AssignCaseInput, type CaseDetail } from '@refugio/contract';
import type { DB } from '../db/schema';
import type { Actor } from '../access/actor';
import type { Jurisdiction } from '../countries/jurisdiction';
import { assignableRoles, canAssignCase, caseScopeOf } from '../access/policy';
import { forbidden, staleCase, validationFailed } from '../errors/app-error';
import { parseOrThrow } from '../errors/parse';
import { bumpCaseVersion, findCaseById, insertCaseEvent } from '../cases/case.repository';
import { assembleCaseFile } from '../cases/case.service';
import { findOfficersOfOffice } from './assignment.repository';
import { findCaseToActOn } from '../cases/case-to-act-on';

/**
 * A supervisor puts an eligibility officer or supervisor of the case's office in charge of it (or
 * nobody), from the case version they saw. Recorded as a case event; the deadline dashboard groups by it.
 */
export async function assignCase(
  db: Kysely<DB>,
  actor: Actor,
  caseId: string,
  raw: unknown,
  jurisdiction: Jurisdiction,
  now = new Date(),
): Promise<CaseDetail> {
  const input = parseOrThrow(AssignCaseInput, raw);
  const seen = await findCaseToActOn(db, actor, caseId, 'assign');
  if (!canAssignCase(actor, caseScopeOf(seen))) throw forbidden();
  return db.transaction().execute(async (trx) => {
    const kase = (await findCaseById(trx, caseId)) ?? seen;
    if (kase.version !== input.version) throw staleCase(kase.version);
    const candidates = await findOfficersOfOffice(trx, kase.office_id, assignableRoles);
    const officer = input.officerId === null ? null : candidates.find((c) => c.id === input.officerId);
    if (officer === undefined) {
      throw validationFailed([
        { path: 'officerId', code: 'not_assignable', message: "Not an officer of the case's office" },
      ]);
    }
    const bumped = await bumpCaseVersion(trx, {
      caseId,
      version: input.version,
      now,
      set: { assigned_to: officer?.id ?? null },
    });
    if (!bumped) throw staleCase((await findCaseById(trx, caseId))?.version ?? kase.version);
    await insertCaseEvent(
      trx,
      {
        caseId,
        type: 'case_assigned',
        actorId: actor.id,
        occurredAt: now,
        data: { from: kase.assigned_to, to: officer?.id ?? null },
      },
      { actor, entry: { action: 'case.assigned', caseId, details: { to: officer?.id ?? null } } },
    );
    return assembleCaseFile(trx, actor, (await findCaseById(trx, caseId))!, jurisdiction, now);
  });
}
