import { describe, expect, it } from 'vitest';
import { disclosureRefusals, isCountryOfOriginAuthority, type PersonFacts } from './disclosure-rules';

const hondurasFled = (consent: PersonFacts['consent'], id = 'p1'): PersonFacts => ({
  id,
  nationalities: ['HND'],
  countryOfOrigin: 'HND',
  consent,
});

describe('disclosure rules', () => {
  it('lets data go to UNHCR for its purpose when the person consented', () => {
    expect(
      disclosureRefusals({ kind: 'unhcr', country: null, active: true }, 'unhcr', [hondurasFled('given')]),
    ).toEqual([]);
  });

  it('never lets data go to an authority of the country of origin, even with consent', () => {
    const honduranConsulate = { kind: 'state_authority' as const, country: 'HND', active: true };
    expect(disclosureRefusals(honduranConsulate, 'resettlement', [hondurasFled('given')])).toEqual([
      { personId: 'p1', reason: 'country_of_origin' },
    ]);
  });

  it('treats every nationality as a country of origin, and another state as a third state', () => {
    const dual: PersonFacts = {
      id: 'p2',
      nationalities: ['VEN', 'COL'],
      countryOfOrigin: 'VEN',
      consent: 'given',
    };
    expect(isCountryOfOriginAuthority({ kind: 'state_authority', country: 'COL' }, dual)).toBe(true);
    expect(isCountryOfOriginAuthority({ kind: 'state_authority', country: 'CAN' }, dual)).toBe(false);
    // An organisation based in that state is not its authority.
    expect(isCountryOfOriginAuthority({ kind: 'ngo', country: 'VEN' }, dual)).toBe(false);
  });

  it('names the consent that is missing, refused or withdrawn, person by person', () => {
    const people = [
      hondurasFled('given', 'a'),
      hondurasFled(null, 'b'),
      hondurasFled('refused', 'c'),
      hondurasFled('withdrawn', 'd'),
    ];
    expect(
      disclosureRefusals({ kind: 'ngo', country: 'MEX', active: true }, 'partner_referral', people),
    ).toEqual([
      { personId: 'b', reason: 'no_consent' },
      { personId: 'c', reason: 'consent_refused' },
      { personId: 'd', reason: 'consent_withdrawn' },
    ]);
  });

  it('refuses a purpose the recipient cannot receive data for, and an inactive recipient', () => {
    expect(
      disclosureRefusals({ kind: 'state_authority', country: 'CAN', active: true }, 'partner_referral', [
        hondurasFled('given'),
      ]),
    ).toEqual([{ personId: null, reason: 'purpose_not_for_recipient' }]);
    expect(
      disclosureRefusals({ kind: 'unhcr', country: null, active: false }, 'unhcr', [hondurasFled('given')]),
    ).toEqual([{ personId: null, reason: 'recipient_inactive' }]);
  });
});
