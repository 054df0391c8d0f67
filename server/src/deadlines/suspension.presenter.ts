import type { SuspensionView } from '@refugio/contract';
import type { SuspensionChangeRow, SuspensionRow } from './suspension.repository';

export function presentSuspension(
  row: SuspensionRow,
  changes: readonly SuspensionChangeRow[],
  actions: SuspensionView['actions'],
): SuspensionView {
  return {
    id: row.id,
    scope: row.scope,
    case: row.case_id && row.case_number ? { id: row.case_id, caseNumber: row.case_number } : null,
    office:
      row.office_id && row.office_code && row.office_name
        ? { id: row.office_id, code: row.office_code, name: row.office_name }
        : null,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    legalBasis: row.legal_basis,
    reason: row.reason,
    status: row.status,
    version: row.version,
    createdAt: row.created_at.toISOString(),
    createdBy: row.created_by ? { id: row.created_by, name: row.created_by_name ?? '' } : null,
    history: changes
      .filter((c) => c.suspension_id === row.id)
      .map((c) => ({
        kind: c.kind,
        at: c.occurred_at.toISOString(),
        actor: c.actor_id ? { id: c.actor_id, name: c.actor_name ?? '' } : null,
        reason: c.reason,
        startsOn: c.starts_on,
        endsOn: c.ends_on,
        legalBasis: c.legal_basis,
      })),
    actions,
  };
}
