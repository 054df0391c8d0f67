import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import type { Actor } from '../access/actor';
import { canActOnCase, caseScopeOf } from '../access/policy';
import { recordAudit } from '../audit/audit.repository';
import { notFound } from '../errors/app-error';
import { findCaseById, type CaseRow } from './case.repository';

/**
 * The case an actor is about to act on. A case that does not exist or lies outside the actor's office
 * answers "not found", so its existence is not revealed, and the attempt is audited as denied.
 */
export async function findCaseToActOn(
  db: Kysely<DB>,
  actor: Actor,
  caseId: string,
  action: string,
): Promise<CaseRow> {
  const kase = await findCaseById(db, caseId);
  if (!kase || !canActOnCase(actor, caseScopeOf(kase))) {
    await recordAudit(db, actor, { action: 'case.action_denied', details: { caseId, action } });
    throw notFound('Case not found');
  }
  return kase;
}
