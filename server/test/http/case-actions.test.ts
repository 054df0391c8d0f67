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
  let supervisor: HttpClient;
  let otherOffice: HttpClient;
  let caseId: string;

  beforeAll(async () => {
    running = await startApp(database());
    registration = running.client();
    eligibility = running.client();
    supervisor = running.client();
    otherOffice = running.client();
    expect((await registration.signIn('registro@demo.refugio.mx')).status).toBe(200);
    expect((await eligibility.signIn('elegibilidad@demo.refugio.mx')).status).toBe(200);
    expect((await supervisor.signIn('supervision@demo.refugio.mx')).status).toBe(200);
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
  const openFile = () => supervisor.json<CaseDetail>('GET', `/api/v1/cases/${caseId}`);
  const withdrawal = { closureReason: 'withdrawn', reason: 'Desistió por escrito el 24/11/2026.' };

  it('lists the steps the user may take, where each is taken, and the data each requires', async () => {
    const asOfficer = await eligibility.json<CaseDetail>('GET', `/api/v1/cases/${caseId}`);
    expect(asOfficer.status).toBe(200);
    expect([asOfficer.body.stage, asOfficer.body.outcome, asOfficer.body.version]).toEqual([
      'registered',
      null,
      1,
    ]);
    expect(asOfficer.body.procedureActions).toEqual([
      { action: 'schedule_interview', via: 'interviews', requires: ['interviewDate'] },
    ]);
    const asSupervisor = await openFile();
    expect(asSupervisor.body.procedureActions.map((a) => [a.action, a.via])).toEqual([
      ['schedule_interview', 'interviews'],
      ['close', 'form'],
    ]);
  });

  it.each([
    ['a missing required field', 'close', { version: 1, data: { reason: 'x' } }, 'data.closureReason'],
    [
      'a reason the step does not know',
      'close',
      { version: 1, data: { ...withdrawal, closureReason: 'tired' } },
      'data.closureReason',
    ],
    ['a field the action does not take', 'close', { version: 1, data: { ...withdrawal, x: 1 } }, 'data.x'],
    ['a missing version', 'close', { data: withdrawal }, 'version'],
    ['an unknown action', 'approve_everything', { version: 1, data: {} }, 'action'],
  ])('answers 400 naming the field for %s, and changes nothing', async (_label, action, body, path) => {
    const response = await act(supervisor, action, body);
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('validation_failed');
    expect(fieldsOf(response.body)).toContain(path);
    expect((await openFile()).body.version).toBe(1);
  });

  it('answers 403 to a role the step is not for', async () => {
    const response = await act(registration, 'close', { version: 1, data: withdrawal });
    expect(response.status).toBe(403);
    expect(response.body.error.code).toBe('forbidden');
  });

  it("answers 404 for another office's case, without revealing it", async () => {
    const response = await act(otherOffice, 'close', { version: 1, data: withdrawal });
    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe('not_found');
  });

  it('answers 409 to a step its record drives (an interview is scheduled from its panel), and changes nothing', async () => {
    const response = await act(eligibility, 'schedule_interview', {
      version: 1,
      data: { interviewDate: '2026-11-24' },
    });
    expect(response.status).toBe(409);
    expect(response.body.error.code).toBe('conflict');
    expect(response.body.error.message).toContain('interviews panel');
    const file = await openFile();
    expect([file.body.stage, file.body.version]).toEqual(['registered', 1]);
  });

  it('moves the case and answers with the updated file', async () => {
    const response = await act(supervisor, 'close', { version: 1, data: withdrawal });
    expect(response.status).toBe(200);
    expect([response.body.stage, response.body.version]).toEqual(['closed', 2]);
    expect(response.body.procedureActions.map((a) => a.action)).toEqual(['reopen']);
    expect(response.body.events.at(-1)?.type).toBe('close');
  });

  it('answers 409 with the current version to a stale one, and changes nothing', async () => {
    const response = await act(supervisor, 'reopen', {
      version: 1,
      data: { reopeningGround: 'new_evidence', reason: 'Aportó nuevas pruebas.' },
    });
    expect(response.status).toBe(409);
    expect(response.body.error.code).toBe('conflict');
    expect(response.body.error.message).toContain('version 2');
    const file = await openFile();
    expect([file.body.stage, file.body.version, file.body.events.length]).toEqual(['closed', 2, 2]);
  });

  it('answers 409 to a step the case is not at', async () => {
    const response = await act(supervisor, 'close_final', { version: 2, data: {} });
    expect(response.status).toBe(409);
    expect(response.body.error.code).toBe('conflict');
  });
});
