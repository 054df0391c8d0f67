import type { Kysely, QueryCreator } from 'kysely';
import type { DB } from '../db/schema';
import type { Actor } from '../access/actor';

export interface AuditEntry {
  action: string;
  caseId?: string | null;
  /** Identifiers only (ids, counts, outcome): never names or other personal data. */
  details?: Record<string, unknown>;
}

/** The insert of one audit entry, unexecuted, for a caller that folds it into a larger statement. */
export function auditInsert(
  db: QueryCreator<DB>,
  actor: Pick<Actor, 'id' | 'clientAddress'> | null,
  entry: AuditEntry,
) {
  return db.insertInto('audit_log').values({
    actor_id: actor?.id ?? null,
    action: entry.action,
    case_id: entry.caseId ?? null,
    client_address: actor?.clientAddress ?? '',
    details: JSON.stringify(entry.details ?? {}),
  });
}

/** Appends one audit entry in the caller's transaction, so the entry exists if and only if the act does. */
export async function recordAudit(
  db: Kysely<DB>,
  actor: Pick<Actor, 'id' | 'clientAddress'> | null,
  entry: AuditEntry,
): Promise<void> {
  await auditInsert(db, actor, entry).execute();
}
