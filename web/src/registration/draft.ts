import type { RegisterApplicationInput } from '@refugio/contract';

/** The form as the officer fills it: text as typed, empty selects as ''. */
export interface DocumentDraft {
  key: string;
  type: string;
  number: string;
  issuingCountry: string;
}

export interface PersonDraft {
  key: string;
  givenNames: string;
  firstSurname: string;
  secondSurname: string;
  /** One name per line. */
  otherNames: string;
  sex: string;
  birthDate: string;
  birthDateEstimated: boolean;
  countryOfBirth: string;
  nationalities: string[];
  countryOfOrigin: string;
  languages: string[];
  needsInterpreter: boolean;
  phone: string;
  address: string;
  documents: DocumentDraft[];
  specificNeeds: string[];
}

export interface DependantDraft extends PersonDraft {
  relationship: string;
}

export interface RegistrationDraft {
  officeId: string;
  entryDate: string;
  entryPlace: string;
  applicationDate: string;
  lateFilingJustification: string;
  /** Ids of the profile's triage indicators the officer ticked. */
  triageIndicators: string[];
  principal: PersonDraft;
  dependants: DependantDraft[];
}

/** Which person of the form: the principal applicant or dependant number i (0-based). */
export type Who = 'principal' | number;

export const pathOf = (who: Who) => (who === 'principal' ? 'principal' : `dependants.${who}`);

export const newKey = () => crypto.randomUUID();

export function emptyDocument(): DocumentDraft {
  return { key: newKey(), type: '', number: '', issuingCountry: '' };
}

export function emptyPerson(): PersonDraft {
  return {
    key: newKey(),
    givenNames: '',
    firstSurname: '',
    secondSurname: '',
    otherNames: '',
    sex: '',
    birthDate: '',
    birthDateEstimated: false,
    countryOfBirth: '',
    nationalities: [],
    countryOfOrigin: '',
    languages: [],
    needsInterpreter: false,
    phone: '',
    address: '',
    documents: [],
    specificNeeds: [],
  };
}

export function emptyDependant(): DependantDraft {
  return { ...emptyPerson(), relationship: '' };
}

export function newDraft(officeId: string, today: string): RegistrationDraft {
  return {
    officeId,
    entryDate: '',
    entryPlace: '',
    applicationDate: today,
    lateFilingJustification: '',
    triageIndicators: [],
    principal: emptyPerson(),
    dependants: [],
  };
}

// An empty select or date is "missing" (zod: invalid_type → "required"), not an unknown code.
const orMissing = (value: string) => (value.trim() === '' ? undefined : value);

function personInput(p: PersonDraft) {
  return {
    givenNames: p.givenNames,
    firstSurname: p.firstSurname,
    secondSurname: p.secondSurname,
    otherNames: p.otherNames
      .split('\n')
      .map((n) => n.trim())
      .filter(Boolean),
    sex: orMissing(p.sex),
    birthDate: orMissing(p.birthDate),
    birthDateEstimated: p.birthDateEstimated,
    countryOfBirth: orMissing(p.countryOfBirth),
    nationalities: p.nationalities,
    countryOfOrigin: orMissing(p.countryOfOrigin),
    languages: p.languages,
    needsInterpreter: p.needsInterpreter,
    phone: p.phone,
    address: p.address,
    documents: p.documents.map((d) => ({
      type: orMissing(d.type),
      number: d.number,
      issuingCountry: orMissing(d.issuingCountry),
    })),
    specificNeeds: p.specificNeeds,
  };
}

/**
 * The request body before validation (unknown-typed: the schema decides whether it is a valid
 * RegisterApplicationInput). `late` false drops a justification typed while the dates said "late".
 */
export function toRequestBody(
  draft: RegistrationDraft,
  late: boolean | undefined,
): Record<keyof RegisterApplicationInput, unknown> {
  return {
    officeId: orMissing(draft.officeId),
    entryDate: orMissing(draft.entryDate),
    entryPlace: draft.entryPlace,
    applicationDate: orMissing(draft.applicationDate),
    lateFilingJustification: late === false ? '' : draft.lateFilingJustification,
    triageIndicators: draft.triageIndicators,
    principal: personInput(draft.principal),
    dependants: draft.dependants.map((d) => ({ ...personInput(d), relationship: orMissing(d.relationship) })),
    // The officer's decisions on likely existing people are added by the page (identity/).
    identityChecks: [],
  };
}
