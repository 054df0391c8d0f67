import type { ColumnType, Generated, JSONColumnType } from 'kysely';
import type { SealedInput } from '../crypto/envelope';
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
  /** Sealed under the case's data key (crypto/sealed-fields.ts); repositories open it. */
  observations: ColumnType<Buffer, SealedInput | undefined, SealedInput>;
  status: 'open' | 'confirmed';
  read_back_at: Date | null;
  read_back_language: string | null;
  read_back_interpreter_id: string | null;
  applicant_confirmation: ApplicantConfirmation | null;
  /** Sealed under the case's data key. */
  applicant_remarks: ColumnType<Buffer, SealedInput | undefined, SealedInput>;
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
  /** Sealed under the case's data key; AAD place `<record id>#<position>`. */
  text: ColumnType<Buffer, SealedInput, SealedInput>;
  during_read_back: Generated<boolean>;
}

/** An amendment of a confirmed record; append-only. */
export interface InterviewAddendumTable {
  id: Generated<string>;
  record_id: string;
  position: number;
  kind: 'correction' | 'clarification' | 'new_information' | 'document';
  /** Sealed under the case's data key; AAD place `<record id>#<position>`. */
  text: ColumnType<Buffer, SealedInput, SealedInput>;
  author_id: string | null;
  read_back_at: Date | null;
  applicant_confirmation: ApplicantConfirmation | null;
  created_at: Generated<Date>;
}
