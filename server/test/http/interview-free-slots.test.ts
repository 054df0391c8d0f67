import { afterAll, beforeAll, expect, it } from 'vitest';
import type {
  CaseDetail,
  FreeSlotList,
  InterpreterView,
  InterviewStepResult,
  RegisteredCase,
  RoomView,
} from '@refugio/contract';
import { describeEachEngine } from '../harness/engines';
import { familyOfThree } from '../fixtures/applications';
import { startApp, type HttpClient, type RunningApp } from './running-app';

interface ErrorBody {
  error: { code: string; message: string; fields?: { path: string; code: string }[] };
}

// Tuesday 2 March 2027: a working day after the clock of any run.
const day = '2027-03-02';

describeEachEngine('HTTP: the free-slot finder', (database) => {
  let running: RunningApp;
  let supervisor: HttpClient;
  let officer: HttpClient;
  let registration: HttpClient;
  let otherOffice: HttpClient;
  let detail: CaseDetail;

  const path = (query: string) => `/api/v1/cases/${detail.id}/interviews/free-slots?${query}`;

  beforeAll(async () => {
    running = await startApp(database());
    supervisor = running.client();
    officer = running.client();
    registration = running.client();
    otherOffice = running.client();
    expect((await supervisor.signIn('supervision@demo.refugio.mx')).status).toBe(200);
    expect((await officer.signIn('elegibilidad@demo.refugio.mx')).status).toBe(200);
    expect((await registration.signIn('registro@demo.refugio.mx')).status).toBe(200);
    expect((await otherOffice.signIn('revision@demo.refugio.mx')).status).toBe(200);
    const created = await registration.json<RegisteredCase>('POST', '/api/v1/cases', familyOfThree());
    expect(created.status).toBe(201);
    detail = (await registration.json<CaseDetail>('GET', `/api/v1/cases/${created.body.id}`)).body;
    const room = await supervisor.json<RoomView>('POST', '/api/v1/rooms', {
      officeId: detail.office.id,
      name: 'Sala de entrevistas 1',
      capacity: 4,
    });
    expect(room.status).toBe(201);
    for (const [fullName, sex] of [
      ['Marie-Claude Joseph', 'F'],
      ['Jean-Baptiste Pierre', 'M'],
    ]) {
      const added = await supervisor.json<InterpreterView>('POST', '/api/v1/interpreters', {
        fullName,
        sex,
        languages: ['hat', 'fra'],
        officeIds: [detail.office.id],
        engagement: 'contracted',
        confidentialitySignedOn: '2026-01-15',
      });
      expect(added.status).toBe(201);
    }
  });
  afterAll(async () => {
    await running.app.close();
  });

  it('meets a woman’s same-sex request with the demo’s supervisor and a woman interpreter, and the slot books', async () => {
    const woman = detail.people.find((p) => p.sex === 'F')!;
    const found = await officer.json<FreeSlotList>(
      'GET',
      path(`from=${day}&to=${day}&language=hat&sameSex=true&personId=${woman.id}&limit=2`),
    );
    expect(found.status).toBe(200);
    expect(found.body.shortfalls).toEqual([]);
    expect(found.body.slots).toHaveLength(2);
    const first = found.body.slots[0]!;
    expect(first).toMatchObject({
      date: day,
      startTime: '09:00',
      endTime: '11:00',
      officer: { name: 'Rocío Domínguez Salas', sex: 'F' },
      interpreter: { fullName: 'Marie-Claude Joseph', sex: 'F' },
      room: { name: 'Sala de entrevistas 1' },
      sameSexUnmet: [],
    });
    const booked = await officer.json<InterviewStepResult>('POST', `/api/v1/cases/${detail.id}/interviews`, {
      caseVersion: detail.version,
      personId: woman.id,
      purpose: 'dependant',
      officerId: first.officer.id,
      interpreterId: first.interpreter!.id,
      interpreterRemote: first.interpreterRemote,
      language: 'hat',
      mode: 'in_person',
      roomId: first.room!.id,
      date: first.date,
      startTime: first.startTime,
      endTime: first.endTime,
      sameSexRequested: true,
    });
    expect(booked.status).toBe(201);
    expect(booked.body.interview.sameSexUnmet).toEqual([]);
    // Booked now: the next search starts after it.
    const again = await officer.json<FreeSlotList>('GET', path(`from=${day}&to=${day}&language=hat&limit=1`));
    expect(again.body.slots[0]).toMatchObject({ startTime: '11:00' });
  });

  it('answers 401, 403 and 404 to those who may not schedule the case', async () => {
    const query = `from=${day}&to=${day}`;
    expect((await running.client().json<ErrorBody>('GET', path(query))).status).toBe(401);
    const byRegistration = await registration.json<ErrorBody>('GET', path(query));
    expect(byRegistration.status).toBe(403);
    const byOtherOffice = await otherOffice.json<ErrorBody>('GET', path(query));
    expect(byOtherOffice.status).toBe(404);
  });

  it.each([
    ['to=2027-03-01&from=2027-03-02', 'to'],
    ['from=2027-03-01&to=2027-05-01', 'to'],
    ['from=2027-03-01&to=2027-03-02&durationMinutes=5', 'durationMinutes'],
    ['from=2027-03-01&to=2027-03-02&language=xx', 'language'],
    ['from=2027-03-01&to=2027-03-02&sameSex=maybe', 'sameSex'],
    ['from=soon&to=2027-03-02', 'from'],
  ])('refuses %s naming the field %s, never a 500', async (query, field) => {
    const response = await officer.json<ErrorBody>('GET', path(query));
    expect(response.status).toBe(400);
    expect(response.body.error.fields?.map((f) => f.path)).toContain(field);
  });
});
