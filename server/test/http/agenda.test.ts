import { afterAll, beforeAll, expect, it } from 'vitest';
import { readClash, type AgendaView, type Me, type UnavailabilityView } from '@refugio/contract';
import { describeEachEngine } from '../harness/engines';
import { startApp, type HttpClient, type RunningApp } from './running-app';

interface ErrorBody {
  error: { code: string; message: string; fields?: { path: string; code: string; message: string }[] };
}

const someId = '6f1c1d38-4a2e-4f52-9d4c-2f0f3b1a9e11';
const week = 'from=2027-03-01&to=2027-03-07';

describeEachEngine('HTTP: the office agenda and unavailability', (database) => {
  let running: RunningApp;
  let anonymous: HttpClient;
  let supervisor: HttpClient;
  let officer: HttpClient;
  let registration: HttpClient;
  let admin: HttpClient;
  let officerMe: Me;
  let officeId: string;

  beforeAll(async () => {
    running = await startApp(database());
    anonymous = running.client();
    supervisor = running.client();
    officer = running.client();
    registration = running.client();
    admin = running.client();
    expect((await supervisor.signIn('supervision@demo.refugio.mx')).status).toBe(200);
    expect((await officer.signIn('elegibilidad@demo.refugio.mx')).status).toBe(200);
    expect((await registration.signIn('registro@demo.refugio.mx')).status).toBe(200);
    expect((await admin.signIn('admin@demo.refugio.mx')).status).toBe(200);
    officerMe = (await officer.json<Me>('GET', '/api/v1/session')).body;
    officeId = officerMe.user.office!.id;
  });
  afterAll(async () => {
    await running.app.close();
  });

  it.each([
    ['GET', `/api/v1/agenda?${week}`, undefined],
    ['POST', '/api/v1/unavailability', {}],
    ['POST', `/api/v1/unavailability/${someId}/release`, { reason: 'x' }],
  ])('%s %s answers 401 without a session', async (method, path, body) => {
    const response = await anonymous.json<ErrorBody>(method, path, body);
    expect(response.status).toBe(401);
  });

  it('reads the week, marks an officer unavailable, shows the block, refuses an overlap and releases it', async () => {
    const before = await supervisor.json<AgendaView>('GET', `/api/v1/agenda?${week}`);
    expect(before.status).toBe(200);
    expect(before.body.office.id).toBe(officeId);
    expect(before.body.officers.map((o) => o.id)).toContain(officerMe.user.id);

    const leave = {
      resourceKind: 'officer',
      resourceId: officerMe.user.id,
      startsAt: '2027-03-02T08:00',
      endsAt: '2027-03-02T18:00',
      note: 'Capacitación en entrevistas con niñez',
    };
    const marked = await officer.json<UnavailabilityView>('POST', '/api/v1/unavailability', leave);
    expect(marked.status).toBe(201);
    expect(marked.body).toMatchObject({ start: { date: '2027-03-02', time: '08:00' }, canRelease: true });

    const overlap = await supervisor.json<ErrorBody>('POST', '/api/v1/unavailability', {
      ...leave,
      startsAt: '2027-03-02T17:00',
      endsAt: '2027-03-02T19:00',
    });
    expect(overlap.status).toBe(409);
    expect(readClash(overlap.body.error.fields![0]!.message)).toMatchObject({
      kind: 'unavailable',
      id: marked.body.id,
    });

    const after = await officer.json<AgendaView>('GET', `/api/v1/agenda?${week}`);
    expect(after.body.unavailability.map((b) => [b.id, b.note])).toEqual([
      [marked.body.id, 'Capacitación en entrevistas con niñez'],
    ]);

    const released = await supervisor.json<UnavailabilityView>(
      'POST',
      `/api/v1/unavailability/${marked.body.id}/release`,
      { reason: 'Se pospuso la capacitación' },
    );
    expect(released.status).toBe(200);
    expect(released.body.releasedAt).not.toBeNull();
    const cleared = await officer.json<AgendaView>('GET', `/api/v1/agenda?${week}`);
    expect(cleared.body.unavailability).toEqual([]);
  });

  it('lets an administrator read any office, naming it', async () => {
    const missing = await admin.json<ErrorBody>('GET', `/api/v1/agenda?${week}`);
    expect(missing.status).toBe(400);
    expect(missing.body.error.fields?.map((f) => f.path)).toEqual(['officeId']);
    const named = await admin.json<AgendaView>('GET', `/api/v1/agenda?${week}&officeId=${officeId}`);
    expect(named.status).toBe(200);
  });

  it('answers 403 to those who may not read the agenda or mark the resource', async () => {
    const reading = await registration.json<ErrorBody>('GET', `/api/v1/agenda?${week}`);
    expect(reading.status).toBe(403);
    expect(reading.body.error.code).toBe('forbidden');
    const supervisorId = (await supervisor.json<Me>('GET', '/api/v1/session')).body.user.id;
    const marking = await officer.json<ErrorBody>('POST', '/api/v1/unavailability', {
      resourceKind: 'officer',
      resourceId: supervisorId,
      startsAt: '2027-03-03T08:00',
      endsAt: '2027-03-03T10:00',
    });
    expect(marking.status).toBe(403);
  });

  const bad: [label: string, send: () => Promise<Response>, field: string][] = [
    [
      'a date that is not one',
      () => supervisor.request('GET', '/api/v1/agenda?from=2027-02-30&to=2027-03-01'),
      'from',
    ],
    ['no end of the range', () => supervisor.request('GET', '/api/v1/agenda?from=2027-03-01'), 'to'],
    [
      'a range of two months',
      () => supervisor.request('GET', '/api/v1/agenda?from=2027-03-01&to=2027-04-30'),
      'to',
    ],
    [
      'an unknown kind of resource',
      () => supervisor.request('GET', `/api/v1/agenda?${week}&resourceKind=person&resourceId=${someId}`),
      'resourceKind',
    ],
    [
      'an office id that is not one',
      () => supervisor.request('GET', `/api/v1/agenda?${week}&officeId=TAP`),
      'officeId',
    ],
    [
      'a block that ends before it starts',
      () =>
        supervisor.request('POST', '/api/v1/unavailability', {
          resourceKind: 'room',
          resourceId: someId,
          startsAt: '2027-03-03T12:00',
          endsAt: '2027-03-03T09:00',
        }),
      'endsAt',
    ],
    [
      'a time written the wrong way',
      () =>
        supervisor.request('POST', '/api/v1/unavailability', {
          resourceKind: 'room',
          resourceId: someId,
          startsAt: '03/03/2027 9:00',
          endsAt: '2027-03-03T12:00',
        }),
      'startsAt',
    ],
    [
      'a resource that does not exist',
      () =>
        supervisor.request('POST', '/api/v1/unavailability', {
          resourceKind: 'room',
          resourceId: someId,
          startsAt: '2027-03-03T08:00',
          endsAt: '2027-03-03T12:00',
        }),
      'resourceId',
    ],
    [
      'a release without reason',
      () => supervisor.request('POST', `/api/v1/unavailability/${someId}/release`, { reason: '' }),
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

  it('answers bad input with a 4xx, never a 500', async () => {
    const responses = await Promise.all([
      supervisor.request('POST', '/api/v1/unavailability', '{"resourceKind": ', {
        'content-type': 'application/json',
      }),
      supervisor.request('POST', '/api/v1/unavailability', '[]', { 'content-type': 'application/json' }),
      supervisor.request('POST', '/api/v1/unavailability/not-an-id/release', { reason: 'x' }),
      supervisor.request('POST', `/api/v1/unavailability/${someId}/release`, { reason: 'x' }),
      supervisor.request('GET', '/api/v1/agenda?from=&to='),
      supervisor.request('GET', `/api/v1/agenda?${week}&resourceKind=room`),
    ]);
    expect(responses.map((r) => r.status)).toEqual([400, 400, 400, 404, 400, 400]);
  });
});
