import type { ColumnType, Generated, JSONColumnType } from 'kysely';
import type { InterviewMode, InterviewPurpose, InterviewStatus, NoShowReason } from '@refugio/contract';

/** One interview of one person of a case. */
export interface InterviewTable {
  id: Generated<string>;
  case_id: string;
  person_id: string;
  office_id: string;
  purpose: InterviewPurpose;
  /** The principal's eligibility interview: the one that takes the procedure's steps. */
  drives_stage: boolean;
  officer_id: string;
  interpreter_id: string | null;
  language: string;
  room_id: string | null;
  starts_at: Date;
  ends_at: Date;
  mode: InterviewMode;
  interpreter_remote: Generated<boolean>;
  remote_consent_id: string | null;
  same_sex_requested: Generated<boolean>;
  same_sex_unmet: ColumnType<string[], string[] | undefined, string[]>;
  unmet_reason: Generated<string>;
  status: InterviewStatus;
  replaces_id: string | null;
  cancel_reason: Generated<string>;
  version: Generated<number>;
  created_by: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

/** The applicant's consent to be interviewed remotely; only a withdrawal changes it. */
export interface RemoteInterviewConsentTable {
  id: Generated<string>;
  case_id: string;
  person_id: string;
  given_on: string;
  method: 'written' | 'oral_recorded' | 'electronic';
  file_id: string | null;
  recorded_by: string | null;
  recorded_at: Generated<Date>;
  withdrawn_at: Date | null;
  withdrawal_reason: string | null;
}

/** A no-show: how long the officer waited and how the applicant was sought. */
export interface InterviewNoShowTable {
  interview_id: string;
  recorded_by: string | null;
  recorded_at: Generated<Date>;
  waited_until: Date;
  contact_attempts: JSONColumnType<{ on: string; method: string; outcome: string }[], string, string>;
  justification_received_on: string | null;
  justification: Generated<string>;
  justification_accepted: boolean | null;
  justification_reason: NoShowReason | null;
  justified_by: string | null;
  justified_at: Date | null;
}
