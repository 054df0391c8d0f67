import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RouteOptions } from 'fastify';
import { z } from 'zod';
import { calendarSource } from '../../src/calendars/calendar-source';
import { profileSource } from '../../src/time-limit-rules/profile-source';
import { jurisdictionOf } from '../../src/countries/jurisdiction';
import { seedDemo } from '../../src/demo/demo-seed';
import { buildApp, type BuildAppOptions } from '../../src/http/app';
import { diskDocumentStore } from '../../src/files/disk-document-store';
import type { App } from '../../src/http/context';
import type { TestDatabase } from '../harness/engines';

/** A route as the app registered it, with the schemas its input is validated against. */
export interface InventoriedRoute {
  method: string;
  url: string;
  /** `config.public`: answers without a session (sign-in). */
  public: boolean;
  schema: {
    params?: unknown;
    querystring?: unknown;
    body?: unknown;
  };
}

/** `GET /api/v1/cases/:caseId`: how tables and messages name a route. */
export const routeKey = (route: { method: string; url: string }) => `${route.method} ${route.url}`;

export interface InventoriedApp {
  app: App;
  baseUrl: string;
  /** Every /api route, in registration order, one per method (HEAD, added by Fastify for GETs, left out). */
  routes: InventoriedRoute[];
  client(): TestClient;
}

export interface TestResponse {
  status: number;
  headers: Headers;
  text: string;
}

/** A browser-like client of its own: keeps its session cookie, sends what the web client sends. */
export interface TestClient {
  send(
    method: string,
    path: string,
    init?: { body?: string | Blob; contentType?: string; headers?: Record<string, string> },
  ): Promise<TestResponse>;
  json(method: string, path: string, body?: unknown): Promise<TestResponse>;
  signIn(email: string, password?: string): Promise<TestResponse>;
}

/**
 * The real app on a real port over the given database with the demo offices and users, like
 * running-app.ts, collecting every route it registers. Rate limits are off unless given.
 */
export async function startInventoriedApp(
  database: TestDatabase,
  options: { demoCases?: number; demo?: 'full'; cookieSecure?: boolean } & Pick<
    BuildAppOptions,
    'rateLimits' | 'trustProxy'
  > = {},
): Promise<InventoriedApp> {
  const { profile } = jurisdictionOf('MEX');
  const now = new Date('2026-11-20T12:00:00Z');
  // 'full': a smaller first-start demo (Tapachula's cases with interviews, records, assessments, decisions, appeals).
  await seedDemo(
    database.db,
    profile,
    options.demo === 'full' ? { now, cases: 14, records: true } : { cases: options.demoCases ?? 0, now },
  );
  const routes: InventoriedRoute[] = [];
  const documentsDir = mkdtempSync(join(tmpdir(), 'refugio-hardening-'));
  const onRoute = (route: RouteOptions) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    if (!route.url.startsWith('/api/')) return;
    for (const method of methods) {
      if (method === 'HEAD') continue;
      const schema = (route.schema ?? {}) as InventoriedRoute['schema'];
      routes.push({
        method,
        url: route.url,
        public: (route.config as { public?: boolean } | undefined)?.public === true,
        schema: { params: schema.params, querystring: schema.querystring, body: schema.body },
      });
    }
  };
  const app = await buildApp(
    {
      db: database.db,
      engine: database.engine,
      profile,
      calendars: calendarSource(profile.code),
      rules: profileSource(profile),
      sessionPolicy: { idleMinutes: 30, absoluteHours: 12 },
      cookieSecure: options.cookieSecure ?? false,
      documents: diskDocumentStore(documentsDir),
      maxUploadBytes: 20 * 1024 * 1024,
    },
    { onRoute, rateLimits: options.rateLimits ?? false, trustProxy: options.trustProxy ?? false },
  );
  app.addHook('onClose', async () => rmSync(documentsDir, { recursive: true, force: true }));
  await app.listen({ port: 0, host: '127.0.0.1' });
  const baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  return { app, baseUrl, routes, client: () => testClient(baseUrl) };
}

