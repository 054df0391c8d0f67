/**
 * The fields of a person that identity resolution compares: what a CSV row or a registered person
 * gives. Every text field may be empty; nothing here is trusted to be clean.
 */
export interface PersonRecord {
  id: string;
  givenNames: string;
  firstSurname: string;
  secondSurname: string;
  /** 'F', 'M', 'X' or '' (unknown). */
  sex: string;
  /** YYYY-MM-DD or '' (unknown). */
  birthDate: string;
  /** The applicant gave an estimate (often 1 January or 15 June of a year). */
  birthDateEstimated?: boolean;
  /** ISO 3166-1 alpha-3 or ''. */
  nationality: string;
  /** ISO 3166-1 alpha-3 or ''. */
  countryOfBirth?: string;
  /** Identity documents; a CSV's document_number arrives with type 'unknown'. */
  documents?: { type: string; number: string; issuingCountry?: string }[];
  /** Phone numbers as typed (parsed with libphonenumber-js). */
  phones?: string[];
  /** Other names the person is known by (married name, alias). */
  otherNames?: string[];
}

/** One field's part in a score: how it compared and how much that counted (log2 of the Bayes factor). */
export interface FieldComparison {
  field:
    | 'given_names'
    | 'surnames'
    | 'birth_date'
    | 'sex'
    | 'nationality'
    | 'country_of_birth'
    | 'document'
    | 'phone';
  /** A short code of the agreement level, e.g. 'exact', 'phonetic', 'swapped', 'day_month_swapped', 'disagree', 'missing'. */
  level: string;
  /** Match weight in bits: positive for evidence of the same person, negative against, 0 when missing. */
  weight: number;
}

/** The outcome of comparing two people, with the explanation an officer sees. */
export interface MatchResult {
  /** Probability (0 to 1) that the two records are the same person. */
  score: number;
  /** The sum of the field weights plus the prior, in bits. */
  weight: number;
  fields: FieldComparison[];
}

/** A pair judged to be the same person: `idA < idB` as strings. */
export interface MatchPair {
  idA: string;
  idB: string;
  score: number;
}
