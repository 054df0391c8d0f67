import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  todayIn,
  type AppealInbox,
  type AppealStepResult,
  type CaseAppeals,
  type OverturnedList,
} from '@refugio/contract';
import { describeEachEngine } from '../harness/engines';
import { notifiedRefusal } from '../fixtures/appeals';
import { jurisdictionOf } from '../../src/countries/jurisdiction';
import { hashPassword } from '../../src/auth/password';
import { insertUser } from '../../src/users/user.repository';
import { demoActor } from '../fixtures/actors';
import type { Role } from '@refugio/contract';
import { startApp, type HttpClient, type RunningApp } from './running-app';

interface ErrorBody {
  error: { code: string; message: string; fields?: { path: string; code: string }[] };
}

const mexico = jurisdictionOf('MEX');
const someId = '6f1c1d38-4a2e-4f52-9d4c-2f0f3b1a9e11';
const password = 'Refugio-demo-2026';
const today = todayIn(mexico.profile.timeZone);
const yesterday = new Date(Date.parse(`${today}T12:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

const routes: [method: string, path: string, body?: unknown][] = [
  ['GET', '/api/v1/appeals'],
  ['GET', `/api/v1/cases/${someId}/appeals`],
  ['POST', `/api/v1/cases/${someId}/appeals`, { caseVersion: 1, filedOn: '2026-11-19' }],
  [
    'POST',
    `/api/v1/appeals/${someId}/decide`,
    { caseVersion: 1, version: 1, outcome: 'confirmed', reasons: 'x', decidedOn: '2026-11-19' },
  ],
  ['GET', '/api/v1/appeals/overturned'],
  ['POST', '/api/v1/appeals/overturned/seen', { appealIds: [someId] }],
];

describeEachEngine('HTTP: appeals', (database) => {
  let running: RunningApp;
  let anonymous: HttpClient;
  let registrar: HttpClient;
  let officer: HttpClient;
  let supervisor: HttpClient;
  let appeals: HttpClient;
  let caseId: string;
  let caseVersion: number;

  async function signedIn(email: string): Promise<HttpClient> {
    const client = running.client();
    expect((await client.signIn(email, password)).status).toBe(200);
    return client;
  }

  beforeAll(async () => {
    running = await startApp(database());
    const { db } = database();
    const registration = await demoActor(db, 'registro@demo.refugio.mx');
    // The demo's appeals officer works in Mexico City; cases are read only in their office for now.
    await insertUser(db, {
      email: 'revision.tap@test.refugio',
      name: 'Revisión Tapachula',
      role: 'appeals_officer' satisfies Role,
      officeId: registration.officeId,
      passwordHash: await hashPassword(password),
    });
    const people = {
      registrar: registration,
      officer: await demoActor(db, 'elegibilidad@demo.refugio.mx'),
      supervisor: await demoActor(db, 'supervision@demo.refugio.mx'),
    };
    ({ caseId, version: caseVersion } = await notifiedRefusal(db, people, mexico, yesterday));
    anonymous = running.client();
    registrar = await signedIn('registro@demo.refugio.mx');
    officer = await signedIn('elegibilidad@demo.refugio.mx');
    supervisor = await signedIn('supervision@demo.refugio.mx');
    appeals = await signedIn('revision.tap@test.refugio');
  });
  afterAll(async () => {
    await running.app.close();
  });

  it.each(routes)('%s %s answers 401 without a session', async (method, path, body) => {
    const response = await anonymous.json<ErrorBody>(method, path, body);
    expect(response.status).toBe(401);
  });

  const file = (client: HttpClient, body: unknown, id = caseId) =>
    client.json<ErrorBody>('POST', `/api/v1/cases/${id}/appeals`, body);

  it.each([
    ['no filing date', { caseVersion: 1 }, 'filedOn'],
    ['an impossible date', { caseVersion: 1, filedOn: '2026-02-30' }, 'filedOn'],
    ['no case version', { filedOn: '2026-11-19' }, 'caseVersion'],
    [
      'a representative over several lines',
      { caseVersion: 1, filedOn: '2026-11-19', representative: 'a\nb' },
      'representative',
    ],
  ])('refuses an appeal with %s (400 naming the field)', async (_label, body, field) => {
    const response = await file(registrar, body);
    expect(response.status).toBe(400);
    expect(response.body.error.fields?.map((f) => f.path)).toContain(field);
  });

  it('refuses a malformed case id (400) and an unknown case (404)', async () => {
    expect((await file(registrar, { caseVersion: 1, filedOn: today }, 'nope')).status).toBe(400);
    expect((await file(registrar, { caseVersion: 1, filedOn: today }, someId)).status).toBe(404);
  });

  it('files, lists and decides an appeal across the roles that take part', async () => {
    expect((await file(officer, { caseVersion, filedOn: today })).status).toBe(403);
    const filed = await registrar.json<AppealStepResult>('POST', `/api/v1/cases/${caseId}/appeals`, {
      caseVersion,
      filedOn: today,
      grounds: 'The risk on return was not weighed.',
      representative: 'Sin Fronteras IAP',
    });
    expect(filed.status).toBe(201);
    expect(filed.body.appeal).toMatchObject({ timeliness: 'in_time', status: 'lodged', grounds: '' });

    const onFile = await appeals.json<CaseAppeals>('GET', `/api/v1/cases/${caseId}/appeals`);
    expect(onFile.status).toBe(200);
    expect(onFile.body.appeals[0]).toMatchObject({
      grounds: 'The risk on return was not weighed.',
      representative: 'Sin Fronteras IAP',
      canDecide: true,
    });
    expect(onFile.body.outcomes).toEqual(expect.arrayContaining(['confirmed', 'remitted']));

    const inbox = await appeals.json<AppealInbox>('GET', '/api/v1/appeals');
    expect(inbox.status).toBe(200);
    expect(inbox.body.items.map((i) => i.id)).toContain(filed.body.appeal.id);
    expect(JSON.stringify(inbox.body)).not.toContain('risk on return');
    expect((await officer.json('GET', '/api/v1/appeals')).status).toBe(403);

    const decide = (client: HttpClient, body: object) =>
      client.json<ErrorBody>('POST', `/api/v1/appeals/${filed.body.appeal.id}/decide`, body);
    const decision = {
      caseVersion: filed.body.caseVersion,
      version: 1,
      outcome: 'remitted',
      reasons: 'The interview did not explore the risk.',
      decidedOn: today,
    };
    expect((await decide(supervisor, decision)).status).toBe(403);
    const noReasons = await decide(appeals, { ...decision, reasons: ' ' });
    expect(noReasons.status).toBe(400);
    expect(noReasons.body.error.fields?.map((f) => f.path)).toContain('reasons');
    const badOutcome = await decide(appeals, { ...decision, outcome: 'maybe' });
    expect(badOutcome.body.error.fields?.map((f) => f.path)).toContain('outcome');
    const stale = await decide(appeals, { ...decision, caseVersion: decision.caseVersion - 1 });
    expect(stale.status).toBe(409);

    const decided = await appeals.json<AppealStepResult>(
      'POST',
      `/api/v1/appeals/${filed.body.appeal.id}/decide`,
      decision,
    );
    expect(decided.status).toBe(200);
    expect(decided.body.appeal).toMatchObject({ status: 'decided', outcome: 'remitted' });

    const feedback = await officer.json<OverturnedList>('GET', '/api/v1/appeals/overturned');
    expect(feedback.status).toBe(200);
    expect(feedback.body.items[0]).toMatchObject({
      appealId: filed.body.appeal.id,
      reasons: 'The interview did not explore the risk.',
      seen: false,
    });
    const seen = await officer.json<OverturnedList>('POST', '/api/v1/appeals/overturned/seen', {
      appealIds: [filed.body.appeal.id],
    });
    expect(seen.body.unseen).toBe(0);
    const office = await supervisor.json<OverturnedList>('GET', '/api/v1/appeals/overturned');
    expect(office.body.items[0]?.seen).toBe(false);
    const bad = await officer.json<ErrorBody>('POST', '/api/v1/appeals/overturned/seen', {
      appealIds: ['x'],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields?.[0]?.path).toBe('appealIds.0');
  });
});
