import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import { GENESIS_HASH, linkHash } from './audit-hash';
import {
  currentHorizon,
  findEntriesToSeal,
  findHeadLink,
  insertLinks,
  tryLockSealer,
} from './audit-chain.repository';

export interface SealOutcome {
  /** False when another process held the sealer's lock: it is sealing now. */
  ran: boolean;
  sealed: number;
}

/** Thrown when transaction ids went backwards: the database was restored from a logical dump. */
export class HorizonWentBackError extends Error {
  constructor(sealed: string, now: string) {
    super(
      `The audit chain cannot be extended: it was sealed up to transaction ${sealed} but the database ` +
        `is now at ${now} (restored from a logical dump into a new cluster?). Advance the cluster's ` +
        'transaction ids (pg_resetwal -e) or restore from a physical backup; see docs/SECURITY.md.',
    );
  }
}

const PAGE = 1000;

/**
 * Links every audit entry of a finished transaction that is not linked yet, in (txid, id) order, in
 * one transaction that holds the sealer's lock. It never waits for an audited transaction: entries of
 * transactions still running are left for a later seal.
 */
export async function sealAuditLog(db: Kysely<DB>): Promise<SealOutcome> {
  return db.transaction().execute(async (trx) => {
    if (!(await tryLockSealer(trx))) return { ran: false, sealed: 0 };
    const head = await findHeadLink(trx);
    const from = head?.horizon ?? '0';
    // Read after the lock: an earlier seal's links are visible to this statement's snapshot.
    const horizon = await currentHorizon(trx);
    if (BigInt(horizon) < BigInt(from)) throw new HorizonWentBackError(from, horizon);
    if (horizon === from) return { ran: true, sealed: 0 };
    let prevHash = head?.hash ?? GENESIS_HASH;
    let seq = BigInt(head?.seq ?? 0);
    let after: { txid: string; id: string } | null = null;
    let sealed = 0;
    for (;;) {
      const entries = await findEntriesToSeal(trx, { from, below: horizon, after, limit: PAGE });
      const links = entries.map((entry) => {
        const hash = linkHash(prevHash, entry);
        seq += 1n;
        const link = { seq: seq.toString(), auditId: entry.id, prevHash, hash, horizon };
        prevHash = hash;
        return link;
      });
      await insertLinks(trx, links);
      sealed += links.length;
      const last = entries.at(-1);
      if (!last || entries.length < PAGE) break;
      after = { txid: last.txid, id: last.id };
    }
    return { ran: true, sealed };
  });
}

interface SealerLogger {
  error(object: object, message: string): void;
}

/**
 * Seals every few seconds until stopped. The returned function stops it and waits for a seal in
 * progress, so the database can be closed right after.
 */
export function startAuditSealer(
  db: Kysely<DB>,
  logger?: SealerLogger,
  intervalMs = 5000,
): () => Promise<void> {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const tick = () => {
    running = sealAuditLog(db)
      .then(() => undefined)
      .catch((error: unknown) => {
        // Class and message only: a database message never quotes audit details, which hold ids.
        const err = error instanceof Error ? { type: error.name, message: error.message } : {};
        logger?.error({ err }, 'audit chain sealing failed');
      })
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, intervalMs).unref();
      });
  };
  timer = setTimeout(tick, 0).unref();
  return async () => {
    stopped = true;
    clearTimeout(timer);
    await running;
  };
}
