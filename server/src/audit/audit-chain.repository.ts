import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema';
import type { ChainedEntry } from './audit-hash';

/** Taken by the sealer for its transaction, so two server processes never seal at once. */
const SEALER_LOCK = 7236541001n;

export interface ChainLink {
  seq: string;
  auditId: string;
  prevHash: string;
  hash: string;
  sealedAt: Date;
  horizon: string;
}

/** A link with the audit row it seals; `entry` is null when that row is missing. */
export interface LinkWithEntry extends ChainLink {
  entry: ChainedEntry | null;
}

interface EntryColumns {
  id: string | null;
  occurred_at: string | null;
  actor_id: string | null;
  action: string | null;
  case_id: string | null;
  client_address: string | null;
  details: unknown;
  txid: string | null;
}

// Every column in the text form the hash is computed on; occurred_at keeps its microseconds.
const entryColumns = sql`
  a.id::text as id,
  to_char(a.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as occurred_at,
  a.actor_id::text as actor_id, a.action, a.case_id::text as case_id, a.client_address, a.details,
  a.txid::text as txid`;

function entryOf(row: EntryColumns): ChainedEntry | null {
  if (row.id === null) return null;
  return {
    id: row.id,
    occurredAt: row.occurred_at ?? '',
    actorId: row.actor_id,
    action: row.action ?? '',
    caseId: row.case_id,
    clientAddress: row.client_address ?? '',
    details: row.details,
    txid: row.txid ?? '',
  };
}

interface LinkColumns {
  seq: string;
  audit_id: string;
  prev_hash: string;
  hash: string;
  sealed_at: Date;
  horizon: string;
}

const linkOf = (row: LinkColumns): ChainLink => ({
  seq: String(row.seq),
  auditId: String(row.audit_id),
  prevHash: row.prev_hash,
  hash: row.hash,
  sealedAt: row.sealed_at,
  horizon: row.horizon,
});

export async function tryLockSealer(trx: Kysely<DB>): Promise<boolean> {
  const { rows } = await sql<{ locked: boolean }>`
    select pg_try_advisory_xact_lock(${SEALER_LOCK}::bigint) as locked`.execute(trx);
  return rows[0]?.locked === true;
}

/** The oldest transaction still running: every transaction below it has finished. */
export async function currentHorizon(trx: Kysely<DB>): Promise<string> {
  const { rows } = await sql<{ horizon: string }>`
    select pg_snapshot_xmin(pg_current_snapshot())::text as horizon`.execute(trx);
  const horizon = rows[0]?.horizon;
  if (horizon === undefined) throw new Error('The database returned no snapshot');
  return horizon;
}

export async function findHeadLink(db: Kysely<DB>): Promise<ChainLink | null> {
  const { rows } = await sql<LinkColumns>`
    select c.seq::text as seq, c.audit_id::text as audit_id, c.prev_hash, c.hash, c.sealed_at,
      c.horizon::text as horizon
    from audit_chain c order by c.seq desc limit 1`.execute(db);
  return rows[0] ? linkOf(rows[0]) : null;
}

/** Unsealed entries of finished transactions, txid in [from, below), after the (txid, id) cursor. */
export async function findEntriesToSeal(
  trx: Kysely<DB>,
  range: { from: string; below: string; after: { txid: string; id: string } | null; limit: number },
): Promise<ChainedEntry[]> {
  const cursor = range.after
    ? sql`and (a.txid, a.id) > (${range.after.txid}::xid8, ${range.after.id}::bigint)`
    : sql``;
  const { rows } = await sql<EntryColumns>`
    select ${entryColumns} from audit_log a
    where a.txid >= ${range.from}::xid8 and a.txid < ${range.below}::xid8 ${cursor}
    order by a.txid, a.id limit ${range.limit}`.execute(trx);
  return rows.flatMap((row) => entryOf(row) ?? []);
}

export async function insertLinks(
  trx: Kysely<DB>,
  links: { seq: string; auditId: string; prevHash: string; hash: string; horizon: string }[],
): Promise<void> {
  if (links.length === 0) return;
  await trx
    .insertInto('audit_chain')
    .values(
      links.map((link) => ({
        seq: link.seq,
        audit_id: link.auditId,
        prev_hash: link.prevHash,
        hash: link.hash,
        horizon: link.horizon,
      })),
    )
    .execute();
}

/** Links in seq order after `afterSeq`, each with its audit row (null when the row is gone). */
export async function findLinksAfter(
  db: Kysely<DB>,
  afterSeq: string,
  limit: number,
): Promise<LinkWithEntry[]> {
  const { rows } = await sql<LinkColumns & EntryColumns>`
    select c.seq::text as seq, c.audit_id::text as audit_id, c.prev_hash, c.hash, c.sealed_at,
      c.horizon::text as horizon, ${entryColumns}
    from audit_chain c left join audit_log a on a.id = c.audit_id
    where c.seq > ${afterSeq}::bigint order by c.seq limit ${limit}`.execute(db);
  return rows.map((row) => ({ ...linkOf(row), entry: entryOf(row) }));
}

export async function findLink(db: Kysely<DB>, seq: string): Promise<ChainLink | null> {
  const { rows } = await sql<LinkColumns>`
    select seq::text as seq, audit_id::text as audit_id, prev_hash, hash, sealed_at, horizon::text as horizon
    from audit_chain where seq = ${seq}::bigint`.execute(db);
  return rows[0] ? linkOf(rows[0]) : null;
}

/** The first audit row below the horizon that no link seals: one that was slipped in by hand. */
export async function findUnlinkedBelow(db: Kysely<DB>, horizon: string): Promise<string | null> {
  const { rows } = await sql<{ id: string }>`
    select a.id::text as id from audit_log a
    where a.txid < ${horizon}::xid8
      and not exists (select 1 from audit_chain c where c.audit_id = a.id)
    order by a.txid, a.id limit 1`.execute(db);
  return rows[0]?.id ?? null;
}

/** Entries not yet sealed (written at or above the head's horizon): few, read through the txid index. */
export async function countUnsealed(db: Kysely<DB>, horizon: string): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    select count(*)::int as n from audit_log a
    where a.txid >= ${horizon}::xid8`.execute(db);
  return rows[0]?.n ?? 0;
}
