import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { openTestDatabase, type TestDatabase } from '../harness/engines';
import {
  exampleOf,
  jsonSchemaOf,
  routeKey,
  startInventoriedApp,
  type InventoriedApp,
  type InventoriedRoute,
  type TestClient,
} from './route-inventory';

/**
 * Malformed input to every route with a schema, as a signed-in administrator and supervisor: the
 * answer is never a 5xx, never shows a stack frame or SQL, and a 400 names its fields. Runs are
 * bounded; set REFUGIO_FUZZ_SEED to replay a failure (the seed is printed), REFUGIO_FUZZ_RUNS for more.
 */
const seed = Number(process.env.REFUGIO_FUZZ_SEED ?? Date.now() % 2_147_483_647);
const runsPerRoute = Number(process.env.REFUGIO_FUZZ_RUNS ?? 4);

const weirdStrings = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    'a\u0000b',
    '\uFEFF',
    '\u202Eevil',
    '\uD800',
    '😀👨‍👩‍👧',
    'Ǆ̈́̈́',
    '../../etc/passwd',
    "'; drop table cases; --",
    '%00',
    '2026-02-30',
    '2026-13-01',
    '0000-00-00',
    '9999-12-31T99:99:99Z',
    'not-a-uuid',
    '00000000-0000-0000-0000-00000000000g',
    'NaN',
    'Infinity',
    '-1',
    '1e309',
    'true',
    'null',
    '{"$ne":null}',
    '__proto__',
  ),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.integer({ min: 1, max: 200_000 }).map((n) => 'x'.repeat(n)),
);

const weirdValues: fc.Arbitrary<unknown> = fc.oneof(
  weirdStrings,
  fc.constantFrom(-1, 0, -0, 1.5, 2 ** 53 + 2, -(2 ** 63), 1e308, null, true, false, [], {}),
  fc.integer(),
  fc.double(),
  fc.array(weirdStrings, { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 8 }), weirdStrings, { maxKeys: 3 }),
);

const deep = (depth: number, kind: 'array' | 'object') =>
  kind === 'array' ? '['.repeat(depth) + ']'.repeat(depth) : '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);

type Mutation = (value: Record<string, unknown>, keys: string[]) => Record<string, unknown>;

/** Changes to a valid-looking object: a field dropped, retyped, an unknown one added, prototype keys. */
const objectMutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.nat().map((i): Mutation => (v, keys) => {
    const copy = { ...v };
    if (keys.length) delete copy[keys[i % keys.length]!];
    return copy;
  }),
  fc.tuple(fc.nat(), weirdValues).map(
    ([i, w]): Mutation =>
      (v, keys) =>
        keys.length ? { ...v, [keys[i % keys.length]!]: w } : { ...v, extra: w },
  ),
  fc
    .tuple(fc.string({ maxLength: 12 }), weirdValues)
    .map(([k, w]): Mutation => (v) => ({ ...v, [k || 'extra']: w })),
  fc.constant<Mutation>((v) =>
    JSON.parse(
      `{"__proto__":{"polluted":1},"constructor":{"prototype":{"x":1}},${JSON.stringify(v).slice(1)}`.replace(
        ',}',
        '}',
      ),
    ),
  ),
);

interface Malformed {
  params: Record<string, string>;
  query: string;
  body: string | undefined;
  contentType: string | undefined;
}

function paramNames(url: string): string[] {
  return [...url.matchAll(/:(\w+)/g)].map((m) => m[1]!);
}

function malformedFor(route: InventoriedRoute): fc.Arbitrary<Malformed> {
  const bodySchema = jsonSchemaOf(route.schema.body);
  const querySchema = jsonSchemaOf(route.schema.querystring) as
    { properties?: Record<string, unknown> } | undefined;
  const valid = (exampleOf(bodySchema) ?? {}) as Record<string, unknown>;
  const bodyKeys = typeof valid === 'object' && valid !== null ? Object.keys(valid) : [];
  const queryKeys = Object.keys(querySchema?.properties ?? {});

  const params = fc.record(
    Object.fromEntries(
      paramNames(route.url).map((name) => [
        name,
        fc.oneof(
          weirdStrings.map((s) => s.slice(0, 300)),
          fc.uuid().map(String),
        ),
      ]),
    ),
  ) as fc.Arbitrary<Record<string, string>>;

  const query = fc
    .array(
      fc.tuple(
        queryKeys.length
          ? fc.oneof(fc.constantFrom(...queryKeys), fc.string({ maxLength: 6 }))
          : fc.string({ maxLength: 6 }),
        weirdStrings.map((s) => s.slice(0, 1500)),
      ),
      { maxLength: 4 },
    )
    .map((pairs) => (pairs.length ? `?${new URLSearchParams(pairs).toString()}` : ''));

  const body: fc.Arbitrary<string | undefined> =
    route.method === 'GET' || route.method === 'DELETE'
      ? fc.constant(undefined)
      : fc.oneof(
          { weight: 5, arbitrary: objectMutation.map((m) => JSON.stringify(m(valid, bodyKeys))) },
          {
            weight: 1,
            arbitrary: fc.constantFrom('', 'null', '[]', '"text"', '{', '{"a":1,}', '1', '\u0000'),
          },
          { weight: 1, arbitrary: fc.constantFrom(deep(5_000, 'array'), deep(5_000, 'object')) },
          {
            weight: 1,
            arbitrary: weirdValues.map((v) =>
              JSON.stringify({ ...valid, ...(typeof v === 'object' && v !== null ? v : { v }) }),
            ),
          },
        );

  const contentType = fc.oneof(
    { weight: 8, arbitrary: fc.constant('application/json') },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        undefined,
        'text/plain',
        'application/x-www-form-urlencoded',
        'multipart/form-data; boundary=x',
        'application/octet-stream',
        'application/json; charset=utf-16',
        'application/xml',
      ),
    },
  );

  return fc.record({ params, query, body, contentType });
}

