import type { ColumnType, Generated, JSONColumnType } from 'kysely';

/** A version of a time limit recorded by an administrator (the profile's shape in `rule`); withdrawn, never deleted. */
export interface TimeLimitRuleTable {
  id: string;
  country: string;
  limit_id: string;
  effective_from: ColumnType<string, string, string>;
  rule: JSONColumnType<Record<string, unknown>, string, string>;
  created_by: string | null;
  created_at: Generated<Date>;
  withdrawn_at: Date | null;
  withdrawn_by: string | null;
  withdrawal_reason: string | null;
}
