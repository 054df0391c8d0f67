import { afterAll, beforeAll, expect, it } from 'vitest';
import type { RegisteredCase } from '@refugio/contract';
import { describeEachEngine } from '../harness/engines';
import { familyOfThree } from '../fixtures/applications';
import { startApp, type HttpClient, type RunningApp } from './running-app';

interface ErrorBody {
  error: { code: string; message: string; fields?: { path: string; code: string }[] };
}

const someId = '6f1c1d38-4a2e-4f52-9d4c-2f0f3b1a9e11';
const extension = { version: 1, reason: 'health', length: 5, note: '' };
const declared = { date: '2026-12-01', reason: 'Cierre', legalBasis: 'Acuerdo COMAR/02/2026' };
const suspension = { scope: 'authority', startsOn: '2026-12-01', legalBasis: 'Acuerdo', reason: 'Obras' };
const rule = {
  limit: 'appeal_decision',
  startsOn: 'appeal_lodged',
  metBy: 'appeal_decided',
  length: 30,
  unit: 'working_days',
  whose: 'administration',
  legalBasis: 'Acuerdo',
  source: 'DOF',
  effectiveFrom: '2027-01-01',
};

// Every route of the deadline, calendar and triage features, with a body the schema accepts.
const routes: [method: string, path: string, body?: unknown][] = [
  ['GET', '/api/v1/deadlines'],
  ['GET', '/api/v1/deadlines?status=overdue&within=5'],
  ['POST', `/api/v1/cases/${someId}/deadlines/first_instance_decision/extensions`, extension],
  ['POST', `/api/v1/cases/${someId}/track`, { version: 1, track: 'regular', reason: 'x' }],
  ['GET', '/api/v1/cases?sort=nextDeadline&deadline=overdue'],
  ['GET', '/api/v1/calendar?year=2026'],
  ['POST', '/api/v1/calendar/declared-days', declared],
  ['POST', `/api/v1/calendar/declared-days/${someId}/withdraw`, { reason: 'x' }],
  ['GET', '/api/v1/clock-suspensions'],
  ['POST', '/api/v1/clock-suspensions', suspension],
  ['POST', `/api/v1/clock-suspensions/${someId}/lift`, { version: 1, endsOn: '2026-12-02' }],
  ['POST', `/api/v1/clock-suspensions/${someId}/withdraw`, { version: 1, reason: 'x' }],
  ['GET', `/api/v1/clock-recomputations/${someId}`],
  ['GET', '/api/v1/time-limit-rules'],
  ['POST', '/api/v1/time-limit-rules', rule],
  ['POST', `/api/v1/time-limit-rules/${someId}/withdraw`, { reason: 'x' }],
];

