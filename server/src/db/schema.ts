import type { AuditLogTable } from '../audit/audit.table';
import type { SessionTable } from '../auth/session.table';
import type { CaseEventTable, CaseNumberCounterTable, CaseTable, PersonTable } from '../cases/case.table';
import type { DeclaredNonWorkingDayTable } from '../calendars/declared-day.table';
import type {
  CaseClockTable,
  CaseDeadlineTable,
  ClockRecomputationTable,
  ClockSuspensionChangeTable,
  ClockSuspensionTable,
} from '../deadlines/clock.table';
import type { OfficeTable } from '../offices/office.table';
import type { UserTable } from '../users/user.table';

export interface DB {
  offices: OfficeTable;
  users: UserTable;
  sessions: SessionTable;
  cases: CaseTable;
  people: PersonTable;
  case_events: CaseEventTable;
  case_number_counters: CaseNumberCounterTable;
  audit_log: AuditLogTable;
  clock_suspensions: ClockSuspensionTable;
  clock_suspension_changes: ClockSuspensionChangeTable;
  declared_non_working_days: DeclaredNonWorkingDayTable;
  case_deadlines: CaseDeadlineTable;
  case_clocks: CaseClockTable;
  clock_recomputations: ClockRecomputationTable;
}
