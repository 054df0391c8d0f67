import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import { GENESIS_HASH, linkHash } from './audit-hash';
import {
  findHeadLink,
  findLink,
  findLinksAfter,
  findUnlinkedBelow,
  type ChainLink,
} from './audit-chain.repository';

/**
 * The first break found, naming the entry:
 * - `altered`: the audit row no longer matches the hash sealed for it;
 * - `removed`: a sealed audit row is gone (`auditId`), or links are missing (a gap in seq);
 * - `inserted`: an audit row below the sealed horizon that no link seals (slipped in by hand);
 * - `link_altered`: a link's own hash or previous hash was rewritten.
 */
export type ChainBreak =
  | { kind: 'altered'; seq: string; auditId: string }
  | { kind: 'removed'; seq: string; auditId: string | null }
  | { kind: 'inserted'; auditId: string }
  | { kind: 'link_altered'; seq: string; auditId: string };

export interface ChainVerification {
  /** Links whose hash was recomputed and matched. */
  checked: number;
  /** The last link as it stood when verification began: record its hash elsewhere. */
  head: ChainLink | null;
  break: ChainBreak | null;
}

export interface VerifyOptions {
  pageSize?: number;
  /** Called after each page with the links checked so far and the head's seq. */
  onProgress?: (checked: number, total: number) => void;
}

/**
 * Walks the whole chain in seq order, a page at a time, recomputing every hash; stops at the first
 * break. Links sealed after it started are left for the next run.
 */
export async function verifyAuditChain(
  db: Kysely<DB>,
  options: VerifyOptions = {},
): Promise<ChainVerification> {
  const pageSize = options.pageSize ?? 5000;
  const head = await findHeadLink(db);
  if (!head) {
    const inserted = await findUnlinkedBelow(db, '0');
    return { checked: 0, head, break: inserted ? { kind: 'inserted', auditId: inserted } : null };
  }
  const total = Number(head.seq);
  let expectedSeq = 1n;
  let prevHash = GENESIS_HASH;
  let checked = 0;
  const finish = (found: ChainBreak | null): ChainVerification => ({ checked, head, break: found });

  while (expectedSeq <= BigInt(head.seq)) {
    const links = await findLinksAfter(db, (expectedSeq - 1n).toString(), pageSize);
    if (links.length === 0) return finish({ kind: 'removed', seq: expectedSeq.toString(), auditId: null });
    for (const link of links) {
      if (expectedSeq > BigInt(head.seq)) break;
      if (BigInt(link.seq) !== expectedSeq) {
        return finish({ kind: 'removed', seq: expectedSeq.toString(), auditId: null });
      }
      if (link.prevHash !== prevHash)
        return finish({ kind: 'link_altered', seq: link.seq, auditId: link.auditId });
      if (!link.entry) return finish({ kind: 'removed', seq: link.seq, auditId: link.auditId });
      const recomputed = linkHash(prevHash, link.entry);
      if (recomputed !== link.hash || link.entry.id !== link.auditId) {
        // The next link carries the true hash forward: if it agrees with the row, the link was rewritten.
        const next = await findLink(db, (expectedSeq + 1n).toString());
        const kind = next?.prevHash === recomputed ? 'link_altered' : 'altered';
        return finish({ kind, seq: link.seq, auditId: link.auditId });
      }
      prevHash = link.hash;
      expectedSeq += 1n;
      checked += 1;
    }
    options.onProgress?.(checked, total);
  }
  const inserted = await findUnlinkedBelow(db, head.horizon);
  return finish(inserted ? { kind: 'inserted', auditId: inserted } : null);
}

/** One line for an operator, naming the entry. */
export function describeBreak(found: ChainBreak): string {
  switch (found.kind) {
    case 'altered':
      return `audit entry #${found.auditId} (link ${found.seq}) was altered: it no longer matches the hash sealed for it`;
    case 'removed':
      return found.auditId
        ? `audit entry #${found.auditId} (link ${found.seq}) was removed`
        : `link ${found.seq} of the chain was removed (a gap in the sequence)`;
    case 'inserted':
      return `audit entry #${found.auditId} was inserted: it lies below the sealed horizon but no link seals it`;
    case 'link_altered':
      return `link ${found.seq} (audit entry #${found.auditId}) was altered: its hashes do not continue the chain`;
  }
}
