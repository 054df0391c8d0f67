import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../harness/engines';
import { startInventoriedApp, type InventoriedApp, type TestResponse } from './route-inventory';

const expectRateLimited = (response: TestResponse) => {
  expect(response.status).toBe(429);
  expect(Number(response.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
  expect(Number(response.headers.get('retry-after'))).toBeLessThanOrEqual(60);
  expect(JSON.parse(response.text)).toEqual({ error: { code: 'rate_limited', message: expect.any(String) } });
};

describe('HTTP hardening: sign-in attempts are limited per e-mail and per address', () => {
  let database: TestDatabase;
  let running: InventoriedApp;
  beforeAll(async () => {
    database = await openTestDatabase('pglite');
    running = await startInventoriedApp(database, {
      rateLimits: {
        signInPerAddress: 5,
        signInPerEmail: 3,
        listsPerUser: 1000,
        requestsPerUser: 1000,
        windowMs: 60_000,
      },
    });
  });
  afterAll(async () => {
    await running.app.close();
    await database.close();
  });

  it('refuses the attempt past the e-mail limit even with the right password, then the address', async () => {
    const client = running.client();
    for (let i = 0; i < 3; i++)
      expect((await client.signIn('registro@demo.refugio.mx', 'wrong-password-123')).status).toBe(401);
    // Spelled differently, the same account: one counter.
    const fourth = await client.signIn(' REGISTRO@demo.refugio.mx');
    expectRateLimited(fourth);
    expect(fourth.headers.get('set-cookie')).toBeNull();
    // Another account from the same address: the fifth attempt of the address is still allowed…
    expect((await client.signIn('supervision@demo.refugio.mx')).status).toBe(200);
    // …the sixth is not, whatever the account.
    expectRateLimited(await client.signIn('calidad@demo.refugio.mx'));
  });
});

describe('HTTP hardening: both legs of single sign-on count against the address', () => {
  let database: TestDatabase;
  let running: InventoriedApp;
  beforeAll(async () => {
    database = await openTestDatabase('pglite');
    running = await startInventoriedApp(database, {
      rateLimits: {
        signInPerAddress: 4,
        signInPerEmail: 3,
        listsPerUser: 1000,
        requestsPerUser: 1000,
        windowMs: 60_000,
      },
    });
  });
  afterAll(async () => {
    await running.app.close();
    await database.close();
  });

  it('answers the fifth start or callback from one address with 429', async () => {
    const client = running.client();
    for (const leg of ['start', 'callback', 'start', 'callback'])
      expect((await client.send('GET', `/api/v1/sso/${leg}`)).status).toBe(303);
    expectRateLimited(await client.send('GET', '/api/v1/sso/start'));
    // Whether the button shows is no attempt.
    expect((await client.send('GET', '/api/v1/sso')).status).toBe(200);
  });
});

describe('HTTP hardening: searches, lists and all requests are limited per user', () => {
  let database: TestDatabase;
  let running: InventoriedApp;
  beforeAll(async () => {
    database = await openTestDatabase('pglite');
    running = await startInventoriedApp(database, {
      rateLimits: {
        signInPerAddress: 100,
        signInPerEmail: 100,
        listsPerUser: 4,
        requestsPerUser: 8,
        windowMs: 60_000,
      },
    });
  });
  afterAll(async () => {
    await running.app.close();
    await database.close();
  });

  it('refuses the search past the list limit; other reads and other users go on', async () => {
    const officer = running.client();
    await officer.signIn('registro@demo.refugio.mx');
    for (let i = 0; i < 4; i++)
      expect((await officer.send('GET', `/api/v1/cases?q=perez${i}`)).status).toBe(200);
    expectRateLimited(await officer.send('GET', '/api/v1/cases'));
    expectRateLimited(await officer.send('GET', '/api/v1/deadlines'));
    expect((await officer.send('GET', '/api/v1/session')).status).toBe(200);

    const colleague = running.client();
    await colleague.signIn('registro.cdmx@demo.refugio.mx');
    expect((await colleague.send('GET', '/api/v1/cases')).status).toBe(200);
  });

  it('refuses any request past the per-user ceiling', async () => {
    const user = running.client();
    await user.signIn('supervision@demo.refugio.mx');
    const statuses: number[] = [];
    for (let i = 0; i < 9; i++) statuses.push((await user.send('GET', '/api/v1/session')).status);
    expect(statuses.slice(0, 8)).toEqual(Array(8).fill(200));
    expectRateLimited(await user.send('GET', '/api/v1/reference'));
  });
});
