import type { BookingTable } from './booking.table';
import type { InterpreterAvailabilityTable, InterpreterTable } from './interpreter.table';
import type {
  InterviewAddendumTable,
  InterviewRecordTable,
  InterviewTurnTable,
} from './interview-record.table';
import type { InterviewNoShowTable, InterviewTable, RemoteInterviewConsentTable } from './interview.table';
import type { RoomTable } from './room.table';

/**
 * The tables of this feature (interpreters, rooms, bookings, interviews, records, addenda, no-shows,
 * remote consents), merged into `DB` (db/schema.ts).
 */
export interface InterviewTables {
  interpreters: InterpreterTable;
  interpreter_availability: InterpreterAvailabilityTable;
  rooms: RoomTable;
  bookings: BookingTable;
  remote_interview_consents: RemoteInterviewConsentTable;
  interviews: InterviewTable;
  interview_no_shows: InterviewNoShowTable;
  interview_records: InterviewRecordTable;
  interview_turns: InterviewTurnTable;
  interview_addenda: InterviewAddendumTable;
}