export function testClient(baseUrl: string): TestClient {
  // A cookie jar by name, as a browser keeps one: an answer that sets or clears one cookie (single
  // sign-on's short-lived cookie) leaves the session cookie alone.
  const jar = new Map<string, string>();
  const cookieHeader = () => [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
  const send: TestClient['send'] = async (method, path, init = {}) => {
    const response = await fetch(baseUrl + path, {
      method,
      headers: {
        'x-requested-with': 'refugio',
        ...(init.contentType ? { 'content-type': init.contentType } : {}),
        ...(jar.size > 0 ? { cookie: cookieHeader() } : {}),
        ...init.headers,
      },
      body: init.body,
      // A redirect is the route's answer (single sign-on's legs answer 303), not a page to follow.
      redirect: 'manual',
    });
    for (const set of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = set.split(';');
      const [name = '', value = ''] = pair.split(/=(.*)/s, 2).map((x) => x.trim());
      const cleared = value === '' || attributes.some((a) => /^\s*max-age=0\s*$/i.test(a));
      if (cleared) jar.delete(name);
      else jar.set(name, value);
    }
    return { status: response.status, headers: response.headers, text: await response.text() };
  };
  return {
    send,
    json: (method, path, body) =>
      send(
        method,
        path,
        body === undefined ? {} : { body: JSON.stringify(body), contentType: 'application/json' },
      ),
    signIn: (email, password = 'Refugio-demo-2026') =>
      send('POST', '/api/v1/session', {
        body: JSON.stringify({ email, password }),
        contentType: 'application/json',
      }),
  };
}

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  exclusiveMinimum?: number;
  maximum?: number;
  minItems?: number;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  default?: unknown;
};

/** A route schema (Zod) as JSON Schema of its input, or undefined when the route declares none. */
export function jsonSchemaOf(schema: unknown): JsonSchema | undefined {
  if (schema === undefined || schema === null) return undefined;
  return z.toJSONSchema(schema as z.ZodType, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
}

/**
 * A small value the schema accepts (as far as JSON Schema says: refinements are not known), with
 * ids taken from `ids` by property name, so a request reaches the policy instead of stopping at
 * validation.
 */
export function exampleOf(
  schema: JsonSchema | undefined,
  ids: Record<string, string> = {},
  name = '',
): unknown {
  if (!schema) return undefined;
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return schema.enum[0];
  if (schema.default !== undefined) return schema.default;
  const options = schema.anyOf ?? schema.oneOf;
  if (options) {
    const nonNull = options.find((o) => o.type !== 'null') ?? options[0];
    return exampleOf(nonNull, ids, name);
  }
  if (schema.allOf?.[0]) return exampleOf(schema.allOf[0], ids, name);
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  switch (type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const key of schema.required ?? []) out[key] = exampleOf(schema.properties?.[key], ids, key);
      return out;
    }
    case 'array':
      return Array.from({ length: schema.minItems ?? 0 }, () => exampleOf(schema.items, ids, name));
    case 'integer':
    case 'number':
      return Math.max(schema.minimum ?? 1, (schema.exclusiveMinimum ?? 0) + 1);
    case 'boolean':
      return false;
    case 'null':
      return null;
    case 'string':
      switch (schema.format) {
        case 'uuid':
          return ids[name] ?? ids[name.replace(/Ids?$/, 'Id')] ?? crypto.randomUUID();
        case 'date':
          return '2026-11-23';
        case 'date-time':
          return '2026-11-23T16:00:00.000Z';
        case 'email':
          return 'persona@example.org';
        case undefined:
        default:
          return 'x'.repeat(Math.max(schema.minLength ?? 1, Math.min(12, schema.maxLength ?? 12)));
      }
    case undefined:
    default:
      return null;
  }
}
