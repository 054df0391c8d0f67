import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type {
  CalendarYearView,
  CaseDetail,
  CaseList,
  DeadlineDashboard,
  DeclaredDayChangeResult,
  RecomputationView,
  RegisteredCase,
} from '@refugio/contract';
import { calendarSource } from '../../src/calendars/calendar-source';
import { profileSource } from '../../src/time-limit-rules/profile-source';
import { jurisdictionOf } from '../../src/countries/jurisdiction';
import { buildApp } from '../../src/http/app';
import { diskDocumentStore } from '../../src/files/disk-document-store';
import type { App } from '../../src/http/context';
import { describeEachEngine } from '../harness/engines';
import { familyOfThree } from '../fixtures/applications';
import { startApp, type HttpClient, type RunningApp } from './running-app';

interface ErrorBody {
  error: { code: string; message: string };
}

// Filed Tue 10 Nov 2026: 45 working days (LRPCAP art. 24) end on Fri 15 Jan 2027 (20 Nov, 25 Dec and
// 1 Jan are LFPA art. 28 days).
const filedDue = '2027-01-15';

describeEachEngine('HTTP: extending, dashboards and declared days', (database) => {
  let running: RunningApp;
  let secondProcess: App;
  const as = {} as Record<
    'registration' | 'eligibility' | 'supervisor' | 'admin' | 'cdmx' | 'statistics',
    HttpClient
  >;
  let onSecond: HttpClient;

  beforeAll(async () => {
    running = await startApp(database());
    const emails = {
      registration: 'registro@demo.refugio.mx',
      eligibility: 'elegibilidad@demo.refugio.mx',
      supervisor: 'supervision@demo.refugio.mx',
      admin: 'admin@demo.refugio.mx',
      cdmx: 'registro.cdmx@demo.refugio.mx',
      statistics: 'estadistica@demo.refugio.mx',
    };
    for (const [who, email] of Object.entries(emails) as [keyof typeof as, string][]) {
      as[who] = running.client();
      expect((await as[who].signIn(email)).status).toBe(200);
    }
    // Another server process over the same database, with a calendar of its own.
    const { profile } = jurisdictionOf('MEX');
    secondProcess = await buildApp({
      db: database().db,
      engine: database().engine,
      profile,
      calendars: calendarSource(profile.code),
      rules: profileSource(profile),
      sessionPolicy: { idleMinutes: 30, absoluteHours: 12 },
      cookieSecure: false,
      documents: diskDocumentStore(running.documentsDir!),
      maxUploadBytes: 20 * 1024 * 1024,
    });
    await secondProcess.listen({ port: 0, host: '127.0.0.1' });
    const port = (secondProcess.server.address() as AddressInfo).port;
    onSecond = clientOn(`http://127.0.0.1:${port}`);
    expect((await onSecond.signIn('supervision@demo.refugio.mx')).status).toBe(200);
  });
  afterAll(async () => {
    await secondProcess?.close();
    await running.app.close();
  });

  /** A client of the second process, built the way running-app builds them. */
  function clientOn(baseUrl: string): HttpClient {
    let cookie = '';
    const request: HttpClient['request'] = async (method, path, body) => {
      const response = await fetch(baseUrl + path, {
        method,
        headers: {
          ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
          ...(cookie ? { cookie } : {}),
          'x-requested-with': 'refugio',
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const set = response.headers.get('set-cookie');
      if (set) cookie = set.split(';')[0]!;
      return response;
    };
    return {
      request,
      json: async (method, path, body) => {
        const response = await request(method, path, body);
        const text = await response.text();
        return { status: response.status, body: text ? JSON.parse(text) : null };
      },
      signIn: (email, password = 'Refugio-demo-2026') =>
        request('POST', '/api/v1/session', { email, password }),
    };
  }

  const register = async () => {
    const created = await as.registration.json<RegisteredCase>('POST', '/api/v1/cases', familyOfThree());
    expect(created.status).toBe(201);
    return created.body.id;
  };
  const dueOn = async (client: HttpClient, caseId: string) => {
    const file = await client.json<CaseDetail>('GET', `/api/v1/cases/${caseId}`);
    expect(file.status).toBe(200);
    return file.body.deadlines.find((d) => d.limit === 'first_instance_decision')?.dueDate;
  };
  const extend = (client: HttpClient, caseId: string, version: number) =>
    client.json<CaseDetail & ErrorBody>(
      'POST',
      `/api/v1/cases/${caseId}/deadlines/first_instance_decision/extensions`,
      { version, reason: 'applicant_evidence', length: 10, note: 'Aportará pruebas documentales' },
    );

  it('a supervisor extends the decision limit once; other roles and offices are refused', async () => {
    const caseId = await register();
    expect((await extend(as.eligibility, caseId, 1)).status).toBe(403);
    expect((await extend(as.registration, caseId, 1)).status).toBe(403);
    expect((await extend(as.cdmx, caseId, 1)).status).toBe(404);
    const extended = await extend(as.supervisor, caseId, 1);
    expect(extended.status).toBe(200);
    // 10 working days after Fri 15 Jan 2027: 18–22 and 25–29 Jan.
    expect(extended.body.deadlines.find((d) => d.limit === 'first_instance_decision')).toMatchObject({
      dueDate: '2027-01-29',
      extendedBy: 10,
      extendable: false,
    });
    expect(extended.body.version).toBe(2);
    const again = await extend(as.supervisor, caseId, 2);
    expect([again.status, again.body.error.code]).toEqual([409, 'conflict']);
    const stale = await extend(as.supervisor, caseId, 1);
    expect(stale.status).toBe(409);
    expect(stale.body.error.message).toContain('version 2');
  });

  it("the dashboard shows the office's running limits; another office's none of them; a statistician nothing", async () => {
    const caseId = await register();
    const mine = await as.supervisor.json<DeadlineDashboard>(
      'GET',
      '/api/v1/deadlines?within=260&pageSize=100',
    );
    expect(mine.status).toBe(200);
    const item = mine.body.items.find((i) => i.caseId === caseId);
    expect(item).toMatchObject({ limit: 'first_instance_decision', dueDate: filedDue, status: 'open' });
    expect(item!.workingDaysLeft).toBeGreaterThan(0);
    expect(new Set(mine.body.items.map((i) => i.office.code))).toEqual(new Set(['TAP']));
    const dated = mine.body.items.flatMap((i) => (i.dueDate ? [i.dueDate] : []));
    expect(dated).toEqual([...dated].sort());

    const theirs = await as.cdmx.json<DeadlineDashboard>('GET', '/api/v1/deadlines?within=260&pageSize=100');
    expect(theirs.status).toBe(200);
    expect(theirs.body.items.some((i) => i.caseId === caseId)).toBe(false);
    expect(theirs.body.items.every((i) => i.office.code === 'CMX')).toBe(true);
    const stats = await as.statistics.json<ErrorBody>('GET', '/api/v1/deadlines');
    expect([stats.status, stats.body.error.code]).toEqual([403, 'forbidden']);
  });

  it('the case list gives each case its next deadline, sorts by it with the undated last, and filters', async () => {
    const caseId = await register();
    const list = await as.supervisor.json<CaseList>(
      'GET',
      '/api/v1/cases?sort=nextDeadline&order=asc&pageSize=100',
    );
    expect(list.status).toBe(200);
    expect(list.body.items.find((c) => c.id === caseId)?.nextDeadline).toEqual({
      limit: 'first_instance_decision',
      dueDate: filedDue,
      status: 'open',
    });
    const dues = list.body.items.map((c) => c.nextDeadline?.dueDate ?? null);
    const firstNull = dues.indexOf(null);
    const dated = firstNull === -1 ? dues : dues.slice(0, firstNull);
    expect(dated).toEqual([...dated].sort());
    if (firstNull !== -1) expect(dues.slice(firstNull).every((d) => d === null)).toBe(true);

    const soon = await as.supervisor.json<CaseList>(
      'GET',
      '/api/v1/cases?deadline=due_soon&within=260&pageSize=100',
    );
    expect(soon.body.items.map((c) => c.id)).toContain(caseId);
    const none = await as.supervisor.json<CaseList>(
      'GET',
      '/api/v1/cases?deadline=due_soon&within=0&pageSize=100',
    );
    expect(none.body.items.map((c) => c.id)).not.toContain(caseId);
  });

  it('a declared day moves the due date in every server process; withdrawing it moves it back', async () => {
    const caseId = await register();
    expect(await dueOn(onSecond, caseId)).toBe(filedDue);
    const day = { date: '2026-12-01', reason: 'Cierre de oficinas', legalBasis: 'Acuerdo COMAR/03/2026' };
    expect((await as.supervisor.json('POST', '/api/v1/calendar/declared-days', day)).status).toBe(403);

    const declared = await as.admin.json<DeclaredDayChangeResult>(
      'POST',
      '/api/v1/calendar/declared-days',
      day,
    );
    expect(declared.status).toBe(201);
    expect(declared.body.day).toMatchObject({ ...day, status: 'in_force' });
    const progress = await as.supervisor.json<RecomputationView>(
      'GET',
      `/api/v1/clock-recomputations/${declared.body.recomputation.id}`,
    );
    expect(progress.status).toBe(200);
    await expect
      .poll(
        async () =>
          (
            await as.supervisor.json<RecomputationView>(
              'GET',
              `/api/v1/clock-recomputations/${declared.body.recomputation.id}`,
            )
          ).body.status,
      )
      .toBe('done');
    // Tue 1 Dec no longer counts: one working day more, Mon 18 Jan 2027.
    expect(await dueOn(as.supervisor, caseId)).toBe('2027-01-18');
    expect(await dueOn(onSecond, caseId)).toBe('2027-01-18');
    const events = (await as.supervisor.json<CaseDetail>('GET', `/api/v1/cases/${caseId}`)).body.events;
    expect(events.at(-1)).toMatchObject({
      type: 'deadlines_recomputed',
      data: {
        cause: { kind: 'declared_day', change: 'declared', id: declared.body.day.id },
        // The applicant's filing window (met on 10 Nov) is recomputed too and may be listed beside it.
        changes: expect.arrayContaining([
          { limit: 'first_instance_decision', from: filedDue, to: '2027-01-18' },
        ]),
      },
    });
    const calendar = await onSecond.json<CalendarYearView>('GET', '/api/v1/calendar?year=2026');
    expect(calendar.body.days.find((d) => d.date === day.date)?.reasons.map((r) => r.kind)).toEqual([
      'declared',
    ]);
    expect(calendar.body.canDeclare).toBe(false);
    const twice = await as.admin.json<ErrorBody & { error: { fields: { path: string }[] } }>(
      'POST',
      '/api/v1/calendar/declared-days',
      day,
    );
    expect([twice.status, twice.body.error.fields.map((f) => f.path)]).toEqual([400, ['date']]);

    const withdrawn = await as.admin.json<DeclaredDayChangeResult>(
      'POST',
      `/api/v1/calendar/declared-days/${declared.body.day.id}/withdraw`,
      { reason: 'Se revocó el acuerdo' },
    );
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body.day.status).toBe('withdrawn');
    await expect
      .poll(
        async () =>
          (
            await as.supervisor.json<RecomputationView>(
              'GET',
              `/api/v1/clock-recomputations/${withdrawn.body.recomputation.id}`,
            )
          ).body.status,
      )
      .toBe('done');
    expect(await dueOn(as.supervisor, caseId)).toBe(filedDue);
    expect(await dueOn(onSecond, caseId)).toBe(filedDue);
  });

  it('a supervisor moves a case to another track; an eligibility officer may not', async () => {
    const caseId = await register();
    const body = { version: 1, track: 'regular', reason: 'Necesidad atendida' };
    const refused = await as.eligibility.json<ErrorBody>('POST', `/api/v1/cases/${caseId}/track`, body);
    expect(refused.status).toBe(403);
    const moved = await as.supervisor.json<CaseDetail>('POST', `/api/v1/cases/${caseId}/track`, body);
    expect(moved.status).toBe(200);
    expect(moved.body.triage).toMatchObject({
      track: 'regular',
      placement: { track: 'prioritised', ruleId: 'specific_needs_priority' },
      override: { from: 'prioritised', to: 'regular', reason: body.reason },
    });
    const stale = await as.supervisor.json<ErrorBody>('POST', `/api/v1/cases/${caseId}/track`, {
      ...body,
      track: 'accelerated',
    });
    expect(stale.status).toBe(409);
    const list = await as.supervisor.json<CaseList>('GET', '/api/v1/cases?pageSize=100');
    expect(list.body.items.find((c) => c.id === caseId)?.track).toBe('regular');
  });
});
