import type { Generated, JSONColumnType } from 'kysely';
import type { ApplicantConfirmation, Attendee, InformationGiven, TurnSpeaker } from '@refugio/contract';

/** The record (acta) of a held interview; frozen by trigger once confirmed. */
export interface InterviewRecordTable {
  id: Generated<string>;
  interview_id: string;
  started_at: Date;
  ended_at: Date | null;
  attendees: JSONColumnType<Attendee[], string, string>;
  information_given: JSONColumnType<InformationGiven[], string, string>;
  fitness: JSONColumnType<{ fit: boolean; notes: string }, string, string>;
  observations: Generated<string>;
  status: 'open' | 'confirmed';
  read_back_at: Date | null;
  read_back_language: string | null;
  read_back_interpreter_id: string | null;
  applicant_confirmation: ApplicantConfirmation | null;
  applicant_remarks: Generated<string>;
  confirmed_at: Date | null;
  confirmed_by: string | null;
  content_sha256: string | null;
  version: Generated<number>;
  created_by: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

/** One question or answer; locked by trigger once the record is confirmed. */
export interface InterviewTurnTable {
  id: Generated<string>;
  record_id: string;
  position: number;
  speaker: TurnSpeaker;
  text: string;
  during_read_back: Generated<boolean>;
}

/** An amendment of a confirmed record; append-only. */
export interface InterviewAddendumTable {
  id: Generated<string>;
  record_id: string;
  position: number;
  kind: 'correction' | 'clarification' | 'new_information' | 'document';
  text: string;
  author_id: string | null;
  read_back_at: Date | null;
  applicant_confirmation: ApplicantConfirmation | null;
  created_at: Generated<Date>;
}
