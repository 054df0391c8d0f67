import { afterAll, beforeAll, expect, it } from 'vitest';
import type { CaseDecisions, DecisionView, RegisteredCase } from '@refugio/contract';
import { describeEachEngine } from '../harness/engines';
import { familyOfThree } from '../fixtures/applications';
import { startApp, type HttpClient, type RunningApp } from './running-app';

interface ErrorBody {
  error: { code: string; message: string; fields?: { path: string; code: string }[] };
}

const someId = '6f1c1d38-4a2e-4f52-9d4c-2f0f3b1a9e11';
const step = { version: 1, caseVersion: 1 };
const notification = {
  ...step,
  personId: someId,
  notifiedOn: '2026-11-21',
  method: 'in_person',
  proofKind: 'signed_acknowledgement',
  proofReference: 'Acuse',
};

const routes: [method: string, path: string, body?: unknown][] = [
  ['GET', '/api/v1/decisions'],
  ['GET', `/api/v1/cases/${someId}/decisions`],
  ['POST', `/api/v1/cases/${someId}/decisions`, { outcome: 'rejected' }],
  ['GET', `/api/v1/decisions/${someId}`],
  ['PUT', `/api/v1/decisions/${someId}/draft`, { version: 1, outcome: 'rejected' }],
  ['POST', `/api/v1/decisions/${someId}/submit`, step],
  ['POST', `/api/v1/decisions/${someId}/return`, { ...step, comments: 'x' }],
  ['POST', `/api/v1/decisions/${someId}/approve`, step],
  ['POST', `/api/v1/decisions/${someId}/notifications`, notification],
  ['POST', `/api/v1/decision-notifications/${someId}/correct`, { ...notification, reason: 'x' }],
  ['GET', `/api/v1/decisions/${someId}/versions/1/letter.pdf`],
];

describeEachEngine('HTTP: decisions', (database) => {
  let running: RunningApp;
  let anonymous: HttpClient;
  let officer: HttpClient;
  let supervisor: HttpClient;
  let registration: HttpClient;
  let caseId: string;

  beforeAll(async () => {
    running = await startApp(database(), { demoCases: 0 });
    anonymous = running.client();
    officer = running.client();
    supervisor = running.client();
    registration = running.client();
    expect((await officer.signIn('elegibilidad@demo.refugio.mx')).status).toBe(200);
    expect((await supervisor.signIn('supervision@demo.refugio.mx')).status).toBe(200);
    expect((await registration.signIn('registro@demo.refugio.mx')).status).toBe(200);
    const created = await registration.json<RegisteredCase>('POST', '/api/v1/cases', familyOfThree());
    caseId = created.body.id;
  });
  afterAll(async () => {
    await running.app.close();
  });

  it.each(routes)('%s %s answers 401 without a session', async (method, path, body) => {
    expect((await anonymous.json<ErrorBody>(method, path, body)).status).toBe(401);
  });

  it('registration staff neither draft nor read a decision (403)', async () => {
    expect(
      (await registration.json('POST', `/api/v1/cases/${caseId}/decisions`, { outcome: 'rejected' })).status,
    ).toBe(403);
    expect((await registration.json('GET', `/api/v1/cases/${caseId}/decisions`)).status).toBe(403);
    expect((await registration.json('GET', '/api/v1/decisions')).status).toBe(403);
  });

  it.each([
    ['an outcome the law does not know', { outcome: 'granted' }, 'outcome'],
    ['a recognition without basis', { outcome: 'recognized' }, 'recognitionBasis'],
    ['a language that is not ISO 639-3', { outcome: 'rejected', language: 'es' }, 'language'],
    ['a language with no model in force', { outcome: 'rejected', language: 'hat' }, 'language'],
    [
      'a dependant decided separately without reasons',
      { outcome: 'rejected', people: [{ personId: someId, followsPrincipal: false, outcome: 'rejected' }] },
      'people.0.reasons',
    ],
    [
      'someone who is not in the case',
      {
        outcome: 'rejected',
        people: [{ personId: someId, followsPrincipal: false, outcome: 'rejected', reasons: 'x' }],
      },
      'people.0.personId',
    ],
  ])('answers 400 naming the field for %s', async (_label, body, field) => {
    const response = await officer.json<ErrorBody>('POST', `/api/v1/cases/${caseId}/decisions`, body);
    expect(response.status).toBe(400);
    expect(response.body.error.fields?.map((f) => f.path)).toContain(field);
  });

  it('drafts, lists, prints a draft letter; the author cannot approve (403); the queue is empty until submitted', async () => {
    const created = await officer.json<DecisionView>('POST', `/api/v1/cases/${caseId}/decisions`, {
      outcome: 'rejected',
    });
    expect(created.status).toBe(201);
    const list = await officer.json<CaseDecisions>('GET', `/api/v1/cases/${caseId}/decisions`);
    expect(list.body).toMatchObject({
      canDraft: false,
      decisions: [{ id: created.body.id, status: 'draft' }],
    });
    const pdf = await officer.request('GET', `/api/v1/decisions/${created.body.id}/versions/1/letter.pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(
      (await officer.json('GET', `/api/v1/decisions/${created.body.id}/versions/9/letter.pdf`)).status,
    ).toBe(404);
    expect((await officer.json('POST', `/api/v1/decisions/${created.body.id}/approve`, step)).status).toBe(
      403,
    );
    const submit = await officer.json<ErrorBody>('POST', `/api/v1/decisions/${created.body.id}/submit`, {
      version: 'x',
    });
    expect(submit.body.error.fields?.map((f) => f.path)).toEqual(['version', 'caseVersion']);
    const queue = await supervisor.json<{ items: unknown[] }>('GET', '/api/v1/decisions');
    expect(queue.body.items).toEqual([]);
  });
});
