import { beforeAll, expect, it } from 'vitest';
import { sql, type Kysely } from 'kysely';
import { describeEachEngine } from '../../test/harness/engines';
import { createActor, createOffice } from '../../test/fixtures/actors';
import { familyOfThree } from '../../test/fixtures/applications';
import { jurisdictionOf, jurisdictionSourceOf } from '../countries/jurisdiction';
import type { DB } from '../db/schema';
import type { Actor } from '../access/actor';
import { registerApplication } from '../cases/case.service';
import {
  projectMissingDeadlines,
  resumeRecomputations,
  runRecomputation,
  startRecomputation,
} from './recomputation.service';

const now = new Date('2026-04-20T16:00:00Z');
// Filed Mon 9 Mar 2026: due Wed 13 May; a day declared non-working inside the count moves it to Thu 14 May.
const filed = { entryDate: '2026-03-02', applicationDate: '2026-03-09' };
const decision = 'first_instance_decision';
const CASES = 12;
const BATCH = 5;

/** Declares a day the way the calendar service does, and records the recomputation in the same transaction. */
async function declare(db: Kysely<DB>, actor: Actor, date: string, batchSize = BATCH): Promise<string> {
  return db.transaction().execute(async (trx) => {
    const id = crypto.randomUUID();
    const legalBasis = `Acuerdo del ${date}`;
    await trx
      .insertInto('declared_non_working_days')
      .values({
        id,
        country: 'MEX',
        date,
        reason: 'Cierre',
        legal_basis: legalBasis,
        source: '',
        created_by: actor.id,
      })
      .execute();
    return startRecomputation(
      trx,
      { kind: 'declared_day', change: 'declared', id, legalBasis, actorId: actor.id },
      null,
      { batchSize },
    );
  });
}

describeEachEngine('recomputing deadlines in resumable batches', (database) => {
  const source = jurisdictionSourceOf('MEX');
  const caseIds: string[] = [];
  let admin: Actor;

  beforeAll(async () => {
    const { db } = database();
    const offices = [await createOffice(db, 'TAP'), await createOffice(db, 'CMX')];
    admin = await createActor(db, 'administrator', null);
    const mexico = jurisdictionOf('MEX');
    for (let i = 0; i < CASES; i++) {
      const registrar = await createActor(db, 'registration_officer', offices[i % 2]!);
      caseIds.push((await registerApplication(db, registrar, familyOfThree(filed), mexico, now)).id);
    }
  });

  const projection = async () =>
    (
      await database()
        .db.selectFrom('case_deadlines')
        .select(['case_id', 'due_on'])
        .where('limit_id', '=', decision)
        .execute()
    ).map((r) => r.due_on);
  const eventsOf = async (recomputationId: string) => {
    const rows = await database()
      .db.selectFrom('case_events')
      .select(['case_id', 'data'])
      .where('type', '=', 'deadlines_recomputed')
      .execute();
    return rows.filter((r) => (r.data as { recomputationId?: string }).recomputationId === recomputationId);
  };
  const job = (id: string) =>
    database()
      .db.selectFrom('clock_recomputations')
      .select(['status', 'total', 'done', 'changed'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();

  it('a run that crashes after its first batch keeps that batch, and resuming finishes the rest once', async () => {
    const { db } = database();
    const id = await declare(db, admin, '2026-04-22');
    expect(await job(id)).toEqual({ status: 'running', total: CASES, done: 0, changed: 0 });

    let batches = 0;
    const crash = runRecomputation(db, source, id, {
      workers: 1,
      now: () => now,
      onBatch: () => {
        batches++;
        throw new Error('process killed');
      },
    });
    await expect(crash).rejects.toThrow('process killed');
    expect(batches).toBe(1);
    expect(await job(id)).toEqual({ status: 'running', total: CASES, done: BATCH, changed: BATCH });
    const halfway = await projection();
    expect(halfway.filter((d) => d === '2026-05-14')).toHaveLength(BATCH);
    expect(halfway.filter((d) => d === '2026-05-13')).toHaveLength(CASES - BATCH);
    expect(await eventsOf(id)).toHaveLength(BATCH);

    expect(await resumeRecomputations(db, source)).toBe(1);
    const finished = await job(id);
    expect(finished).toEqual({ status: 'done', total: CASES, done: CASES, changed: CASES });
    expect(await projection()).toEqual(Array(CASES).fill('2026-05-14'));
    const events = await eventsOf(id);
    expect(events.map((e) => e.case_id).sort()).toEqual([...caseIds].sort());
    for (const e of events)
      expect(e.data).toMatchObject({ changes: [{ limit: decision, from: '2026-05-13', to: '2026-05-14' }] });

    // Nothing is left to resume, and running it again writes nothing more.
    expect(await resumeRecomputations(db, source)).toBe(0);
    await runRecomputation(db, source, id);
    expect(await eventsOf(id)).toHaveLength(CASES);
  });

  it('two processes running the same recomputation at once never record a case twice', async () => {
    const { db } = database();
    const id = await declare(db, admin, '2026-04-23', 3);
    const [a, b] = await Promise.all([runRecomputation(db, source, id), runRecomputation(db, source, id)]);
    expect([a.total, b.total]).toEqual([CASES, CASES]);
    // Whichever process finished, the job is done and every case moved once more: to Fri 15 May.
    expect(await resumeRecomputations(db, source)).toBe(0);
    expect(await job(id)).toEqual({ status: 'done', total: CASES, done: CASES, changed: CASES });
    expect(await projection()).toEqual(Array(CASES).fill('2026-05-15'));
    const events = await eventsOf(id);
    expect(events.map((e) => e.case_id).sort()).toEqual([...caseIds].sort());
  });

  it('finishes a total that is an exact multiple of the batch size, and records no timeline entry when nothing moved', async () => {
    const { db } = database();
    // Every running case recomputed with nothing changed (as after a suspension withdrawn before it began).
    const id = await db
      .transaction()
      .execute((trx) =>
        startRecomputation(
          trx,
          { kind: 'suspension', change: 'withdrawn', id: null, legalBasis: 'Acuerdo', actorId: admin.id },
          null,
          { batchSize: CASES / 2 },
        ),
      );
    const view = await runRecomputation(db, source, id);
    expect(view).toMatchObject({ status: 'done', total: CASES, done: CASES, changed: 0 });
    expect(view.finishedAt).not.toBeNull();
    expect(await eventsOf(id)).toEqual([]);
    expect(await projection()).toEqual(Array(CASES).fill('2026-05-15'));
  });

  it('rebuilding the projection covers only the cases that have none, and writes them back as they were', async () => {
    const { db } = database();
    const lost = caseIds.slice(0, 3);
    await db.deleteFrom('case_deadlines').where('case_id', 'in', lost).execute();
    await db.deleteFrom('case_clocks').where('case_id', 'in', lost).execute();
    expect(await projectMissingDeadlines(db, source)).toBe(3);
    const rebuilt = await db
      .selectFrom('clock_recomputations')
      .select(['total', 'done', 'status'])
      .where(sql<boolean>`cause ->> 'kind' = 'projection'`)
      .execute();
    expect(rebuilt).toEqual([{ total: 3, done: 3, status: 'done' }]);
    expect(await projection()).toEqual(Array(CASES).fill('2026-05-15'));
    expect(await projectMissingDeadlines(db, source)).toBe(0);
  });
});
