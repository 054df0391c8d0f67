import { afterAll, beforeAll, expect, it } from 'vitest';
import { todayIn, type AppealStepResult, type CaseAppeals, type CaseDetail } from '@refugio/contract';
import { describeEachEngine } from '../harness/engines';
import { notifiedRefusal } from '../fixtures/appeals';
import { jurisdictionOf } from '../../src/countries/jurisdiction';
import { demoActor } from '../fixtures/actors';
import { startApp, type HttpClient, type RunningApp } from './running-app';

interface ErrorBody {
  error: { code: string; message: string; fields?: { path: string; code: string }[] };
}

const mexico = jurisdictionOf('MEX');
const someId = '6f1c1d38-4a2e-4f52-9d4c-2f0f3b1a9e11';
const password = 'Refugio-demo-2026';
const today = todayIn(mexico.profile.timeZone);
const yesterday = new Date(Date.parse(`${today}T12:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

describeEachEngine('HTTP: appeal withdrawal', (database) => {
  let running: RunningApp;
  let registrar: HttpClient;
  let officer: HttpClient;
  let central: HttpClient;
  let caseId: string;
  let caseVersion: number;

  async function signedIn(email: string): Promise<HttpClient> {
    const client = running.client();
    expect((await client.signIn(email, password)).status).toBe(200);
    return client;
  }

  beforeAll(async () => {
    running = await startApp(database());
    const people = {
      registrar: await demoActor(database().db, 'registro@demo.refugio.mx'),
      officer: await demoActor(database().db, 'elegibilidad@demo.refugio.mx'),
      supervisor: await demoActor(database().db, 'supervision@demo.refugio.mx'),
    };
    ({ caseId, version: caseVersion } = await notifiedRefusal(database().db, people, mexico, yesterday));
    registrar = await signedIn('registro@demo.refugio.mx');
    officer = await signedIn('elegibilidad@demo.refugio.mx');
    // The demo's appeals officer works at head office and reaches the case once the appeal is on file.
    central = await signedIn('revision@demo.refugio.mx');
  });
  afterAll(async () => {
    await running.app.close();
  });

  const withdraw = (client: HttpClient, appealId: string, body: unknown) =>
    client.json<ErrorBody>('POST', `/api/v1/appeals/${appealId}/withdraw`, body);

  it('answers 401 without a session, 400 naming the field, 404 for an unknown appeal', async () => {
    const body = { caseVersion: 1, version: 1, receivedOn: today, method: 'written' };
    expect((await withdraw(running.client(), someId, body)).status).toBe(401);
    expect((await withdraw(registrar, 'nope', body)).status).toBe(400);
    expect((await withdraw(registrar, someId, body)).status).toBe(404);
    for (const [field, bad] of [
      ['receivedOn', { ...body, receivedOn: '2026-02-30' }],
      ['method', { ...body, method: 'phone' }],
      ['version', { ...body, version: 0 }],
      ['note', { ...body, note: 'x'.repeat(4001) }],
    ] as const) {
      const response = await withdraw(registrar, someId, bad);
      expect(response.status).toBe(400);
      expect(response.body.error.fields?.map((f) => f.path)).toContain(field);
    }
  });

  it('records the withdrawal of a lodged appeal: 403 to an eligibility officer, 409 when stale, then done', async () => {
    const filed = await registrar.json<AppealStepResult>('POST', `/api/v1/cases/${caseId}/appeals`, {
      caseVersion,
      filedOn: today,
      grounds: 'The risk on return was not weighed.',
    });
    expect(filed.status).toBe(201);
    const appealId = filed.body.appeal.id;
    const body = {
      caseVersion: filed.body.caseVersion,
      version: 1,
      receivedOn: today,
      method: 'in_person',
      note: 'Prefiere volver a su país con su familia.',
    };
    expect((await withdraw(officer, appealId, body)).status).toBe(403);
    // The generic step form refuses the driven step: it is taken from the appeal panel.
    const generic = await registrar.json<ErrorBody>(
      'POST',
      `/api/v1/cases/${caseId}/actions/withdraw_appeal`,
      {
        version: body.caseVersion,
        data: {},
      },
    );
    expect(generic.status).toBe(409);
    expect(generic.body.error.message).toContain('appeal panel');
    const stale = await withdraw(registrar, appealId, { ...body, caseVersion: body.caseVersion - 1 });
    expect(stale.status).toBe(409);
    expect((await withdraw(registrar, appealId, { ...body, version: 2 })).status).toBe(409);

    const onFile = await central.json<CaseAppeals>('GET', `/api/v1/cases/${caseId}/appeals`);
    expect(onFile.body.appeals[0]).toMatchObject({ status: 'lodged', canWithdraw: true, canDecide: true });

    const done = await central.json<AppealStepResult>('POST', `/api/v1/appeals/${appealId}/withdraw`, body);
    expect(done.status).toBe(200);
    expect(done.body.appeal).toMatchObject({
      status: 'withdrawn',
      canWithdraw: false,
      withdrawal: {
        receivedOn: today,
        method: 'in_person',
        note: 'Prefiere volver a su país con su familia.',
      },
    });
    const kase = await registrar.json<CaseDetail>('GET', `/api/v1/cases/${caseId}`);
    expect(kase.body).toMatchObject({
      stage: 'notified',
      outcome: 'rejected',
      version: done.body.caseVersion,
    });
    expect(JSON.stringify(kase.body)).not.toContain('Prefiere volver');
    // The registration officer sees that it was withdrawn and how, not the applicant's words.
    const seen = await registrar.json<CaseAppeals>('GET', `/api/v1/cases/${caseId}/appeals`);
    expect(seen.body.appeals[0]?.withdrawal).toMatchObject({ method: 'in_person', note: '' });

    const again = await withdraw(central, appealId, {
      ...body,
      caseVersion: done.body.caseVersion,
      version: 2,
    });
    expect(again.status).toBe(409);
  });
});
