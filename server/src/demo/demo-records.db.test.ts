import { beforeAll, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import { qualityIndicatorIds, todayIn } from '@refugio/contract';
import { describeEachEngine } from '../../test/harness/engines';
import { actorByEmail } from '../../test/fixtures/assessments';
import type { DB } from '../db/schema';
import { jurisdictionOf } from '../countries/jurisdiction';
import { addDays } from '../calendars/iso-date';
import { isWorkingDay } from '../calendars/calendar';
import { localParts } from '../interviews/local-time';
import { reviewQueue } from '../decisions/decision.service';
import { qualityReport } from '../quality/quality.service';
import { seedDemo, type DemoSummary } from './demo-seed';
import { REFUGIO_IN_USE_FOR_DAYS } from './demo-records';
import { findStoredFile } from '../files/stored-file.repository';

const mexico = jurisdictionOf('MEX');
const now = new Date('2026-11-20T18:00:00Z'); // Friday 20 November 2026, noon in Mexico City
const today = todayIn(mexico.profile.timeZone, now);
const seeding = 300_000;

/** The Tapachula cases with what lies behind their stage. */
async function tapachulaCases(db: Kysely<DB>) {
  const cases = await db
    .selectFrom('cases')
    .innerJoin('offices', 'offices.id', 'cases.office_id')
    .select(['cases.id', 'cases.stage', 'cases.application_date'])
    .where('offices.code', '=', 'TAP')
    .execute();
  const count = async (table: 'interviews' | 'decisions' | 'appeals' | 'assessments', caseId: string) =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .where('case_id', '=', caseId)
          .executeTakeFirstOrThrow()
      ).n,
    );
  return Promise.all(
    cases.map(async (c) => ({
      ...c,
      interviews: await count('interviews', c.id),
      assessments: await count('assessments', c.id),
      decisions: await count('decisions', c.id),
      appeals: await count('appeals', c.id),
    })),
  );
}

