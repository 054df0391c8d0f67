import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiFailure, request } from './client';

// A real HTTP server that records what the client sent and answers like Refugio's API would.
let server: Server;
let base = '';
const seen: { method: string; headers: IncomingHttpHeaders }[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push({ method: req.method ?? '', headers: req.headers });
    res.setHeader('content-type', 'application/json');
    if (req.url === '/limited') {
      res.statusCode = 429;
      res.setHeader('retry-after', '30');
      res.end(JSON.stringify({ error: { code: 'rate_limited', message: 'Too many requests' } }));
      return;
    }
    if (req.headers['x-requested-with'] !== 'refugio') {
      res.statusCode = 403;
      res.end(JSON.stringify({ error: { code: 'csrf', message: 'refused' } }));
      return;
    }
    res.end(JSON.stringify({ ok: true }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('request', () => {
  it('sends the anti-forgery header with reads and changes', async () => {
    seen.length = 0;
    await request(`${base}/api/v1/cases`);
    await request(`${base}/api/v1/cases`, { method: 'POST', body: { a: 1 } });
    await request(`${base}/api/v1/session`, { method: 'DELETE' });
    expect(seen.map((s) => [s.method, s.headers['x-requested-with']])).toEqual([
      ['GET', 'refugio'],
      ['POST', 'refugio'],
      ['DELETE', 'refugio'],
    ]);
    expect(seen[1]!.headers['content-type']).toBe('application/json');
  });

  it('is never refused for want of the header, and reports a rate limit by its code', async () => {
    const bare = await fetch(`${base}/x`, { method: 'POST' });
    expect(bare.status).toBe(403);
    await expect(request(`${base}/api/v1/cases`, { method: 'PUT', body: {} })).resolves.toBeUndefined();
    const limited = await request(`${base}/limited`).catch((error: unknown) => error);
    expect(limited).toBeInstanceOf(ApiFailure);
    expect((limited as ApiFailure).code).toBe('rate_limited');
    expect((limited as ApiFailure).status).toBe(429);
  });
});
