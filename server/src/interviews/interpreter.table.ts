import type { ColumnType, Generated } from 'kysely';

/** An interpreter of the register: languages (ISO 639-3), sex, offices, confidentiality undertaking. */
export interface InterpreterTable {
  id: Generated<string>;
  user_id: string | null;
  full_name: string;
  sex: 'F' | 'M' | 'X';
  languages: string[];
  language_notes: Generated<string>;
  /** Empty: any office (remote work). */
  office_ids: ColumnType<string[], string[] | undefined, string[]>;
  engagement: 'staff' | 'contracted' | 'volunteer';
  phone: Generated<string>;
  email: Generated<string>;
  active: Generated<boolean>;
  confidentiality_signed_on: string | null;
  version: Generated<number>;
  created_by: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

/** A weekly window in which an interpreter can be booked; replaced as a set. */
export interface InterpreterAvailabilityTable {
  id: Generated<string>;
  interpreter_id: string;
  weekday: number;
  starts: string;
  ends: string;
  mode: 'in_person' | 'remote' | 'both';
  office_id: string | null;
  valid_from: string;
  valid_to: string | null;
}
