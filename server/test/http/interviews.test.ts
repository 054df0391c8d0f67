import { afterAll, beforeAll, expect, it } from 'vitest';
import type {
  CaseDetail,
  InterpreterView,
  InterviewList,
  InterviewStepResult,
  RegisteredCase,
  RoomList,
  RoomView,
} from '@refugio/contract';
import { describeEachEngine } from '../harness/engines';
import { familyOfThree } from '../fixtures/applications';
import { startApp, type HttpClient, type RunningApp } from './running-app';

interface ErrorBody {
  error: { code: string; message: string; fields?: { path: string; code: string }[] };
}

const someId = '6f1c1d38-4a2e-4f52-9d4c-2f0f3b1a9e11';
const interpreter = {
  fullName: 'Marie-Claude Joseph',
  sex: 'F',
  languages: ['hat', 'fra', 'spa'],
  engagement: 'contracted',
  confidentialitySignedOn: '2026-01-15',
};
const slot = { language: 'hat', mode: 'in_person', date: '2026-12-03', startTime: '09:00', endTime: '11:00' };

const routes: [method: string, path: string, body?: unknown][] = [
  ['GET', '/api/v1/interpreters'],
  ['POST', '/api/v1/interpreters', interpreter],
  ['PATCH', `/api/v1/interpreters/${someId}`, { ...interpreter, version: 1 }],
  ['PUT', `/api/v1/interpreters/${someId}/availability`, { version: 1, windows: [] }],
  ['GET', '/api/v1/rooms'],
  ['POST', '/api/v1/rooms', { officeId: someId, name: 'Sala', capacity: 3 }],
  ['PATCH', `/api/v1/rooms/${someId}`, { name: 'Sala', capacity: 3, version: 1 }],
  ['GET', `/api/v1/cases/${someId}/interviews`],
  [
    'POST',
    `/api/v1/cases/${someId}/interviews`,
    { caseVersion: 1, personId: someId, officerId: someId, ...slot },
  ],
  [
    'POST',
    `/api/v1/interviews/${someId}/reschedule`,
    { version: 1, caseVersion: 1, reason: 'x', officerId: someId, ...slot },
  ],
  ['POST', `/api/v1/interviews/${someId}/cancel`, { version: 1, reason: 'x' }],
  ['POST', `/api/v1/interviews/${someId}/no-show`, { version: 1, caseVersion: 1, waitedUntil: '10:00' }],
  ['GET', `/api/v1/interviews/${someId}/notice.pdf`],
  [
    'POST',
    `/api/v1/cases/${someId}/people/${someId}/remote-consents`,
    { givenOn: '2026-11-01', method: 'written' },
  ],
  ['POST', `/api/v1/remote-consents/${someId}/withdraw`, { reason: 'x' }],
  ['POST', `/api/v1/interviews/${someId}/record`, { version: 1, startTime: '09:00' }],
  ['GET', `/api/v1/interview-records/${someId}`],
  ['PUT', `/api/v1/interview-records/${someId}`, { version: 1, startTime: '09:00' }],
  [
    'POST',
    `/api/v1/interview-records/${someId}/confirm`,
    { version: 1, caseVersion: 1, readBackLanguage: 'hat', applicantConfirmation: 'confirmed' },
  ],
  ['POST', `/api/v1/interview-records/${someId}/addenda`, { kind: 'correction', text: 'x' }],
];

