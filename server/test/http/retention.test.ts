import { afterAll, beforeAll, expect, it } from 'vitest';
import type {
  CaseLegalHolds,
  DisposalList,
  LegalHoldView,
  RetentionDueReport,
  RetentionRunResult,
  RetentionSchedule,
  RetentionScheduleList,
} from '@refugio/contract';
import { describeEachEngine } from '../harness/engines';
import { actorByEmail } from '../fixtures/assessments';
import { familyOfThree } from '../fixtures/applications';
import { jurisdictionOf } from '../../src/countries/jurisdiction';
import { registerApplication } from '../../src/cases/case.service';
import { stepCase } from '../../src/demo/direct-step';
import { startApp, type HttpClient, type RunningApp } from './running-app';

interface ErrorBody {
  error: { code: string; fields?: { path: string; code: string }[] };
}

describeEachEngine('HTTP: retention schedules, legal holds and disposal', (database) => {
  let running: RunningApp;
  let admin: HttpClient;
  let supervisor: HttpClient;
  let registrar: HttpClient;
  let otherOffice: HttpClient;
  let caseId: string;
  let caseNumber: string;

  beforeAll(async () => {
    running = await startApp(database());
    [admin, supervisor, registrar, otherOffice] = Array.from({ length: 4 }, () => running.client()) as [
      HttpClient,
      HttpClient,
      HttpClient,
      HttpClient,
    ];
    expect((await admin.signIn('admin@demo.refugio.mx')).status).toBe(200);
    expect((await supervisor.signIn('supervision@demo.refugio.mx')).status).toBe(200);
    expect((await registrar.signIn('registro@demo.refugio.mx')).status).toBe(200);
    expect((await otherOffice.signIn('registro.cdmx@demo.refugio.mx')).status).toBe(200);
    // A file withdrawn in January 2020: its five years ended in January 2025.
    const { db } = database();
    const mexico = jurisdictionOf('MEX');
    const input = familyOfThree({ entryDate: '2019-05-02', applicationDate: '2019-05-10', dependants: [] });
    input.principal = { ...input.principal, givenNames: 'Anacaona', firstSurname: 'Quisqueya' };
    const registered = await registerApplication(
      db,
      await actorByEmail(db, 'registro@demo.refugio.mx'),
      input,
      mexico,
      new Date('2019-05-10T15:00:00Z'),
    );
    caseId = registered.id;
    caseNumber = registered.caseNumber;
    await stepCase(
      db,
      await actorByEmail(db, 'supervision@demo.refugio.mx'),
      caseId,
      'close',
      { version: 1, data: { closureReason: 'withdrawn', reason: 'Desistimiento por escrito.' } },
      mexico,
      new Date('2020-01-15T15:00:00Z'),
    );
  });
  afterAll(() => running.app.close());

  it('keeps schedules to administrators, versioned from the version seen, with errors that name the field', async () => {
    expect((await supervisor.json('GET', '/api/v1/retention/schedules')).status).toBe(403);
    const list = await admin.json<RetentionScheduleList>('GET', '/api/v1/retention/schedules');
    expect(list.status).toBe(200);
    const refugee = list.body.schedules.find((s) => s.recordType === 'case_recognised')!;
    expect(refugee).toMatchObject({ version: 0, periodMonths: 240, recordedAt: null });
    expect(refugee.description).toContain('UNHCR');

    const path = '/api/v1/retention/schedules/case_recognised';
    const changed = await admin.json<RetentionSchedule>('PUT', path, {
      periodMonths: 300,
      description: 'Política de archivo 2027: 25 años desde el cierre.',
      version: 0,
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ version: 1, periodMonths: 300 });
    const stale = await admin.json<ErrorBody>('PUT', path, {
      periodMonths: 200,
      description: 'Otra',
      version: 0,
    });
    expect(stale.status).toBe(409);
    const bad = await admin.json<ErrorBody>('PUT', path, { periodMonths: 0, description: 'x', version: 1 });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields?.map((f) => f.path)).toContain('periodMonths');
    expect(
      (
        await admin.json('PUT', '/api/v1/retention/schedules/everything', {
          periodMonths: 1,
          description: 'x',
          version: 0,
        })
      ).status,
    ).toBe(400);
    expect(
      (await supervisor.json('PUT', path, { periodMonths: 12, description: 'x', version: 1 })).status,
    ).toBe(403);
  });

  it('lets a supervisor of the office hold a case, which keeps it out of the due list, and lift the hold', async () => {
    const holdsPath = `/api/v1/cases/${caseId}/legal-holds`;
    const refused = await registrar.json<ErrorBody>('POST', holdsPath, { reason: 'amparo' });
    expect(refused.status).toBe(403);
    expect((await otherOffice.json('POST', holdsPath, { reason: 'amparo' })).status).toBe(404);
    const noReason = await supervisor.json<ErrorBody>('POST', holdsPath, { reason: 'because' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.fields?.map((f) => f.path)).toContain('reason');

    const placed = await supervisor.json<LegalHoldView>('POST', holdsPath, {
      reason: 'amparo',
      note: 'Juicio de amparo 456/2026',
    });
    expect(placed.status).toBe(201);
    const asRegistrar = await registrar.json<CaseLegalHolds>('GET', holdsPath);
    expect(asRegistrar.body.canManage).toBe(false);
    expect(asRegistrar.body.holds.map((h) => h.id)).toEqual([placed.body.id]);

    const due = await admin.json<RetentionDueReport>('GET', '/api/v1/retention/due');
    expect(due.status).toBe(200);
    expect(due.body.cases.map((c) => c.caseId)).not.toContain(caseId);
    expect(due.body.heldCases).toBe(1);
    const held = await admin.json<{ holds: LegalHoldView[] }>('GET', '/api/v1/retention/legal-holds');
    expect(held.body.holds.map((h) => h.caseNumber)).toContain(caseNumber);

    const liftPath = `${holdsPath}/${placed.body.id}/lift`;
    expect((await supervisor.json('POST', liftPath, { note: '', version: 1 })).status).toBe(400);
    const lifted = await supervisor.json<LegalHoldView>('POST', liftPath, {
      note: 'Amparo sobreseído',
      version: 1,
    });
    expect(lifted.status).toBe(200);
    expect(lifted.body.liftedAt).not.toBeNull();
    expect((await supervisor.json('POST', liftPath, { note: 'Otra vez', version: 2 })).status).toBe(409);
  });

  it('disposes of what is due on a confirmed run, logs a tombstone, and holds nothing afterwards', async () => {
    expect((await supervisor.json('GET', '/api/v1/retention/due')).status).toBe(403);
    const due = await admin.json<RetentionDueReport>('GET', '/api/v1/retention/due');
    expect(due.body.cases).toEqual([
      expect.objectContaining({
        caseId,
        recordType: 'case_withdrawn',
        triggerDate: '2020-01-15',
        dueOn: '2025-01-15',
      }),
    ]);
    const unconfirmed = await admin.json<ErrorBody>('POST', '/api/v1/retention/runs', {});
    expect(unconfirmed.status).toBe(400);
    expect(unconfirmed.body.error.fields?.map((f) => f.path)).toContain('confirm');
    expect((await supervisor.json('POST', '/api/v1/retention/runs', { confirm: true })).status).toBe(403);

    const run = await admin.json<RetentionRunResult>('POST', '/api/v1/retention/runs', { confirm: true });
    expect(run.status).toBe(200);
    expect(run.body).toMatchObject({ disposedCases: 1, remainingCases: 0 });
    const again = await admin.json<RetentionRunResult>('POST', '/api/v1/retention/runs', { confirm: true });
    expect(again.body.disposedCases).toBe(0);

    const log = await admin.json<DisposalList>('GET', '/api/v1/retention/disposals');
    const tombstone = log.body.disposals.find((d) => d.caseId === caseId)!;
    expect(tombstone).toMatchObject({
      caseNumber,
      recordType: 'case_withdrawn',
      disposedBy: expect.any(String),
    });
    expect(tombstone.counts.people).toBe(1);
    expect(JSON.stringify(log.body)).not.toContain('Quisqueya');

    const { db } = database();
    expect(await db.selectFrom('people').select('id').where('case_id', '=', caseId).execute()).toEqual([]);
    const placed = await supervisor.json<ErrorBody>('POST', `/api/v1/cases/${caseId}/legal-holds`, {
      reason: 'other',
    });
    expect(placed.status).toBe(409);
    // The tombstone is in the disposal log, not in the administrator's case list.
    const closed = async () =>
      (await admin.json<{ items: { id: string }[] }>('GET', '/api/v1/cases?stage=closed&pageSize=100')).body
        .items;
    expect((await closed()).map((c) => c.id)).not.toContain(caseId);
  });
});
