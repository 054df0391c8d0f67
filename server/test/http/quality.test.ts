import { afterAll, beforeAll, expect, it } from 'vitest';
import type { QualityDrawList, QualityDrawView, QualityReport } from '@refugio/contract';
import { describeEachEngine } from '../harness/engines';
import { startApp, type HttpClient, type RunningApp } from './running-app';

interface ErrorBody {
  error: { code: string; message: string; fields?: { path: string; code: string }[] };
}

const someId = '6f1c1d38-4a2e-4f52-9d4c-2f0f3b1a9e11';
const draw = { officeId: someId, periodFrom: '2026-11-01', periodTo: '2026-11-30', randomRate: 0.1 };
const routes: [method: string, path: string, body?: unknown][] = [
  ['GET', '/api/v1/quality/draws'],
  ['POST', '/api/v1/quality/draws', draw],
  ['POST', `/api/v1/quality/samples/${someId}/assign`, { version: 1, reviewerId: someId }],
  ['POST', `/api/v1/quality/samples/${someId}/review`],
  ['GET', `/api/v1/quality/reviews/${someId}`],
  ['PUT', `/api/v1/quality/reviews/${someId}`, { version: 1, scores: [] }],
  ['POST', `/api/v1/quality/reviews/${someId}/complete`, { version: 1, scores: [] }],
  ['GET', '/api/v1/quality/reports'],
];

describeEachEngine('HTTP: quality review', (database) => {
  let running: RunningApp;
  let anonymous: HttpClient;
  let supervisor: HttpClient;
  let officer: HttpClient;
  let statistician: HttpClient;
  let tapId: string;

  beforeAll(async () => {
    running = await startApp(database());
    anonymous = running.client();
    supervisor = running.client();
    officer = running.client();
    statistician = running.client();
    expect((await supervisor.signIn('supervision@demo.refugio.mx')).status).toBe(200);
    expect((await officer.signIn('elegibilidad@demo.refugio.mx')).status).toBe(200);
    expect((await statistician.signIn('estadistica@demo.refugio.mx')).status).toBe(200);
    tapId = (
      await database()
        .db.selectFrom('offices')
        .select('id')
        .where('code', '=', 'TAP')
        .executeTakeFirstOrThrow()
    ).id;
  });
  afterAll(async () => {
    await running.app.close();
  });

  it.each(routes)('%s %s answers 401 without a session', async (method, path, body) => {
    expect((await anonymous.json(method, path, body)).status).toBe(401);
  });

  it.each([
    ['a rate above one', { ...draw, randomRate: 1.5 }, 'randomRate'],
    ['a period that ends before it starts', { ...draw, periodTo: '2026-10-01' }, 'periodTo'],
    ['no office', { ...draw, officeId: undefined }, 'officeId'],
    ['an impossible date', { ...draw, periodFrom: '2026-02-30' }, 'periodFrom'],
  ])('refuses a draw with %s (400 naming the field)', async (_label, body, field) => {
    const response = await supervisor.json<ErrorBody>('POST', '/api/v1/quality/draws', body);
    expect(response.status).toBe(400);
    expect(response.body.error.fields?.map((f) => f.path)).toContain(field);
  });

  it('lets the supervisor draw for the office, not an officer nor another office', async () => {
    const drawn = await supervisor.json<QualityDrawView>('POST', '/api/v1/quality/draws', {
      ...draw,
      officeId: tapId,
      seed: 5,
    });
    expect(drawn.status).toBe(201);
    expect(drawn.body).toMatchObject({ officeId: tapId, seed: 5 });
    expect((await officer.json('POST', '/api/v1/quality/draws', { ...draw, officeId: tapId })).status).toBe(
      403,
    );
    expect((await supervisor.json('POST', '/api/v1/quality/draws', draw)).status).toBe(403);
    const list = await supervisor.json<QualityDrawList>('GET', '/api/v1/quality/draws');
    expect(list.body.canDraw).toBe(true);
    expect(list.body.draws.map((d) => d.id)).toContain(drawn.body.id);
    expect((await officer.json('GET', '/api/v1/quality/draws')).status).toBe(403);
  });

  it('refuses a review that does not exist and ratings a reviewer cannot give', async () => {
    expect((await supervisor.json('GET', `/api/v1/quality/reviews/${someId}`)).status).toBe(404);
    const bad = await supervisor.json<ErrorBody>('PUT', `/api/v1/quality/reviews/${someId}`, {
      version: 1,
      scores: [{ indicatorId: 'd_vibes', rating: 'correct' }],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields?.map((f) => f.path)).toContain('scores.0.indicatorId');
  });

  it('gives the statistician office figures, never one officer’s', async () => {
    const offices = await statistician.json<QualityReport>('GET', '/api/v1/quality/reports?groupBy=office');
    expect(offices.status).toBe(200);
    expect((await statistician.json('GET', '/api/v1/quality/reports?groupBy=officer')).status).toBe(403);
    expect((await officer.json('GET', '/api/v1/quality/reports?groupBy=office')).status).toBe(403);
    const bad = await supervisor.json<ErrorBody>('GET', '/api/v1/quality/reports?groupBy=person');
    expect(bad.status).toBe(400);
  });
});