describeEachEngine('HTTP: interpreters, rooms and interviews', (database) => {
  let running: RunningApp;
  let anonymous: HttpClient;
  let supervisor: HttpClient;
  let officer: HttpClient;
  let registration: HttpClient;
  let otherOffice: HttpClient;
  let caseId: string;
  let officeId: string;

  beforeAll(async () => {
    running = await startApp(database());
    anonymous = running.client();
    supervisor = running.client();
    officer = running.client();
    registration = running.client();
    otherOffice = running.client();
    expect((await supervisor.signIn('supervision@demo.refugio.mx')).status).toBe(200);
    expect((await officer.signIn('elegibilidad@demo.refugio.mx')).status).toBe(200);
    expect((await registration.signIn('registro@demo.refugio.mx')).status).toBe(200);
    expect((await otherOffice.signIn('registro.cdmx@demo.refugio.mx')).status).toBe(200);
    const created = await registration.json<RegisteredCase>('POST', '/api/v1/cases', familyOfThree());
    expect(created.status).toBe(201);
    caseId = created.body.id;
    officeId = (await registration.json<CaseDetail>('GET', `/api/v1/cases/${caseId}`)).body.office.id;
  });
  afterAll(async () => {
    await running.app.close();
  });

  it.each(routes)('%s %s answers 401 without a session', async (method, path, body) => {
    const response = await anonymous.json<ErrorBody>(method, path, body);
    expect(response.status).toBe(401);
    expect(response.body.error.code).toBe('unauthenticated');
  });

  it('lets only those who keep the register add interpreters and rooms', async () => {
    const byOfficer = await officer.json<ErrorBody>('POST', '/api/v1/interpreters', interpreter);
    expect(byOfficer.status).toBe(403);
    const byRegistration = await registration.json<ErrorBody>('GET', '/api/v1/interpreters');
    expect(byRegistration.status).toBe(403);
    const room = await officer.json<ErrorBody>('POST', '/api/v1/rooms', {
      officeId,
      name: 'Sala',
      capacity: 3,
    });
    expect(room.status).toBe(403);
  });

  const bad: [label: string, send: () => Promise<Response>, field: string][] = [
    [
      'an interpreter without languages',
      () => supervisor.request('POST', '/api/v1/interpreters', { ...interpreter, languages: [] }),
      'languages',
    ],
    [
      'a language outside ISO 639-3',
      () => supervisor.request('POST', '/api/v1/interpreters', { ...interpreter, languages: ['xx1'] }),
      'languages.0',
    ],
    [
      'an interpreter without name',
      () => supervisor.request('POST', '/api/v1/interpreters', { ...interpreter, fullName: ' ' }),
      'fullName',
    ],
    [
      'an unknown sex',
      () => supervisor.request('POST', '/api/v1/interpreters', { ...interpreter, sex: 'W' }),
      'sex',
    ],
    [
      'a room of no capacity',
      () => supervisor.request('POST', '/api/v1/rooms', { officeId, name: 'Sala', capacity: 0 }),
      'capacity',
    ],
    [
      'an availability that ends before it starts',
      () =>
        supervisor.request('PUT', `/api/v1/interpreters/${someId}/availability`, {
          version: 1,
          windows: [{ weekday: 1, starts: '12:00', ends: '09:00', mode: 'both', validFrom: '2026-12-01' }],
        }),
      'windows.0.ends',
    ],
    [
      'an interview that ends before it starts',
      () =>
        officer.request('POST', `/api/v1/cases/${caseId}/interviews`, {
          caseVersion: 1,
          personId: someId,
          officerId: someId,
          ...slot,
          roomId: someId,
          endTime: '08:00',
        }),
      'endTime',
    ],
    [
      'an interview in person without a room',
      () =>
        officer.request('POST', `/api/v1/cases/${caseId}/interviews`, {
          caseVersion: 1,
          personId: someId,
          officerId: someId,
          ...slot,
        }),
      'roomId',
    ],
    [
      'a time of day that is not one',
      () =>
        officer.request('POST', `/api/v1/cases/${caseId}/interviews`, {
          caseVersion: 1,
          personId: someId,
          officerId: someId,
          ...slot,
          roomId: someId,
          startTime: '25:00',
        }),
      'startTime',
    ],
    [
      'a cancellation without reason',
      () => officer.request('POST', `/api/v1/interviews/${someId}/cancel`, { version: 1, reason: '' }),
      'reason',
    ],
  ];

  it.each(bad)('answers 400 naming the field for %s', async (_label, send, field) => {
    const response = await send();
    expect(response.status).toBe(400);
    const body = (await response.json()) as ErrorBody;
    expect(body.error.code).toBe('validation_failed');
    expect(body.error.fields?.map((f) => f.path)).toContain(field);
  });

  it('books an interview with a Haitian Creole interpreter end to end, prints the notice and records a no-show', async () => {
    const added = await supervisor.json<InterpreterView>('POST', '/api/v1/interpreters', {
      ...interpreter,
      officeIds: [officeId],
    });
    expect(added.status).toBe(201);
    expect(added.body.languages).toEqual(['hat', 'fra', 'spa']);
    const room = await supervisor.json<RoomView>('POST', '/api/v1/rooms', {
      officeId,
      name: 'Sala 1',
      capacity: 4,
    });
    expect(room.status).toBe(201);
    const duplicate = await supervisor.json<ErrorBody>('POST', '/api/v1/rooms', {
      officeId,
      name: 'Sala 1',
      capacity: 2,
    });
    expect(duplicate.status).toBe(400);
    expect(duplicate.body.error.fields?.[0]?.path).toBe('name');
    const rooms = await officer.json<RoomList>('GET', '/api/v1/rooms');
    expect(rooms.body.rooms.map((r) => r.name)).toEqual(['Sala 1']);
    expect(rooms.body.manageableOfficeIds).toEqual([]);

    const list = await officer.json<InterviewList>('GET', `/api/v1/cases/${caseId}/interviews`);
    expect(list.status).toBe(200);
    expect(list.body.canSchedule).toBe(true);
    const me = list.body.choices!.officers.find((o) => o.name.length > 0)!;
    expect(list.body.choices!.interpreters.map((i) => i.id)).toContain(added.body.id);
    const kase = await officer.json<CaseDetail>('GET', `/api/v1/cases/${caseId}`);
    const principal = kase.body.people.find((p) => p.role === 'principal')!;

    const scheduled = await officer.json<InterviewStepResult>('POST', `/api/v1/cases/${caseId}/interviews`, {
      caseVersion: kase.body.version,
      personId: principal.id,
      officerId: me.id,
      interpreterId: added.body.id,
      roomId: room.body.id,
      ...slot,
      date: '2026-11-26',
    });
    expect(scheduled.status).toBe(201);
    expect(scheduled.body.case.stage).toBe('interview_scheduled');
    expect(scheduled.body.interview.actions).toEqual(
      expect.arrayContaining(['reschedule', 'cancel', 'print_notice']),
    );

    const again = await officer.json<ErrorBody>('POST', `/api/v1/cases/${caseId}/interviews`, {
      caseVersion: scheduled.body.case.version,
      personId: principal.id,
      purpose: 'follow_up',
      officerId: me.id,
      interpreterId: added.body.id,
      roomId: room.body.id,
      ...slot,
      date: '2026-11-26',
      startTime: '10:00',
    });
    expect(again.status).toBe(409);
    expect(again.body.error.fields?.map((f) => f.path).sort()).toEqual([
      'interpreterId',
      'officerId',
      'personId',
      'roomId',
    ]);

    const notice = await registration.request(
      'GET',
      `/api/v1/interviews/${scheduled.body.interview.id}/notice.pdf`,
    );
    expect(notice.status).toBe(200);
    expect(notice.headers.get('content-type')).toBe('application/pdf');
    expect(
      Buffer.from(await notice.arrayBuffer())
        .subarray(0, 5)
        .toString('latin1'),
    ).toBe('%PDF-');
    const elsewhere = await otherOffice.request(
      'GET',
      `/api/v1/interviews/${scheduled.body.interview.id}/notice.pdf`,
    );
    expect(elsewhere.status).toBe(404);

    const noShow = await officer.json<InterviewStepResult>(
      'POST',
      `/api/v1/interviews/${scheduled.body.interview.id}/no-show`,
      {
        version: scheduled.body.interview.version,
        caseVersion: scheduled.body.case.version,
        waitedUntil: '09:45',
        contactAttempts: [{ on: '2026-11-26', method: 'phone', outcome: 'Sin respuesta' }],
      },
    );
    expect(noShow.status).toBe(200);
    expect(noShow.body.interview.status).toBe('no_show');
    expect(noShow.body.interview.noShow?.contactAttempts).toBe(1);
    expect(noShow.body.case.events.map((e) => e.type)).toContain('record_no_show');

    const stale = await officer.json<ErrorBody>(
      'POST',
      `/api/v1/interviews/${scheduled.body.interview.id}/cancel`,
      {
        version: scheduled.body.interview.version,
        reason: 'x',
      },
    );
    expect(stale.status).toBe(409);
  });

  it('hides another office’s case interviews', async () => {
    const response = await otherOffice.json<ErrorBody>('GET', `/api/v1/cases/${caseId}/interviews`);
    expect(response.status).toBe(404);
  });
});
