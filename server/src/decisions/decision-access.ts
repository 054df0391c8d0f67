import type { Kysely } from 'kysely';
import type { DecisionAction } from '@refugio/contract';
import type { DB } from '../db/schema';
import type { Actor } from '../access/actor';
import { canActOnCase, canReadClaim, canReviewDecision, caseScopeOf } from '../access/policy';
import { findCaseToActOn } from '../cases/case-to-act-on';
import type { CaseRow } from '../cases/case.repository';
import { notFound } from '../errors/app-error';
import { isEditable } from './decision-status';
import { findDecisionById, type DecisionRow, type VersionRow } from './decision.repository';

/** A decision and its case, for an actor about to read or act on it (404 and audited denial outside the office). */
export async function decisionToActOn(
  db: Kysely<DB>,
  actor: Actor,
  id: string,
  action: string,
): Promise<{ decision: DecisionRow; kase: CaseRow }> {
  const decision = await findDecisionById(db, id);
  if (!decision) throw notFound('Decision not found');
  const kase = await findCaseToActOn(db, actor, decision.case_id, action);
  return { decision, kase };
}

/** Who writes the text of a decision and submits it: its author only, so the reviewer never wrote it. */
export const isAuthor = (actor: Actor, decision: Pick<DecisionRow, 'author_id'>) =>
  actor.id === decision.author_id;

/** Who records a notification: the roles the procedure lets notify, in the case's office. */
export const canNotify = (actor: Actor, kase: CaseRow) =>
  canActOnCase(actor, caseScopeOf(kase)) &&
  ['registration_officer', 'eligibility_officer', 'supervisor'].includes(actor.role);

/** What the actor may do with the decision now, for the buttons the web app shows. */
export function decisionActionsFor(
  actor: Actor,
  decision: DecisionRow,
  current: VersionRow | undefined,
  kase: CaseRow,
): DecisionAction[] {
  const office = caseScopeOf(kase);
  const actions: DecisionAction[] = [];
  const author = isAuthor(actor, decision) && canActOnCase(actor, office);
  if (author && isEditable(decision.status)) actions.push('edit');
  if (author && decision.status === 'draft') actions.push('submit');
  const reviewer = canReviewDecision(actor, { submittedBy: current?.submitted_by ?? null }, office);
  if (reviewer && decision.status === 'submitted') actions.push('approve', 'return');
  if (reviewer && decision.status === 'referred') actions.push('record_resolution', 'return');
  if ((decision.status === 'issued' || decision.status === 'notified') && canNotify(actor, kase))
    actions.push('notify');
  if (decision.status === 'notified' && canNotify(actor, kase)) actions.push('correct_notification');
  if (canReadClaim(actor, office)) actions.push('print');
  return actions;
}
