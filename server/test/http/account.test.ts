import { afterAll, beforeAll, expect, it } from 'vitest';
import { generate } from 'otplib';
import { describeEachEngine } from '../harness/engines';
import type { AddressInfo } from 'node:net';
import { calendarSource } from '../../src/calendars/calendar-source';
import { jurisdictionOf } from '../../src/countries/jurisdiction';
import { seedDemo } from '../../src/demo/demo-seed';
import { buildApp } from '../../src/http/app';
import { profileSource } from '../../src/time-limit-rules/profile-source';
import type { TestDatabase } from '../harness/engines';
import type { HttpClient, RunningApp } from './running-app';

/**
 * The demo app without the per-address rate limit: these tests sign in far more often than a person
 * (the lockout under test is per account, the rate limit per address; both apply in production).
 */
async function startUnthrottledApp(database: TestDatabase): Promise<RunningApp> {
  const { profile } = jurisdictionOf('MEX');
  await seedDemo(database.db, profile, { cases: 0, now: new Date('2026-11-20T12:00:00Z') });
  const app = await buildApp(
    {
      db: database.db,
      engine: database.engine,
      profile,
      calendars: calendarSource(profile.code),
      rules: profileSource(profile),
      sessionPolicy: { idleMinutes: 30, absoluteHours: 12 },
      cookieSecure: false,
    },
    { rateLimits: false },
  );
  await app.listen({ port: 0, host: '127.0.0.1' });
  const baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  return { app, baseUrl, client: () => clientFor(baseUrl) };
}

