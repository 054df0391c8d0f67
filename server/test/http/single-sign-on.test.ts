import type { AddressInfo } from 'node:net';
import { sql } from 'kysely';
import { generate } from 'otplib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/demo/demo-seed';
import { jurisdictionOf } from '../../src/countries/jurisdiction';
import { buildApp } from '../../src/http/app';
import type { App } from '../../src/http/context';
import { calendarSource } from '../../src/calendars/calendar-source';
import { profileSource } from '../../src/time-limit-rules/profile-source';
import { Mapping, type SingleSignOnConfig } from '../../src/auth/single-sign-on/single-sign-on.config';
import { confirmMfaEnrolment, startMfaEnrolment } from '../../src/auth/mfa.service';
import { saveMfaRequiredRoles } from '../../src/auth/mfa.repository';
import { openTestDatabase, type TestDatabase } from '../harness/engines';
import {
  CookieJar,
  finish,
  freePort,
  signInThroughProvider,
  startTestProvider,
  throughProvider,
  toCallback,
  whoIsSignedIn,
  type TestProvider,
} from '../harness/oidc-test-provider';

const ELIGIBILITY = 'elegibilidad@demo.refugio.mx';
const SUPERVISOR = 'supervision@demo.refugio.mx';

function ssoConfig(
  provider: Pick<TestProvider, 'issuer' | 'clientId' | 'clientSecret'>,
  redirectUri: string,
) {
  return {
    issuer: new URL(provider.issuer),
    clientId: provider.clientId,
    clientSecret: provider.clientSecret,
    redirectUri: new URL(redirectUri),
    label: 'Llave de prueba',
    scopes: ['openid', 'email', 'profile', 'groups'],
    mapping: Mapping.parse({}),
    timeoutMs: 5_000,
  } satisfies SingleSignOnConfig;
}

/** The real app over the test database, with single sign-on as configured (or none). */
async function buildSsoApp(
  database: TestDatabase,
  singleSignOn: SingleSignOnConfig | undefined,
): Promise<App> {
  const { profile } = jurisdictionOf('MEX');
  return buildApp(
    {
      db: database.db,
      engine: database.engine,
      profile,
      calendars: calendarSource(profile.code),
      rules: profileSource(profile),
      sessionPolicy: { idleMinutes: 30, absoluteHours: 12 },
      cookieSecure: false,
      singleSignOn,
    },
    { rateLimits: false },
  );
}

