import { afterAll, beforeAll, expect, it } from 'vitest';
import type { QualityDrawView, QualitySampleList } from '@refugio/contract';
import { describeEachEngine } from '../harness/engines';
import { notifiedRefusal } from '../fixtures/appeals';
import { jurisdictionOf } from '../../src/countries/jurisdiction';
import { demoActor } from '../fixtures/actors';
import { startApp, type HttpClient, type RunningApp } from './running-app';

interface ErrorBody {
  error: { code: string; message: string; fields?: { path: string; code: string }[] };
}

describeEachEngine('HTTP: quality samples list', (database) => {
  let running: RunningApp;
  let supervisor: HttpClient;
  let officer: HttpClient;
  let statistician: HttpClient;
  let admin: HttpClient;
  let tapId: string;

  beforeAll(async () => {
    running = await startApp(database());
    supervisor = running.client();
    officer = running.client();
    statistician = running.client();
    admin = running.client();
    expect((await supervisor.signIn('supervision@demo.refugio.mx')).status).toBe(200);
    expect((await officer.signIn('elegibilidad@demo.refugio.mx')).status).toBe(200);
    expect((await statistician.signIn('estadistica@demo.refugio.mx')).status).toBe(200);
    expect((await admin.signIn('admin@demo.refugio.mx')).status).toBe(200);
    tapId = (
      await database()
        .db.selectFrom('offices')
        .select('id')
        .where('code', '=', 'TAP')
        .executeTakeFirstOrThrow()
    ).id;
    const people = {
      registrar: await demoActor(database().db, 'registro@demo.refugio.mx'),
      officer: await demoActor(database().db, 'elegibilidad@demo.refugio.mx'),
      supervisor: await demoActor(database().db, 'supervision@demo.refugio.mx'),
    };
    // Three refusals of November 2026 in Tapachula to draw from.
    for (const day of ['11', '12', '13'])
      await notifiedRefusal(database().db, people, jurisdictionOf('MEX'), `2026-11-${day}`);
  });
  afterAll(async () => {
    await running.app.close();
  });

  const list = (client: HttpClient, query = '') =>
    client.json<QualitySampleList & ErrorBody>('GET', `/api/v1/quality/samples${query}`);

  it('answers 401 without a session and 400 naming a bad filter', async () => {
    expect((await running.client().json('GET', '/api/v1/quality/samples')).status).toBe(401);
    for (const [query, field] of [
      ['?status=done', 'status'],
      ['?drawId=nope', 'drawId'],
      ['?pageSize=500', 'pageSize'],
      ['?page=0', 'page'],
    ]) {
      const response = await list(supervisor, query);
      expect(response.status).toBe(400);
      expect(response.body.error.fields?.map((f) => f.path)).toContain(field);
    }
  });

  it('lists a draw’s samples to the office’s supervisor and an administrator, not to an officer or statistician', async () => {
    const drawn = await supervisor.json<QualityDrawView>('POST', '/api/v1/quality/draws', {
      officeId: tapId,
      periodFrom: '2026-11-01',
      periodTo: '2026-11-30',
      randomRate: 1,
      seed: 3,
    });
    expect(drawn.status).toBe(201);
    expect(drawn.body.samples.length).toBeGreaterThanOrEqual(3);
    const ofDraw = await list(supervisor, `?drawId=${drawn.body.id}&pageSize=100`);
    expect(ofDraw.status).toBe(200);
    expect(ofDraw.body.total).toBe(drawn.body.samples.length);
    expect(ofDraw.body.items.map((s) => s.id).sort()).toEqual(drawn.body.samples.map((s) => s.id).sort());
    // Only the allow-listed fields: no reasons or narrative of the decision.
    for (const item of ofDraw.body.items)
      expect(Object.keys(item).sort()).toEqual(Object.keys(drawn.body.samples[0]!).sort());

    const unassigned = await list(supervisor, `?drawId=${drawn.body.id}&status=unassigned&pageSize=100`);
    expect(unassigned.body.total).toBe(drawn.body.samples.filter((s) => s.reviewer === null).length);
    expect((await list(admin, `?officeId=${tapId}&drawId=${drawn.body.id}`)).body.total).toBe(
      drawn.body.samples.length,
    );
    expect((await list(officer)).status).toBe(403);
    expect((await list(statistician)).status).toBe(403);
  });
});
