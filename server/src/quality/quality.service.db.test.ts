import { beforeAll, expect, it } from 'vitest';
import { sql } from 'kysely';
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
  getQualityReview,
  openQualityReview,
  qualityReport,
  saveQualityReview,
} from './quality.service';

const mexico = jurisdictionOf('MEX');
const now = new Date('2026-12-10T18:00:00Z');
const period = { periodFrom: '2026-11-01', periodTo: '2026-11-30' };

describeEachEngine('quality review', (database) => {
  let people: FirstInstance;
  let reviewer: Actor;
  let statistician: Actor;
  let officeId: string;

  beforeAll(async () => {
    const { db } = database();
    officeId = await createOffice(db, 'TAP');
    people = {
      registrar: await createActor(db, 'registration_officer', officeId),
      officer: await createActor(db, 'eligibility_officer', officeId),
      supervisor: await createActor(db, 'supervisor', officeId),
    };
    reviewer = await createActor(db, 'supervisor', officeId);
    statistician = await createActor(db, 'statistician', null);
    // Seven refusals by one officer: the first five are a new officer's, so flagged for review.
    for (let day = 11; day <= 17; day++) await notifiedRefusal(db, people, mexico, `2026-11-${day}`);
  });

  it('draws every risk-flagged decision, reproducibly, and never a decision twice', async () => {
    const { db } = database();
    expect(
      (await rejection(drawQualitySample(db, people.officer, { officeId, ...period, randomRate: 1 }, now)))
        .code,
    ).toBe('forbidden');
    const risk = await drawQualitySample(
      db,
      people.supervisor,
      { officeId, ...period, randomRate: 0, seed: 42 },
      now,
    );
    expect(risk.population).toBe(7);
    expect(risk.samples).toHaveLength(5);
    expect(risk.samples.every((s) => s.reason === 'risk' && s.riskIndicators.includes('new_officer'))).toBe(
      true,
    );
    expect(risk.samples.map((s) => s.decisionIssuedOn)).toEqual([
      '2026-11-11',
      '2026-11-12',
      '2026-11-13',
      '2026-11-14',
      '2026-11-15',
    ]);

    const rest = await drawQualitySample(
      db,
      people.supervisor,
      { officeId, ...period, randomRate: 0.5, seed: 42 },
      now,
    );
    expect(rest.population).toBe(2);
    expect(rest.samples).toHaveLength(1);
    expect(rest.samples[0]).toMatchObject({ reason: 'random', riskIndicators: [] });
    const again = await drawQualitySample(
      db,
      people.supervisor,
      { officeId, ...period, randomRate: 1, seed: 1 },
      now,
    );
    expect(again.samples.map((s) => s.decisionEventId)).not.toContain(rest.samples[0]!.decisionEventId);
    expect(again.population).toBe(1);
    // The draw itself is never changed.
    await expect(sql`update quality_draws set seed = 1 where id = ${risk.id}`.execute(db)).rejects.toThrow();
  });

  it('gives a sample to an uninvolved reviewer who rates, completes, and then cannot change it', async () => {
    const { db } = database();
    // Every decision of the period was drawn above; take one nobody reviews yet.
    const sample = await db
      .selectFrom('quality_samples')
      .select(['id', 'version'])
      .where('reviewer_id', 'is', null)
      .executeTakeFirst();
    expect(sample).toBeDefined();
    const approver = await rejection(
      assignQualitySample(
        db,
        people.supervisor,
        sample!.id,
        { version: sample!.version, reviewerId: people.supervisor.id },
        now,
      ),
    );
    expect(approver.fields?.[0]).toMatchObject({ path: 'reviewerId', code: 'not_assignable' });
    const assigned = await assignQualitySample(
      db,
      people.supervisor,
      sample!.id,
      { version: sample!.version, reviewerId: reviewer.id },
      now,
    );
    expect(assigned.reviewer?.id).toBe(reviewer.id);
    expect(assigned.reviewerCandidates.map((c) => c.id)).toEqual([reviewer.id]);

    expect((await rejection(openQualityReview(db, people.supervisor, sample!.id, now))).code).toBe(
      'not_found',
    );
    const opened = await openQualityReview(db, reviewer, sample!.id, now);
    expect(opened).toMatchObject({ status: 'draft', canEdit: true, indicatorSet: 'refugio-qa-1' });

    const noComment = await rejection(
      saveQualityReview(
        db,
        reviewer,
        opened.id,
        { version: 1, scores: [{ indicatorId: 'd_risk', rating: 'minor' }] },
        now,
      ),
    );
    expect(noComment.fields?.[0]).toMatchObject({ path: 'scores.0.comment' });
    const partial = await rejection(
      saveQualityReview(
        db,
        reviewer,
        opened.id,
        { version: 1, scores: [{ indicatorId: 'd_risk', rating: 'correct' }] },
        now,
        true,
      ),
    );
    expect(partial.fields?.map((f) => f.path)).toContain('scores.i_interpreter');

    const scores = qualityIndicatorIds.map((indicatorId) =>
      indicatorId === 'd_credibility'
        ? { indicatorId, rating: 'significant', comment: 'Inconsistencies were not put to the applicant.' }
        : { indicatorId, rating: indicatorId.startsWith('i_') ? 'not_applicable' : 'correct' },
    );
    const completed = await saveQualityReview(
      db,
      reviewer,
      opened.id,
      { version: 1, comments: 'Bien', scores },
      now,
      true,
    );
    expect(completed).toMatchObject({ status: 'completed', canEdit: false, version: 2 });
    expect(completed.scores).toHaveLength(qualityIndicatorIds.length);
    expect(completed.sample.status).toBe('completed');
    expect(
      (await rejection(saveQualityReview(db, reviewer, opened.id, { version: 2, scores }, now))).code,
    ).toBe('conflict');
    await expect(
      sql`update quality_scores set rating = 'correct' where review_id = ${opened.id}`.execute(db),
    ).rejects.toThrow(/completed/);
    expect((await getQualityReview(db, people.supervisor, opened.id)).id).toBe(opened.id);
    expect((await rejection(getQualityReview(db, people.officer, opened.id))).code).toBe('not_found');

    const byOfficer = await qualityReport(db, people.supervisor, { groupBy: 'officer' });
    expect(byOfficer.rows).toHaveLength(1);
    expect(byOfficer.rows[0]).toMatchObject({
      group: { kind: 'officer', id: people.officer.id },
      reviews: 1,
    });
    expect(byOfficer.rows[0]!.indicators.find((i) => i.indicatorId === 'd_credibility')).toMatchObject({
      significant: 1,
    });
    const own = await qualityReport(db, people.officer, { groupBy: 'officer', officerId: people.officer.id });
    expect(own.rows[0]?.reviews).toBe(1);
    expect((await rejection(qualityReport(db, people.officer, { groupBy: 'office' }))).code).toBe(
      'forbidden',
    );
    expect((await rejection(qualityReport(db, statistician, { groupBy: 'officer' }))).code).toBe('forbidden');
    const offices = await qualityReport(db, statistician, { groupBy: 'office' });
    expect(offices.rows[0]).toMatchObject({ group: { kind: 'office', id: officeId }, reviews: 1 });
  });
});
