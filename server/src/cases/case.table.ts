import type { ColumnType, Generated, JSONColumnType } from 'kysely';
import type { SealedInput } from '../crypto/envelope';
import type {
  CaseStatus,
  FilingWindowCheck,
  IdentityDocument,
  OutcomeId,
  Relationship,
  Sex,
  StageId,
} from '@refugio/contract';

export interface CaseTable {
  id: Generated<string>;
  case_number: string;
  office_id: string;
  /** Always `registered` so far; where the case stands in the procedure is `stage`. */
  status: CaseStatus;
  /** The procedure's stage; only a transition of the country's procedure changes it. */
  stage: ColumnType<StageId, StageId | undefined, StageId>;
  /** The outcome of the latest decision or draft; null before any. */
  outcome: ColumnType<OutcomeId | null, OutcomeId | null | undefined, OutcomeId | null>;
  entry_date: string;
  entry_place: string;
  application_date: string;
  late_filing: boolean;
  filing_deadline: string | null;
  filing_method: FilingWindowCheck['method'];
  late_filing_justification: string;
  /** Normalised names of everyone in the case plus the case number: what name search matches. */
  search_text: string;
  principal_name: string;
  /** Normalised "surnames given names" of the principal, for sorting by name. */
  principal_sort: string;
  nationalities: string[];
  people_count: number;
  registered_at: Generated<Date>;
  registered_by: string | null;
  version: Generated<number>;
  updated_at: Generated<Date>;
  /** Set when the first appeal is lodged, never cleared: opens the case to appeals officers of any office. */
  appeal_on_file: Generated<boolean>;
  /** The officer in charge of the case, if one is assigned. */
  assigned_to: ColumnType<string | null, string | null | undefined, string | null>;
  /** The processing track registration placed the case on (server/src/triage/). */
  track: ColumnType<string, string | undefined, string>;
  /** Which rule placed it there and why, and any supervisor override. */
  triage: JSONColumnType<Record<string, unknown>, string | undefined, string>;
  /** True while the case or one of its people carries an active sensitivity mark (server/src/access/). */
  sensitive: Generated<boolean>;
}

export interface PersonTable {
  id: Generated<string>;
  case_id: string;
  position: number;
  role: 'principal' | 'dependant';
  relationship: Relationship | null;
  given_names: string;
  first_surname: string;
  second_surname: string;
  other_names: string[];
  sex: Sex;
  birth_date: string;
  birth_date_estimated: boolean;
  country_of_birth: string;
  nationalities: string[];
  country_of_origin: string;
  languages: string[];
  needs_interpreter: boolean;
  /** Sealed under the case's data key (crypto/sealed-fields.ts); `findPeopleOfCase` opens them. */
  phone: ColumnType<Buffer, SealedInput | undefined, SealedInput>;
  /** Sealed under the case's data key. */
  address: ColumnType<Buffer, SealedInput | undefined, SealedInput>;
  documents: JSONColumnType<IdentityDocument[], string, string>;
  specific_needs: string[];
  created_at: Generated<Date>;
}

/** Append-only history of a case: every command writes one event in its own transaction. */
export interface CaseEventTable {
  id: Generated<string>;
  case_id: string;
  type: string;
  actor_id: string | null;
  occurred_at: Generated<Date>;
  data: JSONColumnType<Record<string, unknown>, string, never>;
}

export interface CaseNumberCounterTable {
  office_id: string;
  year: number;
  last_value: ColumnType<number, number, number>;
}
