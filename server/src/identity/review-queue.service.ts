import type { Kysely } from 'kysely';
import {
  BulkConfirmInput,
  IdentityReviewDecisionInput,
  IdentityReviewQueueQuery,
  type BulkConfirmResult,
  type IdentityReviewPair,
  type IdentityReviewQueue,
} from '@refugio/contract';
import type { DB } from '../db/schema';
import type { Actor } from '../access/actor';
import { canReviewIdentities, caseListScope } from '../access/policy';
import { recordAudit } from '../audit/audit.repository';
import { AppError, forbidden, notFound } from '../errors/app-error';
import { parseOrThrow } from '../errors/parse';
import type { FieldComparison } from './matching';
import { findIdentifiedPeople } from './identity.repository';
import { presentIdentifiedPerson } from './person-record';
import { decideReviewPair, findReviewPairForUpdate, listReviewPairs } from './review-queue.repository';
import { writeLink } from './link.service';

interface PairRow {
  id: string;
  kind: 'same_person' | 'family';
  status: 'pending' | 'confirmed' | 'rejected';
  score: number;
  explanation: FieldComparison[];
  version: number;
  person_a: string;
  person_b: string;
}

async function presentPairs(db: Kysely<DB>, actor: Actor, rows: PairRow[]): Promise<IdentityReviewPair[]> {
  const ids = [...new Set(rows.flatMap((r) => [r.person_a, r.person_b]))];
  const people = new Map((await findIdentifiedPeople(db, ids, caseListScope(actor))).map((p) => [p.id, p]));
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    status: r.status,
    score: r.score,
    fields: r.explanation,
    version: r.version,
    a: presentIdentifiedPerson(people.get(r.person_a)!),
    b: presentIdentifiedPerson(people.get(r.person_b)!),
  }));
}

/** GET /identity/review-pairs: the pairs a supervisor may decide, best score first. Audited with counts. */
export async function listReviewQueue(
  db: Kysely<DB>,
  actor: Actor,
  raw: unknown,
): Promise<IdentityReviewQueue> {
  if (!canReviewIdentities(actor)) throw forbidden();
  const query = parseOrThrow(IdentityReviewQueueQuery, raw);
  const { total, rows } = await listReviewPairs(db, { scope: caseListScope(actor), ...query });
  await recordAudit(db, actor, {
    action: 'identity.review_list',
    details: { kind: query.kind, status: query.status, total, shown: rows.length },
  });
  return { items: await presentPairs(db, actor, rows), total, page: query.page, pageSize: query.pageSize };
}

/**
 * Decides one pair in its own transaction: confirming links the two records (same person or
 * family); rejecting keeps the pair as rejected so no later run proposes it again. A pair decided by
 * someone else since the reviewer saw it answers 409.
 */
async function decideOne(
  db: Kysely<DB>,
  actor: Actor,
  pairId: string,
  decision: 'confirm' | 'reject',
  version: number,
  now: Date,
  minScore = 0,
): Promise<{ outcome: 'confirmed' | 'rejected' | 'conflict' | 'not_found' | 'below_score'; pair?: PairRow }> {
  return db.transaction().execute(async (trx) => {
    const pair = await findReviewPairForUpdate(trx, caseListScope(actor), pairId);
    if (!pair) return { outcome: 'not_found' as const };
    if (pair.status !== 'pending' || pair.version !== version) return { outcome: 'conflict' as const };
    if (pair.score < minScore) return { outcome: 'below_score' as const };
    const linkId =
      decision === 'confirm'
        ? await writeLink(
            trx,
            actor,
            {
              kind: pair.kind,
              personId: pair.person_a,
              personCaseId: pair.case_a,
              otherPersonId: pair.person_b,
              otherCaseId: pair.case_b,
              score: pair.score,
              explanation: pair.explanation,
              source: 'review',
            },
            now,
          )
        : null;
    const status = decision === 'confirm' ? ('confirmed' as const) : ('rejected' as const);
    const done = await decideReviewPair(trx, { id: pair.id, version, status, by: actor.id, at: now, linkId });
    if (!done) return { outcome: 'conflict' as const };
    for (const caseId of new Set([pair.case_a, pair.case_b]))
      await recordAudit(trx, actor, {
        action: 'identity.review_decide',
        caseId,
        details: { pairId: pair.id, decision: status, linkId },
      });
    return { outcome: status, pair: { ...pair, status, version: done.version } };
  });
}

/** POST /identity/review-pairs/:pairId/decision. */
export async function decideReviewPairOf(
  db: Kysely<DB>,
  actor: Actor,
  pairId: string,
  raw: unknown,
  now = new Date(),
): Promise<IdentityReviewPair> {
  if (!canReviewIdentities(actor)) throw forbidden();
  const input = parseOrThrow(IdentityReviewDecisionInput, raw);
  const result = await decideOne(db, actor, pairId, input.decision, input.version, now);
  if (result.outcome === 'not_found') throw notFound('Pair not found');
  if (result.outcome === 'conflict')
    throw new AppError(
      'conflict',
      'Someone else decided this pair since you opened the queue. Reload the queue to see their decision.',
    );
  return (await presentPairs(db, actor, [result.pair!]))[0]!;
}

/** POST /identity/review-pairs/bulk-confirm: confirms the chosen pairs at or above `minScore`, each in its own transaction. */
export async function bulkConfirmPairs(
  db: Kysely<DB>,
  actor: Actor,
  raw: unknown,
  now = new Date(),
): Promise<BulkConfirmResult> {
  if (!canReviewIdentities(actor)) throw forbidden();
  const input = parseOrThrow(BulkConfirmInput, raw);
  const results: BulkConfirmResult['results'] = [];
  for (const p of input.pairs) {
    const { outcome } = await decideOne(db, actor, p.id, 'confirm', p.version, now, input.minScore);
    results.push({ id: p.id, outcome: outcome === 'rejected' ? 'conflict' : outcome });
  }
  return { results };
}
