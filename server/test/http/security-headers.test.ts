import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../harness/engines';
import { startInventoriedApp, testClient, type InventoriedApp } from './route-inventory';
import { APP_CSP, DOCUMENT_CSP, HSTS } from '../../src/http/security-headers';

// Headers and size limits do not depend on the engine: one (PGlite) is enough.
describe('HTTP hardening: headers and request limits', () => {
  let database: TestDatabase;
  let running: InventoriedApp;
  beforeAll(async () => {
    database = await openTestDatabase('pglite');
    running = await startInventoriedApp(database, { demoCases: 1, trustProxy: true });
  });
  afterAll(async () => {
    await running.app.close();
    await database.close();
  });

  const directives = (csp: string | null) =>
    new Map(
      (csp ?? '')
        .split(';')
        .map((d) => d.trim().split(/\s+/) as [string, ...string[]])
        .map(([k, ...v]) => [k, v.join(' ')]),
    );

  it('sends a strict CSP, no framing and no caching on the API', async () => {
    const response = await running.client().send('GET', '/api/health');
    const csp = directives(response.headers.get('content-security-policy'));
    expect(csp.get('default-src')).toBe("'self'");
    expect(csp.get('frame-ancestors')).toBe("'none'");
    expect(csp.get('form-action')).toBe("'self'");
    expect(csp.get('base-uri')).toBe("'none'");
    expect(csp.get('object-src')).toBe("'none'");
    expect(csp.get('script-src') ?? csp.get('default-src')).not.toMatch(/unsafe/);
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('sends the same headers on errors', async () => {
    const response = await running.client().send('GET', '/api/v1/cases');
    expect(response.status).toBe(401);
    expect(response.headers.get('content-security-policy')).toBe(APP_CSP);
    expect(response.headers.get('x-frame-options')).toBe('DENY');
  });

  it('gives a PDF the document policy: the viewer may run, nothing else loads, no framing', async () => {
    const client = running.client();
    await client.signIn('registro@demo.refugio.mx');
    const list = JSON.parse((await client.send('GET', '/api/v1/cases')).text) as { items: { id: string }[] };
    const caseId = list.items[0]!.id;
    const file = JSON.parse((await client.send('GET', `/api/v1/cases/${caseId}`)).text) as {
      people: { id: string }[];
    };
    const response = await client.send(
      'GET',
      `/api/v1/cases/${caseId}/people/${file.people[0]!.id}/proof-of-registration.pdf`,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/pdf/);
    const csp = directives(response.headers.get('content-security-policy'));
    expect(response.headers.get('content-security-policy')).toBe(DOCUMENT_CSP);
    expect(csp.get('default-src')).toBe("'none'");
    expect(csp.get('frame-ancestors')).toBe("'none'");
    expect(csp.get('script-src')).toBeUndefined();
  });

  it('sends HSTS only when the request came over TLS', async () => {
    const plain = await running.client().send('GET', '/api/health');
    expect(plain.headers.get('strict-transport-security')).toBeNull();
    const proxied = await running
      .client()
      .send('GET', '/api/health', { headers: { 'x-forwarded-proto': 'https' } });
    expect(proxied.headers.get('strict-transport-security')).toBe(HSTS);
  });

  it('refuses an absurdly long address by field, before looking at the session', async () => {
    const response = await running.client().send('GET', `/api/v1/cases?q=${'a'.repeat(5000)}`);
    expect(response.status).toBe(400);
    const body = JSON.parse(response.text) as {
      error: { code: string; fields: { path: string; code: string }[] };
    };
    expect(body.error.code).toBe('validation_failed');
    expect(body.error.fields).toEqual([expect.objectContaining({ path: '(url)', code: 'too_long' })]);
    // Just under the limit is an ordinary (unauthenticated) request.
    expect((await running.client().send('GET', `/api/v1/cases?q=${'a'.repeat(3900)}`)).status).toBe(401);
  });

  it('refuses oversized headers and path parameters', async () => {
    const headers = await running
      .client()
      .send('GET', '/api/health', { headers: { 'x-padding': 'a'.repeat(20_000) } });
    expect(headers.status).toBe(431);
    const client = running.client();
    await client.signIn('supervision@demo.refugio.mx');
    const param = await client.send('GET', `/api/v1/cases/${'a'.repeat(150)}`);
    expect(param.status).toBe(404);
    expect(JSON.parse(param.text)).toEqual({ error: { code: 'not_found', message: 'No such address' } });
  });

  it('answers a path that is not valid percent-encoded UTF-8 in the API error shape, quoting nothing', async () => {
    const client = running.client();
    await client.signIn('supervision@demo.refugio.mx');
    // %C3 opens a two-byte sequence that "(" does not continue: no string decodes from it.
    const response = await client.send('GET', '/api/v1/cases/P%C3(rez');
    expect(response.status).toBe(400);
    const body = JSON.parse(response.text) as { error: { code: string; fields: { path: string }[] } };
    expect(body.error.code).toBe('validation_failed');
    expect(body.error.fields).toEqual([expect.objectContaining({ path: '(url)', code: 'invalid_url' })]);
    expect(response.text).not.toContain('rez');
  });

  it('refuses a body over the limit with 413 and the error shape', async () => {
    const client = running.client();
    await client.signIn('supervision@demo.refugio.mx');
    const response = await client.send('POST', '/api/v1/cases', {
      body: JSON.stringify({ pad: 'a'.repeat(3 * 1024 * 1024) }),
      contentType: 'application/json',
    });
    expect(response.status).toBe(413);
    expect(JSON.parse(response.text)).toEqual({
      error: { code: 'payload_too_large', message: expect.any(String) },
    });
  });
});

describe('HTTP hardening: HSTS when the deployment declares TLS', () => {
  let database: TestDatabase;
  let running: InventoriedApp;
  beforeAll(async () => {
    database = await openTestDatabase('pglite');
    running = await startInventoriedApp(database, { cookieSecure: true });
  });
  afterAll(async () => {
    await running.app.close();
    await database.close();
  });

  it('sends HSTS on every response when REFUGIO_COOKIE_SECURE=1 (TLS ends at a proxy)', async () => {
    const response = await testClient(running.baseUrl).send('GET', '/api/health');
    expect(response.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
  });
});

describe('HTTP hardening: a forwarded protocol is believed only from a trusted proxy', () => {
  let database: TestDatabase;
  let running: InventoriedApp;
  beforeAll(async () => {
    database = await openTestDatabase('pglite');
    running = await startInventoriedApp(database, { trustProxy: false });
  });
  afterAll(async () => {
    await running.app.close();
    await database.close();
  });

  it('ignores x-forwarded-proto when the proxy is not trusted', async () => {
    const response = await testClient(running.baseUrl).send('GET', '/api/health', {
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect(response.headers.get('strict-transport-security')).toBeNull();
  });
});