describeEachEngine('HTTP: deadline, calendar and triage routes refuse what they must', (database) => {
  let running: RunningApp;
  let anonymous: HttpClient;
  let supervisor: HttpClient;
  let admin: HttpClient;
  let caseId: string;

  beforeAll(async () => {
    running = await startApp(database());
    anonymous = running.client();
    supervisor = running.client();
    admin = running.client();
    const registration = running.client();
    expect((await supervisor.signIn('supervision@demo.refugio.mx')).status).toBe(200);
    expect((await admin.signIn('admin@demo.refugio.mx')).status).toBe(200);
    expect((await registration.signIn('registro@demo.refugio.mx')).status).toBe(200);
    const created = await registration.json<RegisteredCase>('POST', '/api/v1/cases', familyOfThree());
    expect(created.status).toBe(201);
    caseId = created.body.id;
  });
  afterAll(async () => {
    await running.app.close();
  });

  it.each(routes)('%s %s answers 401 without a session', async (method, path, body) => {
    const response = await anonymous.json<ErrorBody>(method, path, body);
    expect(response.status).toBe(401);
    expect(response.body.error.code).toBe('unauthenticated');
  });

  const extend = (body: unknown, limit = 'first_instance_decision', id = caseId) =>
    supervisor.request('POST', `/api/v1/cases/${id}/deadlines/${limit}/extensions`, body);
  const track = (body: unknown) => supervisor.request('POST', `/api/v1/cases/${caseId}/track`, body);
  const declare = (body: unknown) => admin.request('POST', '/api/v1/calendar/declared-days', body);
  const recordRule = (body: unknown) => admin.request('POST', '/api/v1/time-limit-rules', body);

  const bad: [label: string, send: () => Promise<Response>, field: string][] = [
    [
      'an extension reason the law does not list',
      () => extend({ ...extension, reason: 'workload' }),
      'reason',
    ],
    ['an extension of no days', () => extend({ ...extension, length: 0 }), 'length'],
    ['an extension longer than the law allows', () => extend({ ...extension, length: 46 }), 'length'],
    ['an extension of a fraction of a day', () => extend({ ...extension, length: 1.5 }), 'length'],
    ['an extension without version', () => extend({ reason: 'health', length: 5, note: '' }), 'version'],
    ['an extension of an unknown limit', () => extend(extension, 'coffee_break'), 'limit'],
    ['an extension on a malformed case id', () => extend(extension, undefined, 'not-a-uuid'), 'caseId'],
    ['an extension body that is not JSON', () => extend('{"version": 1,'), '(body)'],
    ['an unknown track', () => track({ version: 1, track: 'express', reason: 'x' }), 'track'],
    ['a track change without reason', () => track({ version: 1, track: 'regular', reason: '' }), 'reason'],
    ['the track the case is on', () => track({ version: 1, track: 'prioritised', reason: 'x' }), 'track'],
    ['a track change without version', () => track({ track: 'regular', reason: 'x' }), 'version'],
    ['an impossible declared date', () => declare({ ...declared, date: '2026-02-30' }), 'date'],
    ['a declared day without legal basis', () => declare({ date: '2026-12-01', reason: 'x' }), 'legalBasis'],
    ['a declared day without reason', () => declare({ ...declared, reason: '' }), 'reason'],
    ['a 1 MB reason', () => declare({ ...declared, reason: 'a'.repeat(1024 * 1024) }), 'reason'],
    ['control characters', () => declare({ ...declared, legalBasis: 'Acuerdo\u0000' }), 'legalBasis'],
    [
      'a withdrawal of a malformed id',
      () => admin.request('POST', '/api/v1/calendar/declared-days/not-a-uuid/withdraw', { reason: 'x' }),
      'id',
    ],
    [
      'a withdrawal without reason',
      () => admin.request('POST', `/api/v1/calendar/declared-days/${someId}/withdraw`, { reason: ' ' }),
      'reason',
    ],
    ['a rule for a limit that does not exist', () => recordRule({ ...rule, limit: 'coffee' }), 'limit'],
    ['a rule of no days', () => recordRule({ ...rule, length: 0 }), 'length'],
    ['a rule in weeks', () => recordRule({ ...rule, unit: 'weeks' }), 'unit'],
    ['a rule without legal basis', () => recordRule({ ...rule, legalBasis: '' }), 'legalBasis'],
    [
      'a rule from an impossible date',
      () => recordRule({ ...rule, effectiveFrom: '2027-02-30' }),
      'effectiveFrom',
    ],
    ['a rule met by its own start', () => recordRule({ ...rule, metBy: 'appeal_lodged' }), 'metBy'],
    [
      'a rule from an event no step records',
      () => recordRule({ ...rule, startsOn: 'cessation_opened' }),
      'startsOn',
    ],
    [
      'a rule keeping an extension it never had',
      () => recordRule({ ...rule, extension: 'previous' }),
      'extension',
    ],
    [
      'a rule withdrawal without reason',
      () => admin.request('POST', `/api/v1/time-limit-rules/${someId}/withdraw`, { reason: '' }),
      'reason',
    ],
    ['a calendar without year', () => supervisor.request('GET', '/api/v1/calendar'), 'year'],
    ['a calendar year in words', () => supervisor.request('GET', '/api/v1/calendar?year=dos-mil'), 'year'],
    ['a negative window', () => supervisor.request('GET', '/api/v1/deadlines?within=-1'), 'within'],
    [
      'an unknown dashboard status',
      () => supervisor.request('GET', '/api/v1/deadlines?status=late'),
      'status',
    ],
    ['an unknown stage', () => supervisor.request('GET', '/api/v1/deadlines?stage=limbo'), 'stage'],
    ['an unknown limit', () => supervisor.request('GET', '/api/v1/deadlines?limit=coffee'), 'limit'],
    ['a malformed office', () => supervisor.request('GET', '/api/v1/deadlines?officeId=TAP'), 'officeId'],
    ['a huge page', () => supervisor.request('GET', '/api/v1/deadlines?pageSize=5000'), 'pageSize'],
    [
      'an unknown case deadline filter',
      () => supervisor.request('GET', '/api/v1/cases?deadline=late'),
      'deadline',
    ],
    ['a case window beyond a year', () => supervisor.request('GET', '/api/v1/cases?within=999'), 'within'],
    ['an unknown case sort', () => supervisor.request('GET', '/api/v1/cases?sort=dueDate'), 'sort'],
  ];

  it.each(bad)('answers 400 naming the field for %s, without a stack trace', async (_label, send, field) => {
    const response = await send();
    const text = await response.text();
    expect(response.status).toBe(400);
    const body = JSON.parse(text) as ErrorBody;
    expect(body.error.code).toBe('validation_failed');
    expect(body.error.fields?.map((f) => f.path)).toContain(field);
    expect(text).not.toMatch(/\n\s+at |node_modules|\.ts:\d+/);
  });

  it('only an administrator records a time-limit rule; officers read them', async () => {
    const refused = await supervisor.json<ErrorBody>('POST', '/api/v1/time-limit-rules', rule);
    expect(refused.status).toBe(403);
    const list = await supervisor.json<{ canManage: boolean; limits: { id: string }[] }>(
      'GET',
      '/api/v1/time-limit-rules',
    );
    expect(list.status).toBe(200);
    expect(list.body.canManage).toBe(false);
    expect(list.body.limits.map((l) => l.id)).toContain('appeal_decision');
  });

  it('changes nothing after all those refusals', async () => {
    const file = await supervisor.json<{ version: number; events: unknown[]; triage: { track: string } }>(
      'GET',
      `/api/v1/cases/${caseId}`,
    );
    expect([file.body.version, file.body.events.length, file.body.triage.track]).toEqual([
      1,
      1,
      'prioritised',
    ]);
    const calendar = await admin.json<{ declared: unknown[] }>('GET', '/api/v1/calendar?year=2026');
    expect(calendar.body.declared).toEqual([]);
  });

  it('answers 404, not 500, for a declared day or a recomputation that does not exist', async () => {
    const withdraw = await admin.json<ErrorBody>(
      'POST',
      `/api/v1/calendar/declared-days/${someId}/withdraw`,
      {
        reason: 'x',
      },
    );
    expect([withdraw.status, withdraw.body.error.code]).toEqual([404, 'not_found']);
    const progress = await admin.json<ErrorBody>('GET', `/api/v1/clock-recomputations/${someId}`);
    expect(progress.status).toBe(404);
  });

  it('lists the new paths in the OpenAPI document', async () => {
    const doc = await anonymous.json<{ paths: Record<string, Record<string, unknown>> }>(
      'GET',
      '/api/openapi.json',
    );
    expect(doc.status).toBe(200);
    const operations = Object.entries(doc.body.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((m) => `${m.toUpperCase()} ${path}`),
    );
    expect(operations).toEqual(
      expect.arrayContaining([
        'GET /api/v1/deadlines',
        'POST /api/v1/cases/{caseId}/deadlines/{limit}/extensions',
        'POST /api/v1/cases/{caseId}/track',
        'GET /api/v1/calendar',
        'POST /api/v1/calendar/declared-days',
        'POST /api/v1/calendar/declared-days/{id}/withdraw',
        'GET /api/v1/clock-suspensions',
        'POST /api/v1/clock-suspensions',
        'POST /api/v1/clock-suspensions/{id}/lift',
        'POST /api/v1/clock-suspensions/{id}/correct',
        'POST /api/v1/clock-suspensions/{id}/withdraw',
        'GET /api/v1/clock-recomputations/{id}',
      ]),
    );
    // The case list documents its new query parameters.
    const list = doc.body.paths['/api/v1/cases']!.get as { parameters: { name: string }[] };
    expect(list.parameters.map((p) => p.name)).toEqual(
      expect.arrayContaining(['deadline', 'within', 'sort']),
    );
  });
});
