import { afterAll, beforeAll, expect, it } from 'vitest';
import type { CaseDetail, RegisteredCase } from '@refugio/contract';
import { describeEachEngine } from '../harness/engines';
import { familyOfThree } from '../fixtures/applications';
import { startApp, type HttpClient, type RunningApp } from './running-app';

interface ErrorBody {
  error: { code: string; message: string; fields?: { path: string; code: string }[] };
}

describeEachEngine('HTTP: taking procedure actions on a case', (database) => {
  let running: RunningApp;
  let registration: HttpClient;
  let eligibility: HttpClient;
  let otherOffice: HttpClient;
  let caseId: string;

  beforeAll(async () => {
    running = await startApp(database());
    registration = running.client();
    eligibility = running.client();
    otherOffice = running.client();
    expect((await registration.signIn('registro@demo.refugio.mx')).status).toBe(200);
    expect((await eligibility.signIn('elegibilidad@demo.refugio.mx')).status).toBe(200);
    expect((await otherOffice.signIn('registro.cdmx@demo.refugio.mx')).status).toBe(200);
    const created = await registration.json<RegisteredCase>('POST', '/api/v1/cases', familyOfThree());
    expect(created.status).toBe(201);
    caseId = created.body.id;
  });
  afterAll(async () => {
    await running.app.close();
  });

  const act = (client: HttpClient, action: string, body: unknown) =>
    client.json<CaseDetail & ErrorBody>('POST', `/api/v1/cases/${caseId}/actions/${action}`, body);
  const fieldsOf = (body: ErrorBody) => body.error.fields?.map((f) => f.path) ?? [];
  const openFile = () => eligibility.json<CaseDetail>('GET', `/api/v1/cases/${caseId}`);

  it('lists the steps the user may take with the data each requires', async () => {
    const file = await openFile();
    expect(file.status).toBe(200);
    expect([file.body.stage, file.body.outcome, file.body.version]).toEqual(['registered', null, 1]);
    expect(file.body.procedureActions).toEqual([
      { action: 'schedule_interview', via: 'form', requires: ['interviewDate'] },
    ]);
  });

  it.each([
    ['a missing required field', 'schedule_interview', { version: 1, data: {} }, 'data.interviewDate'],
    [
      'a malformed date',
      'schedule_interview',
      { version: 1, data: { interviewDate: '2026-13-01' } },
      'data.interviewDate',
    ],
    [
      'a field the action does not take',
      'schedule_interview',
      { version: 1, data: { interviewDate: '2026-11-24', x: 1 } },
      'data.x',
    ],
    ['a missing version', 'schedule_interview', { data: { interviewDate: '2026-11-24' } }, 'version'],
    ['an unknown action', 'approve_everything', { version: 1, data: {} }, 'action'],
  ])('answers 400 naming the field for %s, and changes nothing', async (_label, action, body, path) => {
    const response = await act(eligibility, action, body);
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('validation_failed');
    expect(fieldsOf(response.body)).toContain(path);
    expect((await openFile()).body.version).toBe(1);
  });

  it('answers 403 to a role the step is not for', async () => {
    const response = await act(registration, 'schedule_interview', {
      version: 1,
      data: { interviewDate: '2026-11-24' },
    });
    expect(response.status).toBe(403);
    expect(response.body.error.code).toBe('forbidden');
  });

  it("answers 404 for another office's case, without revealing it", async () => {
    const response = await act(otherOffice, 'record_no_show', {
      version: 1,
      data: { interviewDate: '2026-11-24' },
    });
    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe('not_found');
  });

  it('moves the case and answers with the updated file', async () => {
    const response = await act(eligibility, 'schedule_interview', {
      version: 1,
      data: { interviewDate: '2026-11-24' },
    });
    expect(response.status).toBe(200);
    expect([response.body.stage, response.body.version]).toEqual(['interview_scheduled', 2]);
    expect(response.body.procedureActions.map((a) => a.action)).toEqual([
      'reschedule_interview',
      'record_no_show',
      'record_interview',
    ]);
    expect(response.body.events.at(-1)?.type).toBe('schedule_interview');
  });

  it('answers 409 with the current version to a stale one, and changes nothing', async () => {
    const response = await act(eligibility, 'record_interview', {
      version: 1,
      data: { interviewDate: '2026-11-24' },
    });
    expect(response.status).toBe(409);
    expect(response.body.error.code).toBe('conflict');
    expect(response.body.error.message).toContain('version 2');
    const file = await openFile();
    expect([file.body.stage, file.body.version, file.body.events.length]).toEqual([
      'interview_scheduled',
      2,
      2,
    ]);
  });

  it('answers 409 to a step the case is not at', async () => {
    const response = await act(eligibility, 'begin_assessment', { version: 2, data: {} });
    expect(response.status).toBe(409);
    expect(response.body.error.code).toBe('conflict');
  });
});
