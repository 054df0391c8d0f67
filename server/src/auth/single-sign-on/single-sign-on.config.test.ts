import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSingleSignOnConfig } from './single-sign-on.config';

const dir = mkdtempSync(join(tmpdir(), 'refugio-sso-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

const minimal = {
  REFUGIO_OIDC_ISSUER: 'https://llave.gob.example',
  REFUGIO_OIDC_CLIENT_ID: 'refugio',
  REFUGIO_OIDC_CLIENT_SECRET: 's3cr3t',
  REFUGIO_OIDC_REDIRECT_URI: 'https://refugio.comar.gob.example/api/v1/sso/callback',
};

describe('loadSingleSignOnConfig', () => {
  it('is off when no REFUGIO_OIDC_* setting is given', () => {
    expect(loadSingleSignOnConfig({})).toBeUndefined();
    expect(loadSingleSignOnConfig({ REFUGIO_OIDC_ISSUER: '' })).toBeUndefined();
  });

  it('reads a complete configuration, with defaults for label, scopes and mapping', () => {
    const config = loadSingleSignOnConfig(minimal)!;
    expect(config.issuer.href).toBe('https://llave.gob.example/');
    expect(config.label).toBe('llave.gob.example');
    expect(config.scopes).toEqual(['openid', 'email', 'profile']);
    expect(config.mapping).toEqual({
      rules: [],
      linkVerifiedEmail: true,
      createAccounts: false,
      mfa: { amr: ['mfa'], acr: [] },
    });
    const labelled = loadSingleSignOnConfig({
      ...minimal,
      REFUGIO_OIDC_LABEL: 'Llave MX',
      REFUGIO_OIDC_SCOPES: 'openid,email groups',
    })!;
    expect(labelled.label).toBe('Llave MX');
    expect(labelled.scopes).toEqual(['openid', 'email', 'groups']);
  });

  it('stops the start on a partial configuration, naming the missing setting', () => {
    expect(() => loadSingleSignOnConfig({ REFUGIO_OIDC_CLIENT_ID: 'refugio' })).toThrow(
      'REFUGIO_OIDC_ISSUER must be set for single sign-on (REFUGIO_OIDC_CLIENT_ID given)',
    );
    for (const name of ['REFUGIO_OIDC_CLIENT_ID', 'REFUGIO_OIDC_REDIRECT_URI'] as const)
      expect(() => loadSingleSignOnConfig({ ...minimal, [name]: undefined }), name).toThrow(
        `${name} must be set`,
      );
    expect(() => loadSingleSignOnConfig({ ...minimal, REFUGIO_OIDC_CLIENT_SECRET: undefined })).toThrow(
      'REFUGIO_OIDC_CLIENT_SECRET (or REFUGIO_OIDC_CLIENT_SECRET_FILE) must be set',
    );
  });

  it('refuses insecure or malformed URLs, naming the setting', () => {
    expect(() => loadSingleSignOnConfig({ ...minimal, REFUGIO_OIDC_ISSUER: 'llave' })).toThrow(
      'REFUGIO_OIDC_ISSUER must be an absolute URL',
    );
    expect(() =>
      loadSingleSignOnConfig({ ...minimal, REFUGIO_OIDC_ISSUER: 'http://llave.gob.example' }),
    ).toThrow('REFUGIO_OIDC_ISSUER must use https');
    expect(
      loadSingleSignOnConfig({ ...minimal, REFUGIO_OIDC_ISSUER: 'http://127.0.0.1:4000' })!.issuer.port,
    ).toBe('4000');
    expect(() =>
      loadSingleSignOnConfig({
        ...minimal,
        REFUGIO_OIDC_REDIRECT_URI: 'https://refugio.gob.example/callback',
      }),
    ).toThrow("REFUGIO_OIDC_REDIRECT_URI must be Refugio's public address followed by /api/v1/sso/callback");
    expect(() => loadSingleSignOnConfig({ ...minimal, REFUGIO_OIDC_SCOPES: 'email profile' })).toThrow(
      'REFUGIO_OIDC_SCOPES must include openid',
    );
    expect(() => loadSingleSignOnConfig({ ...minimal, REFUGIO_OIDC_LABEL: 'x'.repeat(41) })).toThrow(
      'REFUGIO_OIDC_LABEL must be at most 40 characters',
    );
  });

  it('reads the secret from a file, and refuses both or an unreadable one', () => {
    const secretFile = file('secret', 'from-a-file\n');
    const fromFile = {
      ...minimal,
      REFUGIO_OIDC_CLIENT_SECRET: undefined,
      REFUGIO_OIDC_CLIENT_SECRET_FILE: secretFile,
    };
    expect(loadSingleSignOnConfig(fromFile)!.clientSecret).toBe('from-a-file');
    expect(() => loadSingleSignOnConfig({ ...fromFile, REFUGIO_OIDC_CLIENT_SECRET: 'too' })).toThrow(
      'not both',
    );
    expect(() =>
      loadSingleSignOnConfig({ ...fromFile, REFUGIO_OIDC_CLIENT_SECRET_FILE: join(dir, 'none') }),
    ).toThrow('REFUGIO_OIDC_CLIENT_SECRET_FILE cannot be read');
  });

  it('reads mapping rules, and stops on a wrong file naming the place', () => {
    const rules = [{ claim: 'groups', value: 'comar-tap', role: 'eligibility_officer', office: 'TAP' }];
    const good = file(
      'good.json',
      JSON.stringify({ rules, createAccounts: true, mfa: { acr: ['urn:llave:2'] } }),
    );
    const config = loadSingleSignOnConfig({ ...minimal, REFUGIO_OIDC_MAPPING_FILE: good })!;
    expect(config.mapping.rules).toEqual(rules);
    expect(config.mapping.mfa).toEqual({ amr: ['mfa'], acr: ['urn:llave:2'] });

    const cases: [string, string][] = [
      ['{ not json', 'is not valid JSON'],
      [
        JSON.stringify({ rules: [{ ...rules[0], role: 'administrator' }] }),
        'rules.0.role: the provider may not grant the administrator role',
      ],
      [JSON.stringify({ rules: [{ ...rules[0], role: 'jefe' }] }), 'rules.0.role'],
      [JSON.stringify({ rules, linkByName: true }), '(top level)'],
      [JSON.stringify({ createAccounts: true }), 'createAccounts needs at least one rule'],
    ];
    for (const [text, message] of cases) {
      const path = file('bad.json', text);
      expect(() => loadSingleSignOnConfig({ ...minimal, REFUGIO_OIDC_MAPPING_FILE: path }), text).toThrow(
        `REFUGIO_OIDC_MAPPING_FILE`,
      );
      expect(() => loadSingleSignOnConfig({ ...minimal, REFUGIO_OIDC_MAPPING_FILE: path }), text).toThrow(
        message,
      );
    }
  });
});