const STACK = /\n\s+at .+[:(]\d+|\bat (async )?[\w.<>]+ \(.+:\d+:\d+\)/;
const SQL =
  /\b(select|insert into|update|delete from)\b[\s\S]{0,200}\b(from|where|values|set)\b|syntax error at or near|violates (check|foreign key|unique|not-null) constraint|relation "\w+"/i;

function checkAnswer(status: number, text: string, where: string) {
  expect(status, `${where}: ${text.slice(0, 300)}`).toBeLessThan(500);
  expect(text, where).not.toMatch(STACK);
  expect(text, where).not.toMatch(SQL);
  if (status === 400) {
    const body = JSON.parse(text) as {
      error: { code: string; fields?: { path: string; message: string }[] };
    };
    expect(body.error.code, where).toBe('validation_failed');
    expect(body.error.fields?.length, `${where}: a 400 names its fields`).toBeGreaterThan(0);
    for (const field of body.error.fields ?? []) expect(field.path, where).not.toBe('');
  }
}

describe('malformed input to every route', () => {
  let database: TestDatabase;
  let running: InventoriedApp;
  const users: Record<string, TestClient> = {};

  beforeAll(async () => {
    database = await openTestDatabase('pglite');
    running = await startInventoriedApp(database, { demoCases: 2 });
    for (const email of ['admin@demo.refugio.mx', 'supervision@demo.refugio.mx']) {
      users[email] = running.client();
      expect((await users[email].signIn(email)).status).toBe(200);
    }
    console.warn(
      `route fuzz seed: ${seed} (REFUGIO_FUZZ_SEED=${seed} replays it), ${runsPerRoute} runs per route and user`,
    );
  }, 120_000);
  afterAll(async () => {
    await running?.app.close();
    await database?.close();
  });

  /**
   * A lone UTF-16 surrogate has no UTF-8 form: a browser sends U+FFFD for it (as `encodeURI` would
   * refuse it), so the fuzzer does too. (Raw invalid UTF-8 in a path, %ED%A0%80, gets Fastify's own
   * 400 without Refugio's error shape: noted, not yet handled.)
   */
  const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
  const pathSegment = (value: string) => encodeURIComponent(value.replace(LONE_SURROGATE, '\ufffd'));

  it('never answers 5xx, a stack trace or SQL; a 400 names fields', { timeout: 120_000 }, async () => {
    const routes = running.routes.filter(
      (r) =>
        r.url.startsWith('/api/v1/') &&
        (r.schema.params || r.schema.querystring || r.schema.body) &&
        // Signing out would end the fuzzing session itself.
        !(r.method === 'DELETE' && r.url === '/api/v1/session'),
    );
    expect(routes.length).toBeGreaterThan(50);
    for (const [email, client] of Object.entries(users)) {
      for (const route of routes) {
        await fc.assert(
          fc.asyncProperty(malformedFor(route), async (input) => {
            const path = route.url.replace(/:(\w+)/g, (_, name: string) =>
              pathSegment(input.params[name] ?? ''),
            );
            const response = await client.send(route.method, path + input.query, {
              body: input.body,
              contentType: input.body === undefined ? undefined : input.contentType,
            });
            checkAnswer(
              response.status,
              response.text,
              `${email} ${routeKey(route)} ${path}${input.query.slice(0, 200)}`,
            );
          }),
          { numRuns: runsPerRoute, seed, endOnFailure: true },
        );
      }
      // The session survived everything thrown at it.
      expect((await client.send('GET', '/api/v1/session')).status, email).toBe(200);
    }
  });
});
