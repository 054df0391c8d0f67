import type { ColumnType, Generated } from 'kysely';

/** A day the authority declared non-working, entered by an administrator; withdrawn, never deleted. */
export interface DeclaredNonWorkingDayTable {
  id: string;
  country: string;
  date: ColumnType<string, string, string>;
  reason: string;
  legal_basis: string;
  source: string;
  created_by: string | null;
  created_at: Generated<Date>;
  withdrawn_at: Date | null;
  withdrawn_by: string | null;
  withdrawal_reason: string | null;
}
