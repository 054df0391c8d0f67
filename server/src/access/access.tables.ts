import type { ColumnType, Generated } from 'kysely';
import type { BreakGlassOutcome, SensitivityCategory } from '@refugio/contract';

/** A mark that makes a case (or one person of it) sensitive; lifting keeps the row. */
export interface SensitivityMarkTable {
  id: Generated<string>;
  case_id: string;
  /** The person the mark is about, when it concerns one member of the family only. */
  person_id: string | null;
  category: SensitivityCategory;
  /** Why: kept for supervisors, never copied into the audit log or the case history. */
  reason: string;
  marked_by: string;
  marked_at: Generated<Date>;
  lifted_by: string | null;
  lifted_at: Date | null;
  lift_reason: string | null;
}

/** A supervisor named on a sensitive case; removal keeps the row. */
export interface CaseSupervisorTable {
  id: Generated<string>;
  case_id: string;
  user_id: string;
  named_by: string;
  named_at: Generated<Date>;
  removed_by: string | null;
  removed_at: Date | null;
}

/** Emergency access to one case for a limited time, reviewed afterwards by a supervisor. */
export interface BreakGlassGrantTable {
  id: Generated<string>;
  user_id: string;
  case_id: string;
  /** The case's office: whose supervisors review the use. */
  office_id: string;
  reason: string;
  granted_at: ColumnType<Date, Date | undefined, never>;
  expires_at: ColumnType<Date, Date, never>;
  reviewed_by: string | null;
  reviewed_at: Date | null;
  review_outcome: BreakGlassOutcome | null;
  review_note: string | null;
}

/** The tables of sensitivity marks and break-glass access, merged into `DB` (db/schema.ts). */
export interface AccessTables {
  sensitivity_marks: SensitivityMarkTable;
  case_supervisors: CaseSupervisorTable;
  break_glass_grants: BreakGlassGrantTable;
}
