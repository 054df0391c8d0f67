import type { ColumnType, Generated, JSONColumnType } from 'kysely';
import type { SuspensionScope } from '@refugio/contract';

type DateColumn = ColumnType<string, string, string>;

/** A suspension of the clocks of one case, one office or the whole authority, from a date. */
export interface ClockSuspensionTable {
  id: string;
  scope: SuspensionScope;
  case_id: string | null;
  office_id: string | null;
  starts_on: DateColumn;
  /** Last day the clocks stand still; null until the suspension is lifted. */
  ends_on: string | null;
  legal_basis: string;
  reason: string;
  status: ColumnType<'active' | 'withdrawn', 'active' | 'withdrawn' | undefined, 'active' | 'withdrawn'>;
  version: Generated<number>;
  created_by: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

/** Append-only: each state a suspension has had, with who changed it and why. */
export interface ClockSuspensionChangeTable {
  id: Generated<string>;
  suspension_id: string;
  kind: 'created' | 'lifted' | 'corrected' | 'withdrawn';
  starts_on: DateColumn;
  ends_on: string | null;
  legal_basis: string;
  reason: string;
  actor_id: string | null;
  occurred_at: Generated<Date>;
}

/** Projection: each started time limit of a case, as last computed. Rebuilt from the events at will. */
export interface CaseDeadlineTable {
  case_id: string;
  limit_id: string;
  starts_on: DateColumn;
  due_on: string | null;
  status: 'open' | 'met' | 'met_late' | 'suspended';
  met_on: string | null;
}

/** Projection: the running limit of a case that ends first, for sorting and filtering the case list. */
export interface CaseClockTable {
  case_id: string;
  next_limit: string | null;
  next_due_on: string | null;
  next_status: 'open' | 'suspended' | null;
  computed_at: Generated<Date>;
}

/** A bulk rewrite of the projection after a change that moves many cases' clocks; resumable. */
export interface ClockRecomputationTable {
  id: string;
  cause: JSONColumnType<Record<string, unknown>, string, string>;
  /** Null: every office. */
  office_id: string | null;
  status: ColumnType<'running' | 'done', 'running' | 'done' | undefined, 'running' | 'done'>;
  total: ColumnType<number, number | undefined, number>;
  done: ColumnType<number, number | undefined, number>;
  changed: ColumnType<number, number | undefined, number>;
  started_at: Generated<Date>;
  finished_at: Date | null;
}

/** A recomputation's work list: the batches it has still to recompute (each deleted when done). */
export interface ClockRecomputationBatchTable {
  recomputation_id: string;
  batch_no: number;
  /** The batch's cases, in id order. */
  case_ids: string[];
}
