import { beforeAll, expect, it } from 'vitest';
import { qualityIndicatorIds } from '@refugio/contract';
import { describeEachEngine } from '../../test/harness/engines';
import { createActor, createOffice } from '../../test/fixtures/actors';
import { notifiedRefusal, type FirstInstance } from '../../test/fixtures/appeals';
import { rejection } from '../../test/fixtures/rejection';
import { jurisdictionOf } from '../countries/jurisdiction';
import type { Actor } from '../access/actor';
import {
  assignQualitySample,
  drawQualitySample,
  listQualitySamples,
  openQualityReview,
  saveQualityReview,
} from './quality.service';

const mexico = jurisdictionOf('MEX');
const now = new Date('2026-12-10T18:00:00Z');
const period = { periodFrom: '2026-11-01', periodTo: '2026-11-30' };

describeEachEngine('quality samples list', (database) => {
  let tap: FirstInstance;
  let cmx: FirstInstance;
  let reviewer: Actor;
  let admin: Actor;
  let statistician: Actor;
  let tapOffice: string;
  let cmxOffice: string;
  let riskDraw: string;
  let randomDraw: string;

  beforeAll(async () => {
    const { db } = database();
    tapOffice = await createOffice(db, 'TAP');
    cmxOffice = await createOffice(db, 'CMX');
    const team = async (office: string): Promise<FirstInstance> => ({
      registrar: await createActor(db, 'registration_officer', office),
      officer: await createActor(db, 'eligibility_officer', office),
      supervisor: await createActor(db, 'supervisor', office),
    });
    tap = await team(tapOffice);
    cmx = await team(cmxOffice);
    reviewer = await createActor(db, 'supervisor', tapOffice);
    admin = await createActor(db, 'administrator', null);
    statistician = await createActor(db, 'statistician', null);
    // Seven refusals in Tapachula (the first five a new officer's: risk), one in Mexico City.
    for (let day = 11; day <= 17; day++) await notifiedRefusal(db, tap, mexico, `2026-11-${day}`);
    await notifiedRefusal(db, cmx, mexico, '2026-11-12');

    riskDraw = (
      await drawQualitySample(
        db,
        tap.supervisor,
        { officeId: tapOffice, ...period, randomRate: 0, seed: 7 },
        now,
      )
    ).id;
    randomDraw = (
      await drawQualitySample(
        db,
        tap.supervisor,
        { officeId: tapOffice, ...period, randomRate: 1, seed: 7 },
        new Date(now.getTime() + 60_000),
      )
    ).id;
    await drawQualitySample(
      db,
      cmx.supervisor,
      { officeId: cmxOffice, ...period, randomRate: 1, seed: 7 },
      now,
    );

    // Two of the risk draw go to the reviewer; one of them is reviewed to the end.
    const [first, second] = (await listQualitySamples(db, tap.supervisor, { drawId: riskDraw })).items;
    for (const sample of [first!, second!])
      await assignQualitySample(
        db,
        tap.supervisor,
        sample.id,
        { version: sample.version, reviewerId: reviewer.id },
        now,
      );
    const review = await openQualityReview(db, reviewer, first!.id, now);
    const scores = qualityIndicatorIds.map((indicatorId) => ({ indicatorId, rating: 'correct' }));
    await saveQualityReview(db, reviewer, review.id, { version: 1, scores }, now, true);
  });

  const ids = (list: { items: { id: string }[] }) => list.items.map((s) => s.id);

  it('lists a supervisor their office’s samples, newest draw first, with status and assignment', async () => {
    const { db } = database();
    const all = await listQualitySamples(db, tap.supervisor, {});
    expect(all.total).toBe(7);
    expect(all.items.map((s) => s.drawId)).toEqual([randomDraw, randomDraw, ...Array(5).fill(riskDraw)]);
    expect(all.items.every((s) => s.caseNumber !== '' && s.author?.id === tap.officer.id)).toBe(true);

    const unassigned = await listQualitySamples(db, tap.supervisor, { status: 'unassigned' });
    const assigned = await listQualitySamples(db, tap.supervisor, { status: 'assigned' });
    const reviewed = await listQualitySamples(db, tap.supervisor, { status: 'reviewed' });
    expect([unassigned.total, assigned.total, reviewed.total]).toEqual([5, 1, 1]);
    expect(assigned.items[0]).toMatchObject({ status: 'pending', reviewer: { id: reviewer.id } });
    expect(reviewed.items[0]).toMatchObject({ status: 'completed', reviewer: { id: reviewer.id } });
    expect(new Set([...ids(unassigned), ...ids(assigned), ...ids(reviewed)])).toEqual(new Set(ids(all)));

    expect((await listQualitySamples(db, tap.supervisor, { drawId: randomDraw })).total).toBe(2);
    expect((await listQualitySamples(db, tap.supervisor, { officerId: tap.officer.id })).total).toBe(7);
    expect((await listQualitySamples(db, tap.supervisor, { officerId: cmx.officer.id })).total).toBe(0);
  });

  it('pages through the list without losing or repeating a sample', async () => {
    const { db } = database();
    const pages = [];
    for (let page = 1; page <= 4; page++)
      pages.push(await listQualitySamples(db, tap.supervisor, { page, pageSize: 2 }));
    expect(pages.map((p) => p.items.length)).toEqual([2, 2, 2, 1]);
    expect(pages.every((p) => p.total === 7 && p.pageSize === 2)).toBe(true);
    expect(pages.flatMap(ids)).toEqual(ids(await listQualitySamples(db, tap.supervisor, {})));
    const bad = await rejection(listQualitySamples(db, tap.supervisor, { pageSize: 1000 }));
    expect(bad.fields?.[0]?.path).toBe('pageSize');
    const badStatus = await rejection(listQualitySamples(db, tap.supervisor, { status: 'done' }));
    expect(badStatus.fields?.[0]?.path).toBe('status');
  });

  it('gives a reviewer the samples given to them; keeps each office’s samples to its supervisors', async () => {
    const { db } = database();
    const mine = await listQualitySamples(db, reviewer, { reviewerId: reviewer.id });
    expect(mine.total).toBe(2);
    expect(mine.items.filter((s) => s.canReview)).toHaveLength(1);

    expect((await rejection(listQualitySamples(db, cmx.supervisor, { officeId: tapOffice }))).code).toBe(
      'forbidden',
    );
    const own = await listQualitySamples(db, cmx.supervisor, {});
    expect(own.total).toBe(1);
    expect(own.items[0]?.author?.id).toBe(cmx.officer.id);
  });

  it('lets an administrator read every office, never a statistician or an officer (per-officer data)', async () => {
    const { db } = database();
    expect((await listQualitySamples(db, admin, {})).total).toBe(8);
    expect((await listQualitySamples(db, admin, { officeId: cmxOffice })).total).toBe(1);
    expect((await rejection(listQualitySamples(db, statistician, {}))).code).toBe('forbidden');
    expect((await rejection(listQualitySamples(db, tap.officer, {}))).code).toBe('forbidden');
    expect((await rejection(listQualitySamples(db, tap.officer, { officerId: tap.officer.id }))).code).toBe(
      'forbidden',
    );
    const audit = await db
      .selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'quality.samples_read')
      .where('actor_id', '=', admin.id)
      .execute();
    expect(audit.map((a) => a.details)).toContainEqual(
      expect.objectContaining({ officeId: cmxOffice, count: 1, total: 1 }),
    );
  });
});