describeEachEngine('the full demo, walked through the records', (database) => {
  let summary: DemoSummary;

  beforeAll(async () => {
    summary = await seedDemo(database().db, mexico.profile, { now });
  }, seeding);

  it('leaves every case in Refugio with the records its stage needs', async () => {
    const { db } = database();
    const inUseSince = addDays(today, -REFUGIO_IN_USE_FOR_DAYS);
    const cases = (await tapachulaCases(db)).filter((c) => c.application_date >= inUseSince);
    expect(cases.length).toBeGreaterThan(8);
    const record = (interviewCaseId: string) =>
      db
        .selectFrom('interview_records')
        .innerJoin('interviews', 'interviews.id', 'interview_records.interview_id')
        .select(['interview_records.status'])
        .where('interviews.case_id', '=', interviewCaseId)
        .execute();
    const decisionOf = (caseId: string) =>
      db
        .selectFrom('decisions')
        .leftJoin('decision_documents', 'decision_documents.decision_id', 'decisions.id')
        .select(['decisions.status', 'decision_documents.file_id'])
        .where('decisions.case_id', '=', caseId)
        .executeTakeFirst();
    for (const c of cases) {
      switch (c.stage) {
        case 'registered':
          expect([c.interviews, c.decisions]).toEqual([0, 0]);
          break;
        case 'interview_scheduled': {
          const scheduled = await db
            .selectFrom('interviews')
            .select('id')
            .where('case_id', '=', c.id)
            .where('status', '=', 'scheduled')
            .where('drives_stage', '=', true)
            .execute();
          expect(scheduled).toHaveLength(1);
          break;
        }
        case 'interviewed':
        case 'assessment':
          expect((await record(c.id)).map((r) => r.status)).toEqual(['confirmed']);
          if (c.stage === 'assessment') expect(c.assessments).toBe(1);
          break;
        case 'decision_drafted':
          expect((await decisionOf(c.id))?.status).toBe('submitted');
          break;
        case 'decided':
        case 'notified':
        case 'appeal_lodged':
        case 'appeal_decided': {
          const decision = await decisionOf(c.id);
          expect(decision?.status).toBe(c.stage === 'decided' ? 'issued' : 'notified');
          expect(decision?.file_id).toBeTruthy();
          expect((await record(c.id)).map((r) => r.status)).toEqual(['confirmed']);
          if (c.stage.startsWith('appeal')) expect(c.appeals).toBe(1);
          break;
        }
        case 'admissibility':
        case 'under_review':
        case 'closed':
          throw new Error(`The Mexican demo never reaches ${c.stage}`);
      }
    }
  });

  it('moves the files from before Refugio without records, and appeals them in Refugio', async () => {
    const { db } = database();
    const inUseSince = addDays(today, -REFUGIO_IN_USE_FOR_DAYS);
    const older = (await tapachulaCases(db)).filter((c) => c.application_date < inUseSince);
    expect(older.length).toBeGreaterThan(0);
    for (const c of older) {
      expect([c.interviews, c.assessments, c.decisions]).toEqual([0, 0, 0]);
      expect(c.appeals).toBe(c.stage.startsWith('appeal') ? 1 : 0);
    }
  });

  it('shows an interview on the next working day, a no-show, a draft to approve, a returned draft and a late appeal', async () => {
    const { db } = database();
    const { roles } = summary.records!;
    expect(Object.keys(roles).sort()).toEqual([
      'awaitingApproval',
      'interviewTomorrow',
      'lateAppeal',
      'noShow',
      'returned',
    ]);
    let next = addDays(today, 1);
    while (!isWorkingDay(mexico.calendar, next)) next = addDays(next, 1);
    const tomorrow = await db
      .selectFrom('interviews')
      .select('starts_at')
      .where('case_id', '=', roles.interviewTomorrow!)
      .where('status', '=', 'scheduled')
      .executeTakeFirstOrThrow();
    expect(localParts(tomorrow.starts_at, mexico.profile.timeZone).date).toBe(next);
    const noShow = await db
      .selectFrom('interviews')
      .select('status')
      .where('case_id', '=', roles.noShow!)
      .orderBy('starts_at')
      .execute();
    expect(noShow.map((i) => i.status)).toEqual(['no_show', 'scheduled']);
    const queue = await reviewQueue(db, await actorByEmail(db, 'supervision@demo.refugio.mx'), {});
    expect(queue.items.map((i) => i.caseId)).toContain(roles.awaitingApproval);
    expect(queue.items.every((i) => i.canReview)).toBe(true);
    const returned = await db
      .selectFrom('decisions')
      .innerJoin('cases', 'cases.id', 'decisions.case_id')
      .select(['decisions.status', 'cases.stage'])
      .where('decisions.case_id', '=', roles.returned!)
      .executeTakeFirstOrThrow();
    expect(returned).toEqual({ status: 'returned', stage: 'assessment' });
    const late = await db
      .selectFrom('appeals')
      .select(['timeliness', 'late_reason', 'status'])
      .where('case_id', '=', roles.lateAppeal!)
      .executeTakeFirstOrThrow();
    expect(late.timeliness).toBe('late');
    expect(late.late_reason).not.toBe('');
  });

  it('keeps the register, the library and the letters an administrator and a ministry would look at', async () => {
    const { db } = database();
    const interpreters = await db.selectFrom('interpreters').select(['sex', 'languages']).execute();
    expect(new Set(interpreters.map((i) => i.sex))).toEqual(new Set(['F', 'M']));
    expect(interpreters.flatMap((i) => i.languages.map((l) => l.trim()))).toEqual(
      expect.arrayContaining(['hat', 'mam', 'quc', 'eng', 'fra', 'cab']),
    );
    const superseded = await db
      .selectFrom('coi_sources')
      .innerJoin('assessment_citations', 'assessment_citations.coi_source_id', 'coi_sources.id')
      .select('coi_sources.superseded_by')
      .where('coi_sources.status', '=', 'superseded')
      .execute();
    expect(superseded.length).toBeGreaterThan(0);
    expect(superseded.every((s) => s.superseded_by !== null)).toBe(true);
    const letters = await db
      .selectFrom('decision_documents')
      .innerJoin('stored_files', 'stored_files.id', 'decision_documents.file_id')
      .select(['stored_files.id', 'stored_files.content'])
      .execute();
    expect(letters.length).toBeGreaterThan(3);
    // Sealed under the case's key as they are stored; a PDF once opened.
    const pdf = (bytes: Uint8Array) => Buffer.from(bytes).subarray(0, 5).toString() === '%PDF-';
    expect(letters.some((l) => pdf(l.content))).toBe(false);
    for (const letter of letters) expect(pdf((await findStoredFile(db, letter.id))!.content)).toBe(true);
    const decided = await db.selectFrom('appeals').select('status').where('status', '=', 'decided').execute();
    expect(decided.length + summary.records!.appealsLeftLodged).toBe(2);
  });

  it('draws a quality sample of Tapachula’s decisions and completes one review with scored indicators', async () => {
    const { db } = database();
    const draws = await db
      .selectFrom('quality_draws')
      .innerJoin('offices', 'offices.id', 'quality_draws.office_id')
      .select(['quality_draws.id', 'quality_draws.population', 'offices.code'])
      .execute();
    expect(draws).toHaveLength(1);
    expect(draws[0]!.code).toBe('TAP');
    const samples = await db
      .selectFrom('quality_samples')
      .leftJoin('users', 'users.id', 'quality_samples.reviewer_id')
      .select(['quality_samples.status', 'quality_samples.reason', 'users.email', 'users.role'])
      .where('draw_id', '=', draws[0]!.id)
      .execute();
    expect(samples.length).toBeGreaterThan(1);
    expect(samples.length).toBeLessThanOrEqual(draws[0]!.population);
    // Every decision the first-instance steps flagged (the new officer's first five) is in.
    expect(samples.filter((s) => s.reason === 'risk').length).toBeGreaterThan(0);
    expect(samples.map((s) => [s.status, s.email]).filter(([, email]) => email !== null)).toEqual(
      expect.arrayContaining([
        ['completed', 'calidad@demo.refugio.mx'],
        ['pending', 'calidad@demo.refugio.mx'],
      ]),
    );
    expect(samples.filter((s) => s.email === null).length).toBe(samples.length - 2);
    const reviews = await db
      .selectFrom('quality_reviews')
      .innerJoin('quality_scores', 'quality_scores.review_id', 'quality_reviews.id')
      .select(['quality_reviews.status', 'quality_scores.indicator_id', 'quality_scores.rating'])
      .execute();
    expect(reviews).toHaveLength(qualityIndicatorIds.length);
    expect(reviews.every((r) => r.status === 'completed')).toBe(true);
    expect(reviews.find((r) => r.indicator_id === 'd_credibility')?.rating).toBe('minor');
    const report = await qualityReport(db, await actorByEmail(db, 'supervision@demo.refugio.mx'), {
      groupBy: 'officer',
    });
    expect(report.rows.map((r) => r.reviews)).toEqual([1]);
  });
});

describeEachEngine('the demo of the HTTP tests, without records', (database) => {
  beforeAll(async () => {
    await seedDemo(database().db, mexico.profile, { cases: 12, now });
  }, seeding);

  it('moves cases through the procedure but adds no register, library or records', async () => {
    const { db } = database();
    const cases = await tapachulaCases(db);
    expect(cases.some((c) => c.stage !== 'registered')).toBe(true);
    for (const table of ['interpreters', 'rooms', 'coi_sources', 'interviews', 'decisions'] as const) {
      const rows = await db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      expect([table, Number(rows.n)]).toEqual([table, 0]);
    }
  });
});
