import type { Generated, JSONColumnType } from 'kysely';

/** Append-only: a trigger refuses UPDATE, DELETE and TRUNCATE for every database role. */
export interface AuditLogTable {
  id: Generated<string>;
  occurred_at: Generated<Date>;
  actor_id: string | null;
  action: string;
  case_id: string | null;
  client_address: string;
  details: JSONColumnType<Record<string, unknown>, string, never>;
}
