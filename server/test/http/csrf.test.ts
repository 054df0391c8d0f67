import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../harness/engines';
import { startInventoriedApp, type InventoriedApp, type TestResponse } from './route-inventory';

const credentials = JSON.stringify({ email: 'supervision@demo.refugio.mx', password: 'Refugio-demo-2026' });
const json = 'application/json';
const errorCode = (response: TestResponse) =>
  (JSON.parse(response.text) as { error: { code: string } }).error.code;

describe('HTTP hardening: cross-site request forgery', () => {
  let database: TestDatabase;
  let running: InventoriedApp;
  beforeAll(async () => {
    database = await openTestDatabase('pglite');
    running = await startInventoriedApp(database);
  });
  afterAll(async () => {
    await running.app.close();
    await database.close();
  });

  it('signs in from a page of its own site (fetch metadata or origin)', async () => {
    const bySite = await running.client().send('POST', '/api/v1/session', {
      body: credentials,
      contentType: json,
      headers: { 'sec-fetch-site': 'same-origin', origin: running.baseUrl },
    });
    expect(bySite.status).toBe(200);
    const byOrigin = await running.client().send('POST', '/api/v1/session', {
      body: credentials,
      contentType: json,
      headers: { origin: running.baseUrl },
    });
    expect(byOrigin.status).toBe(200);
  });

  it('refuses a sign-in posted from another site, and opens no session', async () => {
    const forged: Record<string, string>[] = [
      { 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'same-site' },
      { 'sec-fetch-site': 'none' },
      { origin: 'https://evil.example' },
      { origin: 'null' },
      { origin: running.baseUrl.replace('127.0.0.1', 'localhost') },
      // The header the web client sends never outweighs the browser saying "another site".
      { 'sec-fetch-site': 'cross-site', 'x-requested-with': 'refugio' },
    ];
    for (const headers of forged) {
      const response = await running
        .client()
        .send('POST', '/api/v1/session', { body: credentials, contentType: json, headers });
      expect(response.status, JSON.stringify(headers)).toBe(403);
      expect(errorCode(response)).toBe('csrf');
      expect(response.headers.get('set-cookie')).toBeNull();
    }
  });

  it('refuses a forged change from a signed-in browser before reading the session or the body', async () => {
    const client = running.client();
    expect((await client.signIn('supervision@demo.refugio.mx')).status).toBe(200);
    const cross = { 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' };
    for (const [method, path, contentType] of [
      ['POST', '/api/v1/cases', json],
      ['DELETE', '/api/v1/session', undefined],
      ['PUT', `/api/v1/cases/${crypto.randomUUID()}/assignment`, json],
      // Raw uploads (application/octet-stream) are changes like any other.
      ['PUT', `/api/v1/coi-sources/${crypto.randomUUID()}/file`, 'application/octet-stream'],
      ['POST', '/api/v1/no-such-route', 'text/plain'],
    ] as const) {
      const response = await client.send(method, path, {
        body: contentType ? '{}' : undefined,
        contentType,
        headers: cross,
      });
      expect(response.status, `${method} ${path}`).toBe(403);
      expect(errorCode(response)).toBe('csrf');
    }
    // The session survived the forged sign-out.
    expect((await client.send('GET', '/api/v1/session')).status).toBe(200);
  });

  it('lets reads through from anywhere (they change nothing; the cookie is SameSite=Strict)', async () => {
    const client = running.client();
    await client.signIn('supervision@demo.refugio.mx');
    const response = await client.send('GET', '/api/v1/session', {
      headers: { 'sec-fetch-site': 'cross-site' },
    });
    expect(response.status).toBe(200);
  });

  it('accepts a change from a client that is no browser page (no fetch metadata, no origin)', async () => {
    const client = running.client();
    const response = await client.send('POST', '/api/v1/session', {
      body: credentials,
      contentType: json,
      headers: {},
    });
    expect(response.status).toBe(200);
  });

  it('refuses a change without the anti-forgery header, from a browser page of its own site or not', async () => {
    const client = running.client();
    expect((await client.signIn('supervision@demo.refugio.mx')).status).toBe(200);
    const missing: Record<string, string>[] = [
      { 'x-requested-with': '' },
      { 'x-requested-with': 'XMLHttpRequest' },
      { 'x-requested-with': '', 'sec-fetch-site': 'same-origin', origin: running.baseUrl },
    ];
    for (const headers of missing) {
      const signOut = await client.send('DELETE', '/api/v1/session', { headers });
      expect(signOut.status, JSON.stringify(headers)).toBe(403);
      expect(errorCode(signOut)).toBe('csrf');
      const signIn = await running
        .client()
        .send('POST', '/api/v1/session', { body: credentials, contentType: json, headers });
      expect(signIn.status, JSON.stringify(headers)).toBe(403);
      expect(signIn.headers.get('set-cookie')).toBeNull();
    }
    // The session survived the refused sign-outs.
    expect((await client.send('GET', '/api/v1/session')).status).toBe(200);
  });
});
