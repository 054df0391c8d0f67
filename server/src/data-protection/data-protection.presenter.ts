import {
  purposesByRecipientKind,
  sharingPurposes,
  type CaseConsents,
  type ConsentRecordView,
  type DisclosurePackage,
  type DisclosureView,
  type RecipientView,
  type SharingPurpose,
} from '@refugio/contract';
import type { PersonRow } from '../cases/case.repository';
import type { ConsentRow, DisclosureRow, RecipientRow } from './data-protection.repository';

export function presentRecipient(row: RecipientRow): RecipientView {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    country: row.country,
    active: row.active,
    purposes: [...purposesByRecipientKind[row.kind]],
    version: row.version,
  };
}

function presentConsent(row: ConsentRow): ConsentRecordView {
  return {
    id: row.id,
    personId: row.person_id,
    purpose: row.purpose,
    decision: row.decision,
    method: row.method,
    givenBy: row.given_by,
    expressedOn: row.expressed_on,
    note: row.note,
    recordedBy: row.recorded_by ? { id: row.recorded_by, name: row.recorded_by_name ?? '' } : null,
    recordedAt: row.recorded_at.toISOString(),
  };
}

/** Each person's history, newest first, and the standing decision per purpose (the newest). */
export function presentCaseConsents(
  people: readonly { id: string }[],
  rows: readonly ConsentRow[],
): CaseConsents {
  return {
    people: people.map((person) => {
      const history = rows.filter((r) => r.person_id === person.id).map(presentConsent);
      const current: CaseConsents['people'][number]['current'] = {};
      for (const purpose of sharingPurposes) {
        const standing = history.find((r) => r.purpose === purpose);
        if (standing) current[purpose] = standing;
      }
      return { personId: person.id, current, history };
    }),
  };
}

export function presentDisclosure(row: DisclosureRow): DisclosureView {
  return {
    id: row.id,
    caseId: row.case_id,
    recipient: {
      id: row.recipient_id,
      name: row.recipient_name,
      kind: row.recipient_kind,
      country: row.recipient_country,
    },
    purpose: row.purpose,
    personIds: row.person_ids,
    note: row.note,
    disclosedBy: row.disclosed_by ? { id: row.disclosed_by, name: row.disclosed_by_name ?? '' } : null,
    disclosedAt: row.disclosed_at.toISOString(),
  };
}

const needsContact: readonly SharingPurpose[] = ['partner_referral'];
const needsSpecificNeeds: readonly SharingPurpose[] = ['partner_referral', 'resettlement'];

/**
 * What leaves the authority: the recipient named, and of each person only what the purpose needs.
 * The claim, the interviews, the assessment and identity document numbers never leave this way.
 */
export function buildDisclosurePackage(input: {
  disclosureId: string;
  disclosedAt: Date;
  recipient: Pick<RecipientRow, 'name' | 'kind' | 'country'>;
  purpose: SharingPurpose;
  authorityCountry: string;
  kase: { case_number: string; application_date: string; stage: string };
  people: readonly PersonRow[];
  /** Whether the person sharing may see contact details (the policy's field rules). */
  withContact: boolean;
}): DisclosurePackage {
  const { purpose } = input;
  return {
    format: 'refugio.disclosure/1',
    disclosureId: input.disclosureId,
    recipient: { name: input.recipient.name, kind: input.recipient.kind, country: input.recipient.country },
    purpose,
    disclosedAt: input.disclosedAt.toISOString(),
    authority: { country: input.authorityCountry },
    case: {
      caseNumber: input.kase.case_number,
      applicationDate: input.kase.application_date,
      stage: input.kase.stage,
    },
    people: input.people.map((p) => ({
      role: p.role,
      relationship: p.relationship,
      givenNames: p.given_names,
      firstSurname: p.first_surname,
      secondSurname: p.second_surname,
      sex: p.sex,
      birthDate: p.birth_date,
      nationalities: p.nationalities,
      languages: p.languages,
      ...(input.withContact && needsContact.includes(purpose)
        ? { contact: { phone: p.phone, address: p.address } }
        : {}),
      ...(needsSpecificNeeds.includes(purpose) ? { specificNeeds: p.specific_needs } : {}),
    })),
  };
}
