import type { CandidateQuery, IdentifiedPerson } from '@refugio/contract';
import type { PersonRecord } from './matching';
import type { CandidateRow, MatchPersonRow } from './identity.repository';

/**
 * A stored person as the matching engine compares it. Phones are not opened: each is sealed under its
 * case's key, and opening one costs a key unwrap per case (see register-dedup.service.ts).
 */
export function personRecordOfRow(row: MatchPersonRow): PersonRecord {
  return {
    id: row.id,
    givenNames: row.given_names,
    firstSurname: row.first_surname,
    secondSurname: row.second_surname,
    sex: row.sex,
    birthDate: row.birth_date,
    birthDateEstimated: row.birth_date_estimated,
    nationality: row.nationalities[0] ?? '',
    countryOfBirth: row.country_of_birth,
    documents: row.documents.map((d) => ({
      type: d.type,
      number: d.number,
      issuingCountry: d.issuingCountry,
    })),
    otherNames: row.other_names,
  };
}

/** A person as typed in the registration form (nothing stored yet: the id is a placeholder). */
export function personRecordOfQuery(
  query: Omit<CandidateQuery, 'secondSurname'> & { secondSurname?: string },
  id = 'query',
): PersonRecord {
  return {
    id,
    givenNames: query.givenNames,
    firstSurname: query.firstSurname,
    secondSurname: query.secondSurname ?? '',
    sex: query.sex ?? '',
    birthDate: query.birthDate ?? '',
    birthDateEstimated: query.birthDateEstimated ?? false,
    nationality: query.nationalities?.[0] ?? '',
    countryOfBirth: query.countryOfBirth ?? '',
    documents: (query.documents ?? []).map((d) => ({ ...d })),
    phones: query.phone ? [query.phone] : [],
  };
}

/** What identification shows of a person: names, sex, birth date, nationality, case number, office, stage. */
export function presentIdentifiedPerson(row: CandidateRow): IdentifiedPerson {
  return {
    personId: row.id,
    caseId: row.case_id,
    caseNumber: row.case_number,
    officeName: row.office_name,
    caseStage: row.stage,
    givenNames: row.given_names,
    firstSurname: row.first_surname,
    secondSurname: row.second_surname,
    sex: row.sex,
    birthDate: row.birth_date,
    nationalities: row.nationalities,
  };
}
