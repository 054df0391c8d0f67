import { describe, expect, it } from 'vitest';
import { Mapping } from './single-sign-on.config';
import {
  claimAt,
  displayNameOf,
  matchRule,
  providerAttestsMfa,
  verifiedEmailOf,
} from './single-sign-on.mapping';

const mapping = Mapping.parse({
  rules: [
    { claim: 'groups', value: 'comar-tap-elegibilidad', role: 'eligibility_officer', office: 'TAP' },
    { claim: 'realm_access.roles', value: 'estadistica', role: 'statistician' },
    { claim: 'dependencia', value: 'COMAR', role: 'registration_officer', office: 'CMX' },
  ],
});

describe('mapping rules', () => {
  it('matches a string claim exactly and a list claim by membership, first rule first', () => {
    expect(
      matchRule(mapping, { groups: ['otros', 'comar-tap-elegibilidad'], dependencia: 'COMAR' })?.role,
    ).toBe('eligibility_officer');
    expect(matchRule(mapping, { dependencia: 'COMAR' })?.office).toBe('CMX');
    expect(matchRule(mapping, { realm_access: { roles: ['estadistica'] } })).toMatchObject({
      role: 'statistician',
      office: null,
    });
  });

  it('matches nothing on a near value, another type, or no claim', () => {
    for (const claims of [
      { dependencia: 'comar' },
      { dependencia: ['COMAR '] },
      { groups: 'comar-tap-elegibilidad-x' },
      { groups: [['comar-tap-elegibilidad']] },
      { dependencia: { value: 'COMAR' } },
      {},
    ])
      expect(matchRule(mapping, claims), JSON.stringify(claims)).toBeUndefined();
  });

  it('reads dotted claims only through objects', () => {
    expect(claimAt({ a: { b: { c: 1 } } }, 'a.b.c')).toBe(1);
    expect(claimAt({ 'a.b': 2 }, 'a.b')).toBe(2);
    expect(claimAt({ a: 'text' }, 'a.length')).toBeUndefined();
    expect(claimAt({}, 'constructor')).toBeUndefined();
  });
});

describe('claims', () => {
  it('takes an e-mail only when the provider verified it (exactly true)', () => {
    expect(verifiedEmailOf({ email: ' Ana@Gob.Example ', email_verified: true })).toBe('ana@gob.example');
    for (const verified of [false, 'true', 1, undefined])
      expect(verifiedEmailOf({ email: 'ana@gob.example', email_verified: verified })).toBeUndefined();
    expect(verifiedEmailOf({ email: 'not an e-mail', email_verified: true })).toBeUndefined();
  });

  it('counts multi-factor by the amr or acr the mapping lists', () => {
    expect(providerAttestsMfa(mapping, { amr: ['pwd', 'mfa'] })).toBe(true);
    expect(providerAttestsMfa(mapping, { amr: ['pwd', 'otp'] })).toBe(false);
    expect(providerAttestsMfa(mapping, { amr: 'mfa' })).toBe(false);
    const byAcr = Mapping.parse({ mfa: { amr: [], acr: ['urn:llave:nivel:3'] } });
    expect(providerAttestsMfa(byAcr, { acr: 'urn:llave:nivel:3' })).toBe(true);
    expect(providerAttestsMfa(byAcr, { acr: 'urn:llave:nivel:2', amr: ['mfa'] })).toBe(false);
  });

  it('names a new account from name, else given and family names', () => {
    expect(displayNameOf({ name: ' Ana Pérez ' })).toBe('Ana Pérez');
    expect(displayNameOf({ given_name: 'Ana', family_name: 'Pérez' })).toBe('Ana Pérez');
    expect(displayNameOf({ name: 3 })).toBeUndefined();
  });
});
