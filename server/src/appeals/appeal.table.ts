import type { ColumnType, Generated } from 'kysely';
import type { AppealStatus, AppealTimeliness, AppealWithdrawalMethod, OutcomeId } from '@refugio/contract';

/** An appeal against a notified first-instance decision (recurso de revisión); frozen once decided or withdrawn. */
export interface AppealTable {
  id: Generated<string>;
  case_id: string;
  /** The case event that issued the appealed decision (`issue_decision` / `declare_inadmissible`). */
  decision_event_id: string;
  /** The decision record the event names, when it names one (no foreign key: the event is the anchor). */
  decision_id: string | null;
  decision_author_id: string | null;
  decision_approver_id: string | null;
  decision_interviewer_ids: ColumnType<string[], string[] | undefined, string[]>;
  /** The decision as it was when appealed (it never changes once issued). */
  decision_outcome: OutcomeId | null;
  decision_issued_on: ColumnType<string | null, string | null, string | null>;
  decision_notified_on: ColumnType<string | null, string | null, string | null>;
  filed_on: ColumnType<string, string, string>;
  received_by: string;
  grounds: Generated<string>;
  representative: Generated<string>;
  due_on: ColumnType<string | null, string | null, string | null>;
  timeliness: AppealTimeliness;
  late_reason: Generated<string>;
  status: Generated<AppealStatus>;
  decided_by: string | null;
  decided_on: ColumnType<string | null, string | null | undefined, string | null>;
  outcome: OutcomeId | null;
  reasons: Generated<string>;
  /** The withdrawal by the applicant: the day it was received, how, by whom, and their words. */
  withdrawn_on: ColumnType<string | null, string | null | undefined, string | null>;
  withdrawal_method: ColumnType<
    AppealWithdrawalMethod | null,
    AppealWithdrawalMethod | null | undefined,
    AppealWithdrawalMethod | null
  >;
  withdrawal_note: Generated<string>;
  withdrawn_by: ColumnType<string | null, string | null | undefined, string | null>;
  withdrawn_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

/** Who has seen an overturned or remitted decision's feedback. */
export interface AppealFeedbackSeenTable {
  appeal_id: string;
  user_id: string;
  seen_at: Generated<Date>;
}
