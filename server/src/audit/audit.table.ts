import type { Generated, JSONColumnType } from 'kysely';

/**
 * Append-only: a trigger refuses UPDATE, DELETE and TRUNCATE for every database role, and another
 * stamps `txid` and `occurred_at` on insert, so a row can be neither back-dated nor slipped below the
 * chain's horizon.
 */
export interface AuditLogTable {
  id: Generated<string>;
  occurred_at: Generated<Date>;
  actor_id: string | null;
  action: string;
  case_id: string | null;
  client_address: string;
  details: JSONColumnType<Record<string, unknown>, string, never>;
  /** xid8 of the writing transaction, as text (set by the trigger). */
  txid: Generated<string>;
}

/** One link of the hash chain: append-only like the log. `seq` is gapless from 1. */
export interface AuditChainTable {
  seq: string;
  audit_id: string;
  prev_hash: string;
  hash: string;
  sealed_at: Generated<Date>;
  /** The snapshot xmin (xid8, as text) under which the link was sealed. */
  horizon: string;
}
