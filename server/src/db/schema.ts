import type { AuditTables } from '../audit/audit.tables';
import type { AccountTables } from '../auth/account.tables';
import type { AttachmentTables } from '../attachments/attachment.tables';
import type { AccessTables } from '../access/access.tables';
import type { DataProtectionTables } from '../data-protection/data-protection.tables';
import type { RetentionTables } from '../retention/retention.tables';
import type { SingleSignOnTables } from '../auth/single-sign-on/single-sign-on.tables';
import type { IdentityTables } from '../identity/identity.tables';
import type { SessionTable } from '../auth/session.table';
import type { CaseEventTable, CaseNumberCounterTable, CaseTable, PersonTable } from '../cases/case.table';
import type { DeclaredNonWorkingDayTable } from '../calendars/declared-day.table';
import type {
  CaseClockTable,
  CaseDeadlineTable,
  ClockRecomputationBatchTable,
  ClockRecomputationTable,
  ClockSuspensionChangeTable,
  ClockSuspensionTable,
} from '../deadlines/clock.table';
import type { OfficeTable } from '../offices/office.table';
import type { TimeLimitRuleTable } from '../time-limit-rules/time-limit-rule.table';
import type { UserTable } from '../users/user.table';
import type { StoredFileTable } from '../files/stored-file.table';
import type { InterviewTables } from '../interviews/interview.tables';
import type { AssessmentTables } from '../assessments/assessment.tables';
import type { DecisionTables } from '../decisions/decision.tables';
import type { AppealTables } from '../appeals/appeal.tables';

/** Every table; the eligibility features (issue 4) list theirs in their own folders. */
export interface DB
  extends
    InterviewTables,
    AssessmentTables,
    DecisionTables,
    AppealTables,
    AuditTables,
    AccountTables,
    AttachmentTables,
    AccessTables,
    DataProtectionTables,
    RetentionTables,
    SingleSignOnTables,
    IdentityTables {
  offices: OfficeTable;
  users: UserTable;
  sessions: SessionTable;
  cases: CaseTable;
  people: PersonTable;
  case_events: CaseEventTable;
  case_number_counters: CaseNumberCounterTable;
  clock_suspensions: ClockSuspensionTable;
  clock_suspension_changes: ClockSuspensionChangeTable;
  declared_non_working_days: DeclaredNonWorkingDayTable;
  case_deadlines: CaseDeadlineTable;
  case_clocks: CaseClockTable;
  clock_recomputations: ClockRecomputationTable;
  clock_recomputation_batches: ClockRecomputationBatchTable;
  time_limit_rules: TimeLimitRuleTable;
  stored_files: StoredFileTable;
}
