import { beforeAll, expect, it } from 'vitest';
import { sql } from 'kysely';
import { describeEachEngine } from '../../test/harness/engines';
import { createActor, createOffice } from '../../test/fixtures/actors';
import { notifiedRefusal, stepCase, type FirstInstance } from '../../test/fixtures/appeals';
import { rejection } from '../../test/fixtures/rejection';
import { jurisdictionOf } from '../countries/jurisdiction';
import type { Actor } from '../access/actor';
import { findCaseById, findEventsOfCase } from '../cases/case.repository';
import { decideAppeal, fileAppeal, getCaseAppeals, withdrawAppeal } from './appeal.service';

const mexico = jurisdictionOf('MEX');
const at = (date: string) => new Date(`${date}T18:00:00Z`);
const note = 'Dice que regresará con su familia a Honduras.';

describeEachEngine('appeal withdrawal', (database) => {
  let people: FirstInstance;
  let appealsOfficer: Actor;
  /** The appeals unit at head office (CMX), which reaches any office's case with an appeal on file. */
  let central: Actor;

  beforeAll(async () => {
    const { db } = database();
    const tap = await createOffice(db, 'TAP');
    people = {
      registrar: await createActor(db, 'registration_officer', tap),
      officer: await createActor(db, 'eligibility_officer', tap),
      supervisor: await createActor(db, 'supervisor', tap),
    };
    appealsOfficer = await createActor(db, 'appeals_officer', tap);
    central = await createActor(db, 'appeals_officer', await createOffice(db, 'CMX'));
  });

  /** A refusal notified on 11 Nov 2026 and appealed on 19 Nov (window until 3 Dec). */
  async function lodged() {
    const { db } = database();
    const { caseId, version } = await notifiedRefusal(db, people, mexico);
    return fileAppeal(
      db,
      people.registrar,
      caseId,
      { caseVersion: version, filedOn: '2026-11-19', grounds: 'Risk not weighed.' },
      mexico,
      at('2026-11-20'),
    );
  }
  const withdrawal = (caseVersion: number, extra: object = {}) => ({
    caseVersion,
    version: 1,
    receivedOn: '2026-11-24',
    method: 'written',
    note,
    ...extra,
  });
  const auditOf = (caseId: string, action: string) =>
    database()
      .db.selectFrom('audit_log')
      .select(['actor_id', 'details'])
      .where('case_id', '=', caseId)
      .where('action', '=', action)
      .execute();

  it('a registration officer records it: the refusal stands, the case is back at the notified decision', async () => {
    const { db } = database();
    const { appeal, caseVersion } = await lodged();
    expect(appeal.canWithdraw).toBe(true);

    const result = await withdrawAppeal(
      db,
      people.registrar,
      appeal.id,
      withdrawal(caseVersion),
      mexico,
      at('2026-11-24'),
    );
    expect(result.appeal).toMatchObject({
      status: 'withdrawn',
      version: 2,
      canWithdraw: false,
      canDecide: false,
      withdrawal: { receivedOn: '2026-11-24', method: 'written', recordedBy: { id: people.registrar.id } },
    });
    // The registration officer does not read the claim: the applicant's words are not shown to them.
    expect(result.appeal.withdrawal?.note).toBe('');
    const kase = await findCaseById(db, appeal.caseId);
    expect(kase).toMatchObject({ stage: 'notified', outcome: 'rejected', version: result.caseVersion });

    const event = (await findEventsOfCase(db, appeal.caseId)).at(-1)!;
    expect(event.type).toBe('withdraw_appeal');
    expect(event.data).toMatchObject({
      record: { kind: 'appeal', id: appeal.id },
      clears: ['appeal_lodged'],
    });
    const audit = await auditOf(appeal.caseId, 'appeal.withdraw');
    expect(audit).toEqual([
      { actor_id: people.registrar.id, details: { appealId: appeal.id, method: 'written' } },
    ]);
    expect(JSON.stringify(event.data) + JSON.stringify(audit)).not.toContain('Honduras');

    // The appeals officer reads the note; the withdrawn appeal is frozen, in the service and the database.
    const read = await getCaseAppeals(db, appealsOfficer, appeal.caseId, mexico);
    expect(read.appeals[0]).toMatchObject({ status: 'withdrawn', withdrawal: { note }, canDecide: false });
    const decided = await rejection(
      decideAppeal(
        db,
        appealsOfficer,
        appeal.id,
        {
          caseVersion: result.caseVersion,
          version: 2,
          outcome: 'confirmed',
          reasons: 'No error.',
          decidedOn: '2026-11-25',
        },
        mexico,
        at('2026-11-25'),
      ),
    );
    expect(decided.code).toBe('conflict');
    await expect(
      sql`update appeals set withdrawal_note = 'changed' where id = ${appeal.id}`.execute(db),
    ).rejects.toThrow(/cannot change/);
  });

  it('the decision becomes final by close_final only once the appeal window has run out', async () => {
    const { db } = database();
    const { appeal, caseVersion } = await lodged();
    await withdrawAppeal(db, people.registrar, appeal.id, withdrawal(caseVersion), mexico, at('2026-11-24'));
    // Within the window the applicant may still appeal: the panel offers it again.
    const during = await getCaseAppeals(db, people.registrar, appeal.caseId, mexico);
    expect(during.appealable?.outcome).toBe('rejected');
    const early = await rejection(
      stepCase(db, people.supervisor, appeal.caseId, 'close_final', {}, mexico, at('2026-11-25')),
    );
    expect(early.code).toBe('conflict');
    expect(early.message).toContain('2026-12-03');

    await stepCase(db, people.supervisor, appeal.caseId, 'close_final', {}, mexico, at('2026-12-04'));
    const closed = await findCaseById(db, appeal.caseId);
    // The first-instance refusal is the case's outcome: statistics count a rejection, not "otherwise closed".
    expect(closed).toMatchObject({ stage: 'closed', outcome: 'rejected' });
    const last = (await findEventsOfCase(db, appeal.caseId)).at(-1)!;
    expect(last.type).toBe('close_final');
    expect(last.data).toMatchObject({ closureReason: 'final_decision' });
  });

  it('answers 409 to a stale case or appeal version and writes nothing', async () => {
    const { db } = database();
    const { appeal, caseVersion } = await lodged();
    const staleCase = await rejection(
      withdrawAppeal(db, people.registrar, appeal.id, withdrawal(caseVersion - 1), mexico, at('2026-11-24')),
    );
    expect(staleCase.code).toBe('conflict');
    const staleAppeal = await rejection(
      withdrawAppeal(
        db,
        people.registrar,
        appeal.id,
        withdrawal(caseVersion, { version: 7 }),
        mexico,
        at('2026-11-24'),
      ),
    );
    expect(staleAppeal.code).toBe('conflict');
    expect(await findCaseById(db, appeal.caseId)).toMatchObject({
      stage: 'appeal_lodged',
      version: caseVersion,
    });
    const row = await db
      .selectFrom('appeals')
      .selectAll()
      .where('id', '=', appeal.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'lodged', version: 1, withdrawn_on: null, withdrawal_note: '' });
    expect(await auditOf(appeal.caseId, 'appeal.withdraw')).toEqual([]);
  });

  it('refuses a role that does not receive appeals (403, audited) and dates that cannot be', async () => {
    const { db } = database();
    const { appeal, caseVersion } = await lodged();
    const officer = await rejection(
      withdrawAppeal(db, people.officer, appeal.id, withdrawal(caseVersion), mexico, at('2026-11-24')),
    );
    expect(officer.code).toBe('forbidden');
    expect(await auditOf(appeal.caseId, 'case.action_denied')).toEqual([
      { actor_id: people.officer.id, details: { action: 'withdraw_appeal', appealId: appeal.id } },
    ]);

    const before = await rejection(
      withdrawAppeal(
        db,
        people.registrar,
        appeal.id,
        withdrawal(caseVersion, { receivedOn: '2026-11-18' }),
        mexico,
        at('2026-11-24'),
      ),
    );
    expect(before.fields).toEqual([expect.objectContaining({ path: 'receivedOn', code: 'before_filing' })]);
    const future = await rejection(
      withdrawAppeal(
        db,
        people.registrar,
        appeal.id,
        withdrawal(caseVersion, { receivedOn: '2026-11-30' }),
        mexico,
        at('2026-11-24'),
      ),
    );
    expect(future.fields).toEqual([expect.objectContaining({ path: 'receivedOn', code: 'in_future' })]);
    const method = await rejection(
      withdrawAppeal(
        db,
        people.registrar,
        appeal.id,
        withdrawal(caseVersion, { method: 'phone' }),
        mexico,
        at('2026-11-24'),
      ),
    );
    expect(method.fields?.[0]?.path).toBe('method');
    expect((await findCaseById(db, appeal.caseId))?.stage).toBe('appeal_lodged');
  });

  it('the central appeals unit receives a withdrawal on a case of another office with the appeal on file', async () => {
    const { db } = database();
    const { appeal, caseVersion } = await lodged();
    const result = await withdrawAppeal(
      db,
      central,
      appeal.id,
      withdrawal(caseVersion, { method: 'in_person', note: '' }),
      mexico,
      at('2026-11-24'),
    );
    expect(result.appeal).toMatchObject({
      status: 'withdrawn',
      withdrawal: { method: 'in_person', note: '' },
    });
  });
});
