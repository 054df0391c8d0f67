import { createHash } from 'node:crypto';

/** The previous hash of the chain's first link. */
export const GENESIS_HASH = '0'.repeat(64);

/** An audit row as the chain reads it: every column in a text form both engines produce alike. */
export interface ChainedEntry {
  id: string;
  /** UTC, microseconds: `2026-12-02T10:00:00.123456Z` (a JS Date would drop the microseconds). */
  occurredAt: string;
  actorId: string | null;
  action: string;
  caseId: string | null;
  clientAddress: string;
  details: unknown;
  /** xid8 of the writing transaction, decimal. */
  txid: string;
}

/**
 * JSON with object keys sorted (by UTF-16 code units) and no whitespace, so equal values serialise
 * to equal bytes whatever order the database or a writer put the keys in.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    const text = JSON.stringify(value);
    if (text === undefined) throw new TypeError(`Not a JSON value: ${typeof value}`);
    return text;
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((key) => record[key] !== undefined)
    .sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`).join(',')}}`;
}

/** The bytes an entry contributes to its link: a versioned canonical JSON object of every column. */
export function serialiseEntry(entry: ChainedEntry): string {
  return canonicalJson({
    v: 1,
    id: entry.id,
    occurredAt: entry.occurredAt,
    actorId: entry.actorId,
    action: entry.action,
    caseId: entry.caseId,
    clientAddress: entry.clientAddress,
    details: entry.details,
    txid: entry.txid,
  });
}

/** hash = SHA-256(previous hash as 32 bytes ‖ UTF-8 canonical serialisation of the entry), hex. */
export function linkHash(prevHash: string, entry: ChainedEntry): string {
  return createHash('sha256')
    .update(Buffer.from(prevHash, 'hex'))
    .update(serialiseEntry(entry), 'utf8')
    .digest('hex');
}
