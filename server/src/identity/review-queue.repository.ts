import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema';
import { caseListFilter, type CaseListScope } from '../access/policy';
import type { FieldComparison } from './matching';
import type { LinkKind } from './identity.tables';

export interface ProposedPair {
  kind: LinkKind;
  personA: string;
  personB: string;
  score: number;
  explanation: FieldComparison[];
  source: 'register_dedup' | 'registration';
}

/**
 * Puts pairs in the review queue. One row per pair ever: a pair already queued (pending, confirmed
 * or rejected) is left as it is, so re-running never duplicates a pending pair nor revives a rejected
 * one; pairs already linked are not queued. Returns how many were added.
 */
export async function queueReviewPairs(trx: Kysely<DB>, pairs: ProposedPair[]): Promise<number> {
  if (pairs.length === 0) return 0;
  const unique = new Map<string, ProposedPair>();
  for (const p of pairs) {
    const [a, b] = [p.personA, p.personB].sort() as [string, string];
    if (a !== b) unique.set(`${p.kind}:${a}:${b}`, { ...p, personA: a, personB: b });
  }
  const rows = [...unique.values()];
  let added = 0;
  for (let i = 0; i < rows.length; i += 1000) {
    const batch = rows.slice(i, i + 1000);
    const values = sql.join(
      batch.map(
        (p) =>
          sql`(${p.kind}, ${p.personA}::uuid, ${p.personB}::uuid, ${p.score}::double precision,
            ${JSON.stringify(p.explanation)}::jsonb, ${p.source})`,
      ),
    );
    const inserted = await sql<{ id: string }>`
      insert into identity_review_pairs (kind, person_a, person_b, score, explanation, source)
      select v.kind, v.a, v.b, v.score, v.explanation, v.source
      from (values ${values}) as v(kind, a, b, score, explanation, source)
      where not exists (select 1 from person_links l where l.kind = v.kind and l.person_a = v.a
        and l.person_b = v.b and l.undone_at is null)
      on conflict (kind, person_a, person_b) do nothing
      returning id`.execute(trx);
    added += inserted.rows.length;
  }
  return added;
}

/**
 * The condition that a pair may be shown to the actor: one of its cases is in the actor's scope, and
 * neither is a sensitive case the actor may not open (a sensitive person never shows to others).
 */
function pairVisible(scope: CaseListScope) {
  const ra = caseListFilter(scope, 'ca');
  const rb = caseListFilter(scope, 'cb');
  return sql<boolean>`((${ra} or ${rb}) and (not ca.sensitive or ${ra}) and (not cb.sensitive or ${rb}))`;
}

const pairsOf = (db: Kysely<DB>, scope: CaseListScope) =>
  db
    .selectFrom('identity_review_pairs as r')
    .innerJoin('people as pa', 'pa.id', 'r.person_a')
    .innerJoin('people as pb', 'pb.id', 'r.person_b')
    .innerJoin('cases as ca', 'ca.id', 'pa.case_id')
    .innerJoin('cases as cb', 'cb.id', 'pb.case_id')
    .where(pairVisible(scope));

export async function listReviewPairs(
  db: Kysely<DB>,
  q: {
    scope: CaseListScope;
    kind: LinkKind;
    status: 'pending' | 'confirmed' | 'rejected';
    minScore: number;
    page: number;
    pageSize: number;
  },
) {
  const filtered = pairsOf(db, q.scope)
    .where('r.kind', '=', q.kind)
    .where('r.status', '=', q.status)
    .where('r.score', '>=', q.minScore);
  const [count, rows] = await Promise.all([
    filtered.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
    filtered
      .select([
        'r.id',
        'r.kind',
        'r.status',
        'r.score',
        'r.explanation',
        'r.version',
        'r.person_a',
        'r.person_b',
      ])
      .orderBy('r.score', 'desc')
      .orderBy('r.id')
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize)
      .execute(),
  ]);
  return { total: Number(count.n), rows };
}

/** One pair the actor may see, with the cases of both people, locked for the caller's transaction. */
export function findReviewPairForUpdate(trx: Kysely<DB>, scope: CaseListScope, pairId: string) {
  return pairsOf(trx, scope)
    .select([
      'r.id',
      'r.kind',
      'r.status',
      'r.score',
      'r.explanation',
      'r.version',
      'r.person_a',
      'r.person_b',
      'pa.case_id as case_a',
      'pb.case_id as case_b',
    ])
    .where('r.id', '=', pairId)
    .forUpdate('r')
    .executeTakeFirst();
}

/** Records the decision on a pending pair seen at `version`; undefined when it changed meanwhile. */
export function decideReviewPair(
  trx: Kysely<DB>,
  d: {
    id: string;
    version: number;
    status: 'confirmed' | 'rejected';
    by: string;
    at: Date;
    linkId: string | null;
  },
) {
  return trx
    .updateTable('identity_review_pairs')
    .set({
      status: d.status,
      decided_by: d.by,
      decided_at: d.at,
      link_id: d.linkId,
      version: sql<number>`version + 1`,
    })
    .where('id', '=', d.id)
    .where('version', '=', d.version)
    .where('status', '=', 'pending')
    .returning(['id', 'version'])
    .executeTakeFirst();
}
