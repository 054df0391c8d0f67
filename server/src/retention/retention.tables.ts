import type { ColumnType, Generated } from 'kysely';

/** One version of a record type's retention period, recorded by an administrator. Never updated. */
export interface RetentionScheduleTable {
  id: Generated<string>;
  record_type: string;
  version: number;
  period_months: number;
  description: string;
  created_by: string | null;
  created_at: Generated<Date>;
}

/** A legal hold on a case: while it is not lifted, the case is never disposed of. */
export interface LegalHoldTable {
  id: Generated<string>;
  case_id: string;
  reason: 'litigation' | 'amparo' | 'investigation' | 'person_request' | 'other';
  note: Generated<string>;
  placed_by: string;
  placed_at: Generated<Date>;
  lifted_by: string | null;
  lifted_at: Date | null;
  lift_note: Generated<string>;
  version: Generated<number>;
}

/** The tombstone of one disposal: ids, codes, dates and counts only. Append-only. */
export interface DisposalTable {
  id: Generated<string>;
  case_id: string | null;
  case_number: string | null;
  office_id: string | null;
  record_type: string;
  schedule_version: number;
  period_months: number;
  trigger_date: ColumnType<string | null, string | null, never>;
  due_on: ColumnType<string, string, never>;
  counts: ColumnType<Record<string, number>, string, never>;
  disposed_at: Generated<Date>;
  disposed_by: string | null;
}

/** Tables of retention, legal holds and disposal. */
export interface RetentionTables {
  retention_schedules: RetentionScheduleTable;
  legal_holds: LegalHoldTable;
  disposals: DisposalTable;
}
