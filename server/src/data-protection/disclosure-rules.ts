import {
  purposesByRecipientKind,
  type DisclosureRefusal,
  type RecipientKind,
  type SharingPurpose,
} from '@refugio/contract';

/** What the rules look at in a recipient. */
export interface RecipientFacts {
  kind: RecipientKind;
  country: string | null;
  active: boolean;
}

/** What the rules look at in a person: the states they fled, and their standing consent to the purpose. */
export interface PersonFacts {
  id: string;
  nationalities: readonly string[];
  countryOfOrigin: string;
  /** The latest consent decision for the purpose, or null when none was ever recorded. */
  consent: 'given' | 'refused' | 'withdrawn' | null;
}

export interface DisclosureRefusalOf {
  /** The person refused, or null when the recipient or purpose refuses everyone. */
  personId: string | null;
  reason: DisclosureRefusal;
}

/**
 * Whether a person's data may go to a recipient for a purpose. The refusals, in order of weight:
 * an inactive recipient or a purpose the recipient cannot receive data for; a state authority of a
 * state the person holds the nationality of or fled (never, whatever the consent: the principle of
 * confidentiality towards the country of origin, UNHCR Procedural Standards §2.1 and LRPCAP art. 21
 * in Mexico); then the person's consent, which must stand as given.
 */
export function disclosureRefusals(
  recipient: RecipientFacts,
  purpose: SharingPurpose,
  people: readonly PersonFacts[],
): DisclosureRefusalOf[] {
  if (!recipient.active) return [{ personId: null, reason: 'recipient_inactive' }];
  if (!purposesByRecipientKind[recipient.kind].includes(purpose)) {
    return [{ personId: null, reason: 'purpose_not_for_recipient' }];
  }
  const refusals: DisclosureRefusalOf[] = [];
  for (const person of people) {
    if (isCountryOfOriginAuthority(recipient, person)) {
      refusals.push({ personId: person.id, reason: 'country_of_origin' });
    } else if (person.consent !== 'given') {
      refusals.push({ personId: person.id, reason: consentRefusal(person.consent) });
    }
  }
  return refusals;
}

/** A state authority of a state whose nationality the person holds or that the person fled. */
export function isCountryOfOriginAuthority(
  recipient: Pick<RecipientFacts, 'kind' | 'country'>,
  person: Pick<PersonFacts, 'nationalities' | 'countryOfOrigin'>,
): boolean {
  if (recipient.kind !== 'state_authority' || recipient.country === null) return false;
  return recipient.country === person.countryOfOrigin || person.nationalities.includes(recipient.country);
}

function consentRefusal(consent: PersonFacts['consent']): DisclosureRefusal {
  if (consent === 'refused') return 'consent_refused';
  if (consent === 'withdrawn') return 'consent_withdrawn';
  return 'no_consent';
}