/** Like the harness's client: one browser, keeping its own session cookie. */
function clientFor(baseUrl: string): HttpClient {
  let cookie = '';
  const request: HttpClient['request'] = async (method, path, body, headers = {}) => {
    const response = await fetch(baseUrl + path, {
      method,
      headers: {
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(cookie ? { cookie } : {}),
        'x-requested-with': 'refugio',
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const set = response.headers.get('set-cookie');
    if (set) cookie = set.split(';')[0]!;
    return response;
  };
  return {
    request,
    async json(method, path, body) {
      const response = await request(method, path, body);
      const text = await response.text();
      return { status: response.status, body: text ? JSON.parse(text) : null };
    },
    signIn: (email, password = 'Refugio-demo-2026') =>
      request('POST', '/api/v1/session', { email, password }),
  };
}

interface Enrolment {
  secret: string;
  uri: string;
}

/** A TOTP code for a moment `offset` steps from now (a fresh step each call, so none is a replay). */
const codeAt = (secret: string, offset: number) =>
  generate({ secret, epoch: Math.floor(Date.now() / 1000) + offset * 30 });

describeEachEngine('HTTP: account security', (database) => {
  let running: RunningApp;
  beforeAll(async () => {
    running = await startUnthrottledApp(database());
  });
  afterAll(async () => {
    await running.app.close();
  });

  const signedIn = async (email: string): Promise<HttpClient> => {
    const client = running.client();
    expect((await client.signIn(email)).status).toBe(200);
    return client;
  };

  it('enrols MFA, then signs in in two steps; a pending session reaches nothing else', async () => {
    const client = await signedIn('elegibilidad@demo.refugio.mx');
    const enrolment = await client.json<Enrolment>('POST', '/api/v1/account/mfa/enrolment', {});
    expect(enrolment.status).toBe(200);
    const { secret } = enrolment.body;
    const wrong = await client.json('POST', '/api/v1/account/mfa/enrolment/confirm', { code: '12' });
    expect(wrong.status).toBe(400);
    expect(wrong.body).toMatchObject({ error: { fields: [{ path: 'code' }] } });
    const confirmed = await client.json<{ recoveryCodes: string[] }>(
      'POST',
      '/api/v1/account/mfa/enrolment/confirm',
      { code: await codeAt(secret, -1) },
    );
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.recoveryCodes).toHaveLength(10);
    expect((await client.json('GET', '/api/v1/account/security')).body).toEqual({
      mfaEnabled: true,
      mfaRequired: false,
      recoveryCodesLeft: 10,
    });

    const browser = running.client();
    const step1 = await browser.signIn('elegibilidad@demo.refugio.mx');
    expect(step1.status).toBe(200);
    expect(await step1.json()).toEqual({ mfaRequired: true, step: 'code' });
    for (const [method, path] of [
      ['GET', '/api/v1/session'],
      ['GET', '/api/v1/cases'],
      ['GET', '/api/v1/account/sessions'],
      ['POST', '/api/v1/account/mfa/enrolment'],
    ] as const) {
      expect((await browser.json(method, path, method === 'POST' ? {} : undefined)).status, path).toBe(401);
    }
    const bad = await browser.json('POST', '/api/v1/session/mfa', { method: 'totp', code: '000000' });
    expect(bad).toMatchObject({
      status: 401,
      body: { error: { code: 'invalid_credentials', fields: [{ code: 'wrong_code' }] } },
    });
    const step2 = await browser.json<{ user: { email: string } }>('POST', '/api/v1/session/mfa', {
      method: 'totp',
      code: await codeAt(secret, 0),
    });
    expect(step2.status).toBe(200);
    expect(step2.body.user.email).toBe('elegibilidad@demo.refugio.mx');
    expect((await browser.json('GET', '/api/v1/cases')).status).toBe(200);

    // A recovery code signs in once.
    const other = running.client();
    await other.signIn('elegibilidad@demo.refugio.mx');
    const recovery = confirmed.body.recoveryCodes[3]!;
    expect(
      (await other.json('POST', '/api/v1/session/mfa', { method: 'recovery_code', code: recovery })).status,
    ).toBe(200);
    const third = running.client();
    await third.signIn('elegibilidad@demo.refugio.mx');
    expect(
      (await third.json('POST', '/api/v1/session/mfa', { method: 'recovery_code', code: recovery })).status,
    ).toBe(401);
    // Signing out of a pending session works.
    expect((await third.request('DELETE', '/api/v1/session')).status).toBe(204);
  });

  it('answers the same 401 for a locked account, telling the form to wait, for unknown e-mails too', async () => {
    for (const email of ['registro.cdmx@demo.refugio.mx', 'nadie.aqui@demo.refugio.mx']) {
      const client = running.client();
      const answers: unknown[] = [];
      for (let i = 0; i < 6; i++) {
        const response = await client.signIn(email, 'contraseña equivocada');
        expect(response.status).toBe(401);
        answers.push(await response.json());
      }
      expect(answers[0]).toEqual({
        error: { code: 'invalid_credentials', message: 'E-mail or password is wrong' },
      });
      expect(answers[5]).toMatchObject({
        error: { code: 'invalid_credentials', fields: [{ path: 'email', code: 'too_many_attempts' }] },
      });
      const right = await client.signIn(email);
      expect(right.status).toBe(401);
    }
    const admin = await signedIn('admin@demo.refugio.mx');
    const users = await admin.json<{ users: { id: string; email: string; lockedUntil: string | null }[] }>(
      'GET',
      '/api/v1/admin/users',
    );
    const locked = users.body.users.find((u) => u.email === 'registro.cdmx@demo.refugio.mx')!;
    expect(locked.lockedUntil).not.toBeNull();
    expect((await admin.request('DELETE', `/api/v1/admin/users/${locked.id}/lock`)).status).toBe(204);
    expect((await running.client().signIn('registro.cdmx@demo.refugio.mx')).status).toBe(200);
  });

  it('changes the password by the rules and ends the other sessions', async () => {
    const phone = await signedIn('estadistica@demo.refugio.mx');
    const desk = await signedIn('estadistica@demo.refugio.mx');
    const common = await desk.json('PUT', '/api/v1/account/password', {
      currentPassword: 'Refugio-demo-2026',
      newPassword: 'Contraseña2026!',
    });
    expect(common).toMatchObject({
      status: 400,
      body: { error: { fields: [{ path: 'newPassword', code: 'common' }] } },
    });
    const changed = await desk.json('PUT', '/api/v1/account/password', {
      currentPassword: 'Refugio-demo-2026',
      newPassword: 'mesa de cedro junto al río',
    });
    expect(changed).toEqual({ status: 200, body: { sessionsEnded: 1 } });
    expect((await phone.json('GET', '/api/v1/session')).status).toBe(401);
    expect((await desk.json('GET', '/api/v1/session')).status).toBe(200);
    expect(
      (await running.client().signIn('estadistica@demo.refugio.mx', 'mesa de cedro junto al río')).status,
    ).toBe(200);
  });

  it('lists the own sessions and sign-ins, and ends another session', async () => {
    const other = await signedIn('revision@demo.refugio.mx');
    const client = running.client();
    await client.request(
      'POST',
      '/api/v1/session',
      { email: 'revision@demo.refugio.mx', password: 'x' },
      {
        'user-agent': 'Navegador de prueba',
      },
    );
    await client.request(
      'POST',
      '/api/v1/session',
      { email: 'revision@demo.refugio.mx', password: 'Refugio-demo-2026' },
      {
        'user-agent': 'Navegador de prueba',
      },
    );
    const list = await client.json<{
      sessions: { id: string; current: boolean; userAgent: string }[];
      idleMinutes: number;
    }>('GET', '/api/v1/account/sessions');
    expect(list.body.idleMinutes).toBe(30);
    expect(list.body.sessions).toHaveLength(2);
    const mine = list.body.sessions.find((s) => s.current)!;
    expect(mine.userAgent).toBe('Navegador de prueba');
    const theirs = list.body.sessions.find((s) => !s.current)!;
    expect((await client.request('DELETE', `/api/v1/account/sessions/${theirs.id}`)).status).toBe(204);
    expect((await other.json('GET', '/api/v1/session')).status).toBe(401);
    expect((await client.request('DELETE', `/api/v1/account/sessions/${theirs.id}`)).status).toBe(404);
    const history = await client.json<{ attempts: { outcome: string; userAgent: string }[] }>(
      'GET',
      '/api/v1/account/sign-ins',
    );
    expect(history.body.attempts.slice(0, 2).map((a) => a.outcome)).toEqual(['success', 'wrong_password']);
  });

  it('lets administrators only manage users: list, sign-ins, end sessions, MFA reset and policy', async () => {
    const registro = await signedIn('registro@demo.refugio.mx');
    for (const [method, path, body] of [
      ['GET', '/api/v1/admin/users', undefined],
      ['PUT', '/api/v1/admin/mfa-policy', { roles: ['supervisor'] }],
    ] as const) {
      expect((await registro.json(method, path, body)).status).toBe(403);
    }
    const admin = await signedIn('admin@demo.refugio.mx');
    const users = await admin.json<{
      users: { id: string; email: string; mfaEnabled: boolean; activeSessions: number }[];
    }>('GET', '/api/v1/admin/users');
    const find = (email: string) => users.body.users.find((u) => u.email === email)!;
    expect(find('elegibilidad@demo.refugio.mx').mfaEnabled).toBe(true);
    const registroUser = find('registro@demo.refugio.mx');
    expect(registroUser.activeSessions).toBeGreaterThan(0);
    const signIns = await admin.json<{ attempts: unknown[] }>(
      'GET',
      `/api/v1/admin/users/${registroUser.id}/sign-ins`,
    );
    expect(signIns.body.attempts.length).toBeGreaterThan(0);
    const ended = await admin.json<{ ended: number }>(
      'DELETE',
      `/api/v1/admin/users/${registroUser.id}/sessions`,
    );
    expect(ended.body.ended).toBe(registroUser.activeSessions);
    expect((await registro.json('GET', '/api/v1/session')).status).toBe(401);

    expect(
      (await admin.request('DELETE', `/api/v1/admin/users/${find('elegibilidad@demo.refugio.mx').id}/mfa`))
        .status,
    ).toBe(204);
    const bad = await admin.json('PUT', '/api/v1/admin/mfa-policy', { roles: ['emperor'] });
    expect(bad.status).toBe(400);
    expect(
      (await admin.json('PUT', '/api/v1/admin/mfa-policy', { roles: ['eligibility_officer'] })).status,
    ).toBe(200);
    // The reset user's role now requires MFA: the password step leads to a forced enrolment.
    const forced = running.client();
    expect(await (await forced.signIn('elegibilidad@demo.refugio.mx')).json()).toEqual({
      mfaRequired: true,
      step: 'enrolment',
    });
    expect((await forced.json('GET', '/api/v1/cases')).status).toBe(401);
    const { body } = await forced.json<Enrolment>('POST', '/api/v1/account/mfa/enrolment', {});
    const done = await forced.json<{ recoveryCodes: string[]; me: { user: { email: string } } }>(
      'POST',
      '/api/v1/account/mfa/enrolment/confirm',
      { code: await codeAt(body.secret, 0) },
    );
    expect(done.status).toBe(200);
    expect(done.body.me.user.email).toBe('elegibilidad@demo.refugio.mx');
    expect((await forced.json('GET', '/api/v1/cases')).status).toBe(200);
    await admin.json('PUT', '/api/v1/admin/mfa-policy', { roles: [] });

    const actions = (await database().db.selectFrom('audit_log').select('action').execute()).map(
      (a) => a.action,
    );
    expect(actions).toEqual(
      expect.arrayContaining([
        'auth.locked',
        'auth.unlocked',
        'account.mfa_enabled',
        'account.mfa_reset',
        'account.mfa_policy_changed',
        'user.sessions_ended',
        'account.password_changed',
      ]),
    );
  });
});
