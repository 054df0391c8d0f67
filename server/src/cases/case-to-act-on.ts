import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import type { Actor } from '../access/actor';
import { caseAccessVia, caseScopeOf } from '../access/policy';
import { recordAudit } from '../audit/audit.repository';
import { notFound } from '../errors/app-error';
import { findCaseById, type CaseRow } from './case.repository';

/**
 * The case an actor is about to act on. A case that does not exist, lies outside the actor's office or
 * is sensitive and not open to them answers "not found", so its existence is not revealed, and the
 * attempt is audited as denied. An action under a break-glass grant is audited with the grant's id.
 */
export async function findCaseToActOn(
  db: Kysely<DB>,
  actor: Actor,
  caseId: string,
  action: string,
): Promise<CaseRow> {
  const kase = await findCaseById(db, caseId, actor.id);
  const via = kase ? caseAccessVia(actor, caseScopeOf(kase)) : null;
  if (!kase || via === null) {
    await recordAudit(db, actor, { action: 'case.action_denied', details: { caseId, action } });
    throw notFound('Case not found');
  }
  if (via === 'break_glass') {
    await recordAudit(db, actor, {
      action: 'break_glass.use',
      caseId,
      details: { action, breakGlassGrantId: kase.actor_grant_id },
    });
  }
  return kase;
}
