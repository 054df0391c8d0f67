import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import type { DecisionInvolvement } from '../access/policy';

/** The issued (or notified) decision of a case's latest round, for appeals and quality review. */
export async function findIssuedDecision(db: Kysely<DB>, caseId: string) {
  return db
    .selectFrom('decisions as d')
    .leftJoin('decision_reviews as r', (j) =>
      j
        .onRef('r.decision_id', '=', 'd.id')
        .onRef('r.version_number', '=', 'd.issued_version')
        .on('r.verdict', '=', 'approved'),
    )
    .select([
      'd.id',
      'd.case_id as caseId',
      'd.round',
      'd.kind',
      'd.status',
      'd.outcome',
      'd.issued_version as issuedVersion',
      'd.issued_on as issuedOn',
      'd.author_id as authorId',
      'r.reviewer_id as approverId',
    ])
    .where('d.case_id', '=', caseId)
    .where('d.status', 'in', ['issued', 'notified'])
    .orderBy('d.round', 'desc')
    .executeTakeFirst();
}

/** Who took part in a decision (author and approver), for the rule that another decides its appeal. */
export async function decisionInvolvement(
  db: Kysely<DB>,
  decisionId: string,
): Promise<Omit<DecisionInvolvement, 'interviewerIds'> | undefined> {
  const row = await db
    .selectFrom('decisions as d')
    .leftJoin('decision_reviews as r', (j) =>
      j.onRef('r.decision_id', '=', 'd.id').on('r.verdict', '=', 'approved'),
    )
    .select(['d.author_id', 'r.reviewer_id'])
    .where('d.id', '=', decisionId)
    .executeTakeFirst();
  return row && { authorId: row.author_id, approverId: row.reviewer_id };
}

/**
 * Sets a decision aside (an appeal remitted it, or the file was reopened): it stays on file with its
 * versions and letter, and the next round gets a new decision. Runs in the caller's transaction.
 */
export async function setAsideDecision(trx: Kysely<DB>, decisionId: string): Promise<void> {
  const row = await trx
    .updateTable('decisions')
    .set((eb) => ({ status: 'set_aside' as const, version: eb('version', '+', 1), updated_at: new Date() }))
    .where('id', '=', decisionId)
    .where('status', '<>', 'set_aside')
    .returning('id')
    .executeTakeFirst();
  if (!row) throw new Error(`setAsideDecision: no decision ${decisionId} to set aside`);
}
