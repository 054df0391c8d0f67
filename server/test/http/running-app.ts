import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { calendarSource } from '../../src/calendars/calendar-source';
import { profileSource } from '../../src/time-limit-rules/profile-source';
import { jurisdictionOf } from '../../src/countries/jurisdiction';
import { seedDemo } from '../../src/demo/demo-seed';
import { buildApp, type BuildAppOptions } from '../../src/http/app';
import { diskDocumentStore } from '../../src/files/disk-document-store';
import type { App } from '../../src/http/context';
import type { TestDatabase } from '../harness/engines';

export interface RunningApp {
  app: App;
  baseUrl: string;
  /** The directory of this app's encrypted documents (removed when the app closes). */
  documentsDir?: string;
  /** A client that keeps its own session cookie, like one browser. */
  client(): HttpClient;
}

export interface HttpClient {
  /** A Buffer body is sent as it is (uploads); anything else as JSON. */
  request(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Response>;
  json<T = unknown>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }>;
  signIn(email: string, password?: string): Promise<Response>;
}

/** The real app on a real port over the given test database, with the demo offices and users. */
export async function startApp(
  database: TestDatabase,
  options: { demoCases?: number; maxUploadBytes?: number; appOptions?: BuildAppOptions } = {},
): Promise<RunningApp> {
  const { profile } = jurisdictionOf('MEX');
  await seedDemo(database.db, profile, {
    cases: options.demoCases ?? 4,
    now: new Date('2026-11-20T12:00:00Z'),
  });
  const documentsDir = mkdtempSync(join(tmpdir(), 'refugio-documents-'));
  const app = await buildApp(
    {
      db: database.db,
      engine: database.engine,
      profile,
      calendars: calendarSource(profile.code),
      rules: profileSource(profile),
      sessionPolicy: { idleMinutes: 30, absoluteHours: 12 },
      cookieSecure: false,
      documents: diskDocumentStore(documentsDir),
      maxUploadBytes: options.maxUploadBytes ?? 20 * 1024 * 1024,
    },
    options.appOptions,
  );
  app.addHook('onClose', async () => rmSync(documentsDir, { recursive: true, force: true }));
  await app.listen({ port: 0, host: '127.0.0.1' });
  const baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  return { app, baseUrl, documentsDir, client: () => httpClient(baseUrl) };
}

function httpClient(baseUrl: string): HttpClient {
  let cookie = '';
  const request: HttpClient['request'] = async (method, path, body, headers = {}) => {
    const response = await fetch(baseUrl + path, {
      method,
      headers: {
        ...(body !== undefined && !(body instanceof Uint8Array)
          ? { 'content-type': 'application/json' }
          : {}),
        ...(cookie ? { cookie } : {}),
        // What the web app sends with every request (web/src/api/client.ts).
        'x-requested-with': 'refugio',
        ...headers,
      },
      body:
        body === undefined
          ? undefined
          : body instanceof Uint8Array
            ? new Uint8Array(body)
            : typeof body === 'string'
              ? body
              : JSON.stringify(body),
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
