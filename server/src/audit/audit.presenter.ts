import type { AuditEntryView } from '@refugio/contract';
import type { AuditSearchRow } from './audit-search.repository';

/** Row → the auditor's view, field by field. */
export function presentAuditEntry(row: AuditSearchRow): AuditEntryView {
  return {
    id: String(row.id),
    occurredAt: row.occurred_at.toISOString(),
    user:
      row.actor_id !== null && row.user_email !== null
        ? { id: row.actor_id, email: row.user_email, name: row.user_name ?? '' }
        : null,
    action: row.action,
    caseId: row.case_id,
    caseNumber: row.case_number,
    clientAddress: row.client_address,
    details: row.details,
  };
}