describe('single sign-on through a real OpenID Connect provider', () => {
  let database: TestDatabase;
  let provider: TestProvider;
  let app: App;
  let baseUrl: string;
  let config: SingleSignOnConfig;

  const userIdOf = async (email: string) =>
    (await database.db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirstOrThrow())
      .id;
  const auditActions = async (since: Date) =>
    (
      await database.db
        .selectFrom('audit_log')
        .select(['action', 'details'])
        .where('occurred_at', '>=', since)
        .orderBy('occurred_at')
        .execute()
    ).map((row) => ({ action: row.action, details: row.details as Record<string, unknown> }));

  beforeAll(async () => {
    database = await openTestDatabase('pglite');
    await seedDemo(database.db, jurisdictionOf('MEX').profile, {
      cases: 0,
      now: new Date('2026-11-20T12:00:00Z'),
    });
    const port = await freePort();
    baseUrl = `http://127.0.0.1:${port}`;
    provider = await startTestProvider(`${baseUrl}/api/v1/sso/callback`);
    config = ssoConfig(provider, `${baseUrl}/api/v1/sso/callback`);
    app = await buildSsoApp(database, config);
    await app.listen({ port, host: '127.0.0.1' });
    expect((app.server.address() as AddressInfo).port).toBe(port);
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await provider?.close();
    await database?.close();
  });

  beforeEach(async () => {
    config.mapping = Mapping.parse({});
    provider.accounts.clear();
    await database.db.deleteFrom('external_identities').execute();
  });

  it('tells the web app that single sign-on is on, and its label', async () => {
    const response = await fetch(`${baseUrl}/api/v1/sso`);
    expect(await response.json()).toEqual({ enabled: true, label: 'Llave de prueba' });
  });

  it('signs in the account of a verified e-mail, links the identity, and records the method', async () => {
    const since = new Date();
    provider.accounts.set('curp-ELEG800101', {
      claims: { email: ELIGIBILITY.toUpperCase(), email_verified: true, name: 'Elegibilidad' },
    });
    const { landing, jar } = await signInThroughProvider(baseUrl, 'curp-ELEG800101');
    expect(landing).toBe('/');
    expect(await whoIsSignedIn(baseUrl, jar)).toBe(ELIGIBILITY);
    // The request cookie is spent; the session cookie is the password sign-in's.
    expect(jar.get(baseUrl, 'refugio_sso')).toBeUndefined();
    expect(jar.get(baseUrl, 'refugio_session')).toMatch(/^[\w-]{43}$/);

    const userId = await userIdOf(ELIGIBILITY);
    const links = await database.db
      .selectFrom('external_identities')
      .selectAll()
      .where('user_id', '=', userId)
      .execute();
    expect(links).toHaveLength(1);
    expect(links[0]).toMatchObject({ issuer: provider.issuer, linked_by: 'verified_email' });
    // The subject (here standing for a national identity number) is not stored, only its hash.
    expect(links[0]!.subject_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(links)).not.toContain('ELEG800101');
    const history = await sql<{ outcome: string; method: string }>`
      select outcome, method from sign_in_attempts where user_id = ${userId} order by occurred_at desc limit 1`.execute(
      database.db,
    );
    expect(history.rows[0]).toEqual({ outcome: 'success', method: 'single_sign_on' });
    const audit = await auditActions(since);
    expect(audit.map((a) => a.action)).toEqual(['sso.identity_linked', 'session.sign_in']);
    expect(audit[1]!.details).toEqual({ method: 'single_sign_on', mfa: 'none' });

    // The next time the link decides, whatever the e-mail says now.
    provider.accounts.set('curp-ELEG800101', {
      claims: { email: 'otra@example.org', email_verified: false },
    });
    const again = await signInThroughProvider(baseUrl, 'curp-ELEG800101');
    expect(again.landing).toBe('/');
    expect(await whoIsSignedIn(baseUrl, again.jar)).toBe(ELIGIBILITY);
    await database.db.deleteFrom('external_identities').where('user_id', '=', userId).execute();
  });

  it('never links on an e-mail the provider did not verify', async () => {
    provider.accounts.set('curp-UNVERIFIED', { claims: { email: ELIGIBILITY, email_verified: false } });
    const { landing, jar } = await signInThroughProvider(baseUrl, 'curp-UNVERIFIED');
    expect(landing).toBe('/sign-in?sso_error=unmapped');
    expect(await whoIsSignedIn(baseUrl, jar)).toBe(401);
    expect(await database.db.selectFrom('external_identities').select('id').execute()).toEqual([]);
  });

  it('refuses a deactivated account and an administrator, recording the refusal', async () => {
    const since = new Date();
    const cdmx = 'registro.cdmx@demo.refugio.mx';
    await database.db.updateTable('users').set({ active: false }).where('email', '=', cdmx).execute();
    provider.accounts.set('off', { claims: { email: cdmx, email_verified: true } });
    provider.accounts.set('boss', {
      claims: { email: 'admin@demo.refugio.mx', email_verified: true },
      amr: ['mfa'],
    });
    try {
      const disabled = await signInThroughProvider(baseUrl, 'off');
      expect(disabled.landing).toBe('/sign-in?sso_error=disabled');
      expect(await whoIsSignedIn(baseUrl, disabled.jar)).toBe(401);
      const admin = await signInThroughProvider(baseUrl, 'boss');
      expect(admin.landing).toBe('/sign-in?sso_error=not_allowed');
      expect(await whoIsSignedIn(baseUrl, admin.jar)).toBe(401);
    } finally {
      await database.db.updateTable('users').set({ active: true }).where('email', '=', cdmx).execute();
    }
    const refusals = (await auditActions(since)).filter((a) => a.action === 'session.sign_in_failed');
    expect(refusals.map((a) => a.details.reason)).toEqual(['disabled', 'not_allowed']);
    const history = await sql<{ outcome: string; method: string }>`
      select outcome, method from sign_in_attempts where user_id = ${await userIdOf(cdmx)}`.execute(
      database.db,
    );
    expect(history.rows).toEqual([{ outcome: 'account_disabled', method: 'single_sign_on' }]);
    expect(await database.db.selectFrom('external_identities').select('id').execute()).toEqual([]);
  });

  it('comes back with "denied" when the person cancels at the provider', async () => {
    const { callback, jar } = await toCallback(baseUrl, 'cancel');
    expect(new URL(callback).searchParams.get('error')).toBe('access_denied');
    expect((await finish(callback, jar)).landing).toBe('/sign-in?sso_error=denied');
  });

  it('refuses a tampered state, a replayed answer and an answer without the browser that asked', async () => {
    provider.accounts.set('p1', { claims: { email: ELIGIBILITY, email_verified: true } });
    const tampered = await toCallback(baseUrl, 'p1');
    const url = new URL(tampered.callback);
    url.searchParams.set('state', `${url.searchParams.get('state')}x`);
    const result = await finish(url.href, tampered.jar);
    expect(result.landing).toBe('/sign-in?sso_error=failed');
    expect(await whoIsSignedIn(baseUrl, result.jar)).toBe(401);
    // The attempt was used up by the tampered answer: the genuine one now finds nothing to finish.
    tampered.jar.set(baseUrl, 'refugio_sso', 'replayed-value-of-no-attempt');
    expect((await finish(tampered.callback, tampered.jar)).landing).toBe('/sign-in?sso_error=expired');

    // A callback URL carried to another browser (no request cookie): refused.
    const carried = await toCallback(baseUrl, 'p1');
    const stranger = new CookieJar();
    expect((await finish(carried.callback, stranger)).landing).toBe('/sign-in?sso_error=expired');
    expect(await whoIsSignedIn(baseUrl, stranger)).toBe(401);
    expect(await database.db.selectFrom('external_identities').select('id').execute()).toEqual([]);
  });

  it('refuses an answer naming another issuer', async () => {
    provider.accounts.set('p2', { claims: { email: ELIGIBILITY, email_verified: true } });
    const { callback, jar } = await toCallback(baseUrl, 'p2');
    const url = new URL(callback);
    expect(url.searchParams.get('iss')).toBe(provider.issuer);
    url.searchParams.set('iss', 'https://idp.attacker.example');
    const result = await finish(url.href, jar);
    expect(result.landing).toBe('/sign-in?sso_error=failed');
    expect(await whoIsSignedIn(baseUrl, result.jar)).toBe(401);
  });

  it('refuses an ID token made for another nonce (an injected code)', async () => {
    provider.accounts.set('p3', { claims: { email: ELIGIBILITY, email_verified: true } });
    // The victim's browser starts a sign-in; the attacker obtains a code with the same state and PKCE
    // challenge (both visible in the URL) but a nonce of their own, and has it delivered to the victim.
    const jar = new CookieJar();
    const start = await jar.fetch(`${baseUrl}/api/v1/sso/start`);
    const authorization = new URL(start.headers.get('location')!);
    expect(authorization.searchParams.get('code_challenge_method')).toBe('S256');
    authorization.searchParams.set('nonce', 'attackers-own-nonce');
    const callback = await throughProvider(authorization.href, baseUrl, 'p3', new CookieJar());
    const result = await finish(callback, jar);
    expect(result.landing).toBe('/sign-in?sso_error=failed');
    expect(await whoIsSignedIn(baseUrl, result.jar)).toBe(401);
  });

  describe('with mapping rules', () => {
    const rules = [
      { claim: 'groups', value: 'comar-tap-supervision', role: 'supervisor', office: 'TAP' },
      { claim: 'groups', value: 'comar-cmx-registro', role: 'registration_officer', office: 'CMX' },
    ];

    it('creates an account for a mapped person, then follows the provider on role and office', async () => {
      config.mapping = Mapping.parse({ rules, createAccounts: true });
      provider.accounts.set('nuevo', {
        claims: {
          email: 'Nueva.Persona@gob.example',
          name: 'Nueva Persona',
          groups: ['otros', 'comar-cmx-registro'],
        },
      });
      const first = await signInThroughProvider(baseUrl, 'nuevo');
      expect(first.landing).toBe('/');
      const me = await first.jar.fetch(`${baseUrl}/api/v1/session`);
      expect(await me.json()).toMatchObject({
        user: {
          email: 'nueva.persona@gob.example',
          name: 'Nueva Persona',
          role: 'registration_officer',
          office: { code: 'CMX' },
        },
      });
      // No password signs in to an account the provider made.
      const password = await fetch(`${baseUrl}/api/v1/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-requested-with': 'refugio' },
        body: JSON.stringify({ email: 'nueva.persona@gob.example', password: '!single-sign-on' }),
      });
      expect(password.status).toBe(401);

      provider.accounts.get('nuevo')!.claims.groups = ['comar-tap-supervision'];
      const moved = await signInThroughProvider(baseUrl, 'nuevo');
      expect(await (await moved.jar.fetch(`${baseUrl}/api/v1/session`)).json()).toMatchObject({
        user: { role: 'supervisor', office: { code: 'TAP' } },
      });

      // Out of every mapped group: refused from then on.
      provider.accounts.get('nuevo')!.claims.groups = ['otros'];
      const out = await signInThroughProvider(baseUrl, 'nuevo');
      expect(out.landing).toBe('/sign-in?sso_error=unmapped');
      const user = await database.db
        .selectFrom('users')
        .select(['role', 'active'])
        .where('email', '=', 'nueva.persona@gob.example')
        .executeTakeFirstOrThrow();
      expect(user).toEqual({ role: 'supervisor', active: true });
    });

    it('refuses an unmapped person, and a new account on an e-mail someone has', async () => {
      config.mapping = Mapping.parse({ rules, createAccounts: true, linkVerifiedEmail: false });
      provider.accounts.set('nadie', { claims: { email: 'nadie@gob.example', groups: ['otros'] } });
      expect((await signInThroughProvider(baseUrl, 'nadie')).landing).toBe('/sign-in?sso_error=unmapped');
      provider.accounts.set('copia', { claims: { email: ELIGIBILITY, groups: ['comar-cmx-registro'] } });
      expect((await signInThroughProvider(baseUrl, 'copia')).landing).toBe('/sign-in?sso_error=email_in_use');
      expect(await userIdOf(ELIGIBILITY)).toBeTruthy();
    });
  });

  describe('multi-factor', () => {
    beforeAll(async () => {
      await saveMfaRequiredRoles(
        database.db,
        ['supervisor'],
        await userIdOf('admin@demo.refugio.mx'),
        new Date(),
      );
    });
    afterAll(async () => {
      await saveMfaRequiredRoles(database.db, [], await userIdOf('admin@demo.refugio.mx'), new Date());
    });
    const signInAs = async (amr: string[] | undefined, acr?: string) => {
      await database.db.deleteFrom('external_identities').execute();
      provider.accounts.set('sup', { claims: { email: SUPERVISOR, email_verified: true }, amr, acr });
      return signInThroughProvider(baseUrl, 'sup');
    };

    it("accepts the provider's multi-factor for a role that requires it", async () => {
      const { landing, jar } = await signInAs(['pwd', 'otp', 'mfa']);
      expect(landing).toBe('/');
      expect(await whoIsSignedIn(baseUrl, jar)).toBe(SUPERVISOR);
    });

    it('accepts an acr the mapping lists, and not one it does not', async () => {
      config.mapping = Mapping.parse({ mfa: { amr: [], acr: ['urn:prueba:nivel:2'] } });
      expect((await signInAs(['pwd'], 'urn:prueba:nivel:2')).landing).toBe('/');
      expect((await signInAs(['mfa'], 'urn:prueba:nivel:1')).landing).toBe('/sign-in?sso_step=enrolment');
    });

    it("sends a password-only provider sign-in to Refugio's enrolment, then to its TOTP step", async () => {
      const pending = await signInAs(['pwd']);
      expect(pending.landing).toBe('/sign-in?sso_step=enrolment');
      // A pending session signs nobody in.
      expect(await whoIsSignedIn(baseUrl, pending.jar)).toBe(401);

      const id = await userIdOf(SUPERVISOR);
      const actor = { id, email: SUPERVISOR, role: 'supervisor' as const, clientAddress: '127.0.0.1' };
      const { secret } = await startMfaEnrolment(database.db, actor);
      const now = Date.now();
      await confirmMfaEnrolment(database.db, actor, {
        code: await generate({ secret, epoch: Math.floor(now / 1000) }),
      });
      try {
        const second = await signInAs(['pwd']);
        expect(second.landing).toBe('/sign-in?sso_step=code');
        const code = await generate({ secret, epoch: Math.floor(now / 1000) + 30 });
        const step = await second.jar.fetch(`${baseUrl}/api/v1/session/mfa`, {
          method: 'POST',
          body: JSON.stringify({ method: 'totp', code }),
          headers: { 'content-type': 'application/json', 'x-requested-with': 'refugio' },
        });
        expect(step.status).toBe(200);
        expect(await whoIsSignedIn(baseUrl, second.jar)).toBe(SUPERVISOR);
      } finally {
        await database.db.deleteFrom('user_mfa').where('user_id', '=', id).execute();
      }
    });
  });

  describe('administrators', () => {
    const signedIn = async (email: string) => {
      const jar = new CookieJar();
      await jar.fetch(`${baseUrl}/api/v1/session`, {
        method: 'POST',
        body: JSON.stringify({ email, password: 'Refugio-demo-2026' }),
        headers: { 'content-type': 'application/json', 'x-requested-with': 'refugio' },
      });
      return jar;
    };
    const api = (jar: CookieJar, method: string, path: string) =>
      jar.fetch(`${baseUrl}${path}`, { method, headers: { 'x-requested-with': 'refugio' } });

    it('list the linked users and unlink one (audited); others may not', async () => {
      provider.accounts.set('e', { claims: { email: ELIGIBILITY, email_verified: true } });
      expect((await signInThroughProvider(baseUrl, 'e')).landing).toBe('/');
      const userId = await userIdOf(ELIGIBILITY);
      const admin = await signedIn('admin@demo.refugio.mx');
      const list = await api(admin, 'GET', '/api/v1/admin/external-identities');
      const { identities } = (await list.json()) as { identities: Record<string, unknown>[] };
      expect(identities).toEqual([
        expect.objectContaining({ userId, issuer: provider.issuer, linkedBy: 'verified_email' }),
      ]);
      expect(Object.keys(identities[0]!).sort()).toEqual([
        'issuer',
        'lastSignInAt',
        'linkedAt',
        'linkedBy',
        'userId',
      ]);

      const officer = await signedIn(ELIGIBILITY);
      expect((await api(officer, 'GET', '/api/v1/admin/external-identities')).status).toBe(403);
      expect((await api(officer, 'DELETE', `/api/v1/admin/users/${userId}/external-identities`)).status).toBe(
        403,
      );

      const since = new Date();
      const unlink = await api(admin, 'DELETE', `/api/v1/admin/users/${userId}/external-identities`);
      expect(await unlink.json()).toEqual({ unlinked: 1 });
      expect(await database.db.selectFrom('external_identities').select('id').execute()).toEqual([]);
      expect(await auditActions(since)).toContainEqual({
        action: 'sso.identity_unlinked',
        details: { userId, unlinked: 1 },
      });
      expect(
        (await api(admin, 'DELETE', `/api/v1/admin/users/${crypto.randomUUID()}/external-identities`)).status,
      ).toBe(404);
    });
  });

  it('comes back with "unavailable" when the provider cannot be reached', async () => {
    const closedPort = await freePort();
    const down = await buildSsoApp(database, {
      ...config,
      issuer: new URL(`http://127.0.0.1:${closedPort}`),
    });
    try {
      const response = await down.inject({ method: 'GET', url: '/api/v1/sso/start' });
      expect(response.statusCode).toBe(303);
      expect(response.headers.location).toBe('/sign-in?sso_error=unavailable');
    } finally {
      await down.close();
    }
  });

  it('is off without settings: no button, and its routes send back to the sign-in page', async () => {
    const off = await buildSsoApp(database, undefined);
    try {
      expect((await off.inject({ method: 'GET', url: '/api/v1/sso' })).json()).toEqual({
        enabled: false,
        label: null,
      });
      for (const url of ['/api/v1/sso/start', '/api/v1/sso/callback?code=x&state=y']) {
        const response = await off.inject({ method: 'GET', url });
        expect(response.statusCode).toBe(303);
        expect(response.headers.location).toBe('/sign-in?sso_error=off');
      }
    } finally {
      await off.close();
    }
  });
});
