import { afterAll, beforeAll, expect, it } from 'vitest';
import type { TemplateList, TemplateView } from '@refugio/contract';
import { describeEachEngine } from '../harness/engines';
import { startApp, type HttpClient, type RunningApp } from './running-app';

interface ErrorBody {
  error: { code: string; message: string; fields?: { path: string; code: string }[] };
}

const someId = '6f1c1d38-4a2e-4f52-9d4c-2f0f3b1a9e11';
const draft = {
  kind: 'decision',
  outcome: 'recognized',
  language: 'spa',
  title: 'Resolución de reconocimiento',
  body: [{ type: 'paragraph', text: 'Se reconoce a {{applicant.fullName}}.' }],
  source: 'Modelo de la autoridad',
};

const routes: [method: string, path: string, body?: unknown][] = [
  ['GET', '/api/v1/templates'],
  ['GET', '/api/v1/template-fields'],
  ['GET', `/api/v1/templates/${someId}`],
  ['POST', '/api/v1/templates', draft],
  ['PUT', `/api/v1/templates/${someId}`, { version: 1, title: 't', body: draft.body, source: 's' }],
  ['POST', `/api/v1/templates/${someId}/activate`, { version: 1 }],
  ['POST', `/api/v1/templates/${someId}/retire`, { version: 1 }],
  ['POST', `/api/v1/templates/${someId}/preview.pdf`],
];

describeEachEngine('HTTP: model resolutions', (database) => {
  let running: RunningApp;
  let anonymous: HttpClient;
  let admin: HttpClient;
  let officer: HttpClient;
  let auditor: HttpClient;

  beforeAll(async () => {
    running = await startApp(database(), { demoCases: 0 });
    anonymous = running.client();
    admin = running.client();
    officer = running.client();
    auditor = running.client();
    expect((await admin.signIn('admin@demo.refugio.mx')).status).toBe(200);
    expect((await officer.signIn('elegibilidad@demo.refugio.mx')).status).toBe(200);
    expect((await auditor.signIn('auditoria@demo.refugio.mx')).status).toBe(200);
  });
  afterAll(async () => {
    await running.app.close();
  });

  it.each(routes)('%s %s answers 401 without a session', async (method, path, body) => {
    const response = await anonymous.json<ErrorBody>(method, path, body);
    expect(response.status).toBe(401);
  });

  it('lists the shipped models to an officer, who may not write one (403)', async () => {
    const list = await officer.json<TemplateList>('GET', '/api/v1/templates?kind=decision&status=active');
    expect(list.status).toBe(200);
    expect(list.body.templates.map((t) => t.outcome).sort()).toEqual([
      'complementary_protection',
      'recognized',
      'rejected',
    ]);
    expect((await officer.json<ErrorBody>('POST', '/api/v1/templates', draft)).status).toBe(403);
    expect((await auditor.json<ErrorBody>('GET', '/api/v1/templates')).status).toBe(403);
  });

  it.each([
    [
      'an unknown placeholder',
      { ...draft, body: [{ type: 'paragraph', text: '{{case.colour}}' }] },
      'body.0.text',
    ],
    ['an unknown block type', { ...draft, body: [{ type: 'table', text: 'x' }] }, 'body.0.type'],
    ['no title', { ...draft, title: '' }, 'title'],
    ['a language that is not ISO 639-3', { ...draft, language: 'es' }, 'language'],
    ['a decision with no outcome', { ...draft, outcome: null }, 'outcome'],
  ])('answers 400 naming the field for %s', async (_label, body, field) => {
    const response = await admin.json<ErrorBody>('POST', '/api/v1/templates', body);
    expect(response.status).toBe(400);
    expect(response.body.error.fields?.map((f) => f.path)).toContain(field);
  });

  it('creates, activates and previews a template; a stale version is a 409', async () => {
    const created = await admin.json<TemplateView>('POST', '/api/v1/templates', {
      ...draft,
      language: 'eng',
    });
    expect(created.status).toBe(201);
    const stale = await admin.json<ErrorBody>('POST', `/api/v1/templates/${created.body.id}/activate`, {
      version: 9,
    });
    expect(stale.status).toBe(409);
    const active = await admin.json<TemplateView>('POST', `/api/v1/templates/${created.body.id}/activate`, {
      version: created.body.version,
    });
    expect(active.body.status).toBe('active');
    const edit = await admin.json<ErrorBody>('PUT', `/api/v1/templates/${created.body.id}`, {
      version: active.body.version,
      title: 'Otra',
      body: draft.body,
      source: 's',
    });
    expect(edit.status).toBe(409);
    const pdf = await officer.request('POST', `/api/v1/templates/${created.body.id}/preview.pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    expect((await admin.json('GET', `/api/v1/templates/${someId}`)).status).toBe(404);
  });
});
