import type { AuditChainTable, AuditLogTable } from './audit.table';

/** The tables of the audit feature, merged into `DB` (db/schema.ts). */
export interface AuditTables {
  audit_log: AuditLogTable;
  audit_chain: AuditChainTable;
}
