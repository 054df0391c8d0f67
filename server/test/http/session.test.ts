import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../harness/engines';
import { startApp, type RunningApp } from './running-app';

describeEachEngine('HTTP: sign-in and sessions', (database) => {
  let running: RunningApp;
  beforeAll(async () => {
    running = await startApp(database(), { demoCases: 0 });
  });
  afterAll(async () => {
    await running.app.close();
  });

  it('answers health with the engine in use', async () => {
    const { status, body } = await running.client().json('GET', '/api/health');
    expect(status).toBe(200);
    expect(body).toEqual({ status: 'ok', database: database().engine });
  });

  it('refuses a wrong password without saying whether the account exists', async () => {
    const client = running.client();
    const wrong = await client.signIn('registro@demo.refugio.mx', 'not-the-password');
    const unknown = await client.signIn('nadie@demo.refugio.mx', 'not-the-password');
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(await wrong.json()).toEqual(await unknown.json());
    expect(wrong.headers.get('set-cookie')).toBeNull();
  });

  it('opens a session in an httpOnly, SameSite=Strict cookie and signs out', async () => {
    const client = running.client();
    const response = await client.signIn('REGISTRO@demo.refugio.mx');
    expect(response.status).toBe(200);
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^refugio_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    const me = await client.json<{ user: { role: string; office: { code: string } }; permissions: string[] }>(
      'GET',
      '/api/v1/session',
    );
    expect(me.body.user.role).toBe('registration_officer');
    expect(me.body.user.office.code).toBe('TAP');
    expect(me.body.permissions).toContain('case.register');

    expect((await client.request('DELETE', '/api/v1/session')).status).toBe(204);
    expect((await client.json('GET', '/api/v1/session')).status).toBe(401);
  });

  it('answers 401 before validating anything when nobody is signed in', async () => {
    const client = running.client();
    for (const [method, path, body] of [
      ['GET', '/api/v1/cases', undefined],
      ['POST', '/api/v1/cases', { nonsense: true }],
      ['GET', '/api/v1/cases/not-a-uuid', undefined],
      ['GET', '/api/v1/reference', undefined],
    ] as const) {
      const { status, body: answer } = await client.json(method, path, body);
      expect(status, `${method} ${path}`).toBe(401);
      expect(answer).toEqual({ error: { code: 'unauthenticated', message: 'Sign in first' } });
    }
  });

  it('ignores a forged session cookie', async () => {
    const response = await running
      .client()
      .request('GET', '/api/v1/session', undefined, { cookie: 'refugio_session=forged' });
    expect(response.status).toBe(401);
  });

  it('records sign-ins and failures in the audit log without the typed e-mail', async () => {
    const rows = await database().db.selectFrom('audit_log').select(['action', 'details']).execute();
    const actions = rows.map((r) => r.action);
    expect(actions).toContain('session.sign_in');
    expect(actions).toContain('session.sign_in_failed');
    expect(JSON.stringify(rows)).not.toContain('nadie@demo.refugio.mx');
  });

  it('publishes an OpenAPI 3 document of the API', async () => {
    const { status, body } = await running
      .client()
      .json<{ openapi: string; paths: Record<string, unknown> }>('GET', '/api/openapi.json');
    expect(status).toBe(200);
    expect(body.openapi).toMatch(/^3\./);
    expect(Object.keys(body.paths)).toEqual(
      expect.arrayContaining(['/api/v1/cases', '/api/v1/cases/{caseId}', '/api/v1/session', '/api/health']),
    );
  });
});
