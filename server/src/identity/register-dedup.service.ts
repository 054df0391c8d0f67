import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import { compare, DEFAULT_THRESHOLD, findDuplicatePairs, prepare, type PersonRecord } from './matching';
import { indexMatchKeys } from './match-index.service';
import { personRecordOfRow } from './person-record';
import { queueReviewPairs, type ProposedPair } from './review-queue.repository';
import { proposeFamilyPairs } from './family-proposals';
import { findPeoplePage } from './identity.repository';

export interface RegisterDedupOptions {
  /** The lowest score of a pair put in the review queue; default: the calibrated threshold. */
  threshold?: number;
  /** Called as the work advances (the CLI draws a progress bar on stderr). */
  onProgress?: (progress: { phase: string; done: number; total: number }) => void;
}

export interface RegisterDedupResult {
  compared: number;
  candidates: number;
  queued: number;
  /** Family-link proposals found and newly queued. */
  familyCandidates?: number;
  familyQueued?: number;
}

const PAGE = 5000;

/** Every person of the register, read by pages (phones and addresses stay sealed: see below). */
async function readRegister(
  db: Kysely<DB>,
  onProgress: RegisterDedupOptions['onProgress'],
): Promise<{ records: PersonRecord[]; caseOf: Map<string, string> }> {
  const total = Number(
    (
      await db
        .selectFrom('people')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
  const records: PersonRecord[] = [];
  const caseOf = new Map<string, string>();
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const rows = await findPeoplePage(db, after, PAGE);
    for (const r of rows) {
      records.push(personRecordOfRow(r));
      caseOf.set(r.id, r.case_id);
    }
    onProgress?.({ phase: 'read', done: records.length, total: Math.max(total, records.length) });
    if (rows.length < PAGE) break;
    after = rows[rows.length - 1]!.id;
  }
  return { records, caseOf };
}

/**
 * `refugio dedup --db`: files people missing from the match-key index, compares the people of the
 * register and fills the supervisors' review queue with candidate same-person pairs of different
 * records, and family-link proposals of different cases. Idempotent: a pair already in the queue
 * (pending, confirmed or rejected) or already linked is not queued again.
 *
 * Phones and addresses are not opened: each is sealed under its case's own key, so reading them
 * would unwrap one key per case (a million unwraps for a national register) and put every contact
 * detail in this process's memory at once, for little gain — names, dates and documents carry the
 * evidence, and a phone alone is shared by families and changed often by people on the move.
 */
export async function runRegisterDedup(
  db: Kysely<DB>,
  options: RegisterDedupOptions,
): Promise<RegisterDedupResult> {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  await indexMatchKeys(db, options.onProgress);
  const { records, caseOf } = await readRegister(db, options.onProgress);
  const pairs = await findDuplicatePairs(records, { threshold, onProgress: options.onProgress });
  const byId = new Map(records.map((r) => [r.id, r]));
  // Two records of the same case are two people of one family, never a duplicate registration.
  const across = pairs.filter((p) => caseOf.get(p.idA) !== caseOf.get(p.idB));
  const proposed: ProposedPair[] = across.map((p) => ({
    kind: 'same_person',
    personA: p.idA,
    personB: p.idB,
    score: p.score,
    explanation: compare(prepare(byId.get(p.idA)!), prepare(byId.get(p.idB)!)).fields,
    source: 'register_dedup',
  }));
  const queued = await queueInBatches(db, proposed, options.onProgress, 'queue');
  const samePair = new Set(pairs.map((p) => `${p.idA}|${p.idB}`));
  const family = proposeFamilyPairs(
    records.map((record) => ({ record, caseId: caseOf.get(record.id)! })),
    (a, b) => samePair.has(a.id < b.id ? `${a.id}|${b.id}` : `${b.id}|${a.id}`),
  ).map(([a, b]): ProposedPair => {
    const result = compare(prepare(byId.get(a)!), prepare(byId.get(b)!));
    return {
      kind: 'family',
      personA: a,
      personB: b,
      score: result.score,
      explanation: result.fields,
      source: 'register_dedup',
    };
  });
  const familyQueued = await queueInBatches(db, family, options.onProgress, 'queue_family');
  return {
    compared: records.length,
    candidates: across.length,
    queued,
    familyCandidates: family.length,
    familyQueued,
  };
}

async function queueInBatches(
  db: Kysely<DB>,
  pairs: ProposedPair[],
  onProgress: RegisterDedupOptions['onProgress'],
  phase: string,
): Promise<number> {
  let queued = 0;
  for (let i = 0; i < pairs.length; i += 1000) {
    const batch = pairs.slice(i, i + 1000);
    queued += await db.transaction().execute((trx) => queueReviewPairs(trx, batch));
    onProgress?.({ phase, done: Math.min(i + 1000, pairs.length), total: pairs.length });
  }
  return queued;
}
