import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { CaseListQuery } from '@refugio/contract';
import { describeEachEngine } from '../../test/harness/engines';
import { createActor, createOffice } from '../../test/fixtures/actors';
import { notifiedRefusal, type FirstInstance } from '../../test/fixtures/appeals';
import { rejection } from '../../test/fixtures/rejection';
import { jurisdictionOf, jurisdictionSourceOf, type Jurisdiction } from '../countries/jurisdiction';
import type { Actor } from '../access/actor';
import { findCaseById, findEventsOfCase } from '../cases/case.repository';
import { suspendClocks } from '../deadlines/suspension.service';
import { getCaseFile, listCases } from '../cases/case.service';
import {
  decideAppeal,
  fileAppeal,
  getCaseAppeals,
  listAppealInbox,
  listOverturned,
  markOverturnedSeen,
} from './appeal.service';

const mexico = jurisdictionOf('MEX');
// Notified Wed 11 Nov 2026: the 15 working days of LRPCAP art. 25 run until Thu 3 Dec 2026.
const appealDue = '2026-12-03';
const at = (date: string) => new Date(`${date}T18:00:00Z`);

/** Mexico with the appeal window unknown, as in the profiles whose law was not found. */
const unknownWindow: Jurisdiction = {
  ...mexico,
  profile: {
    ...mexico.profile,
    procedure: {
      ...mexico.profile.procedure,
      timeLimits: mexico.profile.procedure.timeLimits.map((l) =>
        l.id === 'appeal_filing' ? { status: 'unknown', id: 'appeal_filing', note: 'Not found.' } : l,
      ),
    },
  },
};

describeEachEngine('appeals', (database) => {
  let people: FirstInstance;
  let appeals: Actor;
  let otherSupervisor: Actor;
  /** The appeals unit at head office (CMX), deciding appeals for every office. */
  let central: Actor;

  beforeAll(async () => {
    const { db } = database();
    const tap = await createOffice(db, 'TAP');
    people = {
      registrar: await createActor(db, 'registration_officer', tap),
      officer: await createActor(db, 'eligibility_officer', tap),
      supervisor: await createActor(db, 'supervisor', tap),
    };
    appeals = await createActor(db, 'appeals_officer', tap);
    const cmx = await createOffice(db, 'CMX');
    otherSupervisor = await createActor(db, 'supervisor', cmx);
    central = await createActor(db, 'appeals_officer', cmx);
  });

  const appealRows = (caseId: string) =>
    database().db.selectFrom('appeals').selectAll().where('case_id', '=', caseId).execute();

  describe('filing', () => {
    it('records an appeal in time against the notified refusal and takes lodge_appeal with its date', async () => {
      const { db } = database();
      const { caseId, version } = await notifiedRefusal(db, people, mexico);
      const before = await getCaseAppeals(db, people.registrar, caseId, mexico);
      expect(before).toMatchObject({ canFile: true, appeals: [], appealable: { outcome: 'rejected' } });
      expect(before.appealable?.notifiedOn).toBe('2026-11-11');
      expect(before.appealable?.author?.id).toBe(people.officer.id);
      expect(before.appealable?.approver?.id).toBe(people.supervisor.id);

      const { appeal, caseVersion } = await fileAppeal(
        db,
        people.registrar,
        caseId,
        { caseVersion: version, filedOn: '2026-11-19', grounds: 'The risk on return was not weighed.' },
        mexico,
        at('2026-11-20'),
      );
      expect(appeal).toMatchObject({
        timeliness: 'in_time',
        dueOn: appealDue,
        status: 'lodged',
        lateReason: '',
      });
      expect(appeal.receivedBy?.id).toBe(people.registrar.id);
      // A registration officer records the appeal but does not read the claim.
      expect(appeal.grounds).toBe('');
      const kase = await findCaseById(db, caseId);
      expect(kase).toMatchObject({ stage: 'appeal_lodged', version: caseVersion });
      const event = (await findEventsOfCase(db, caseId)).at(-1)!;
      expect(event.type).toBe('lodge_appeal');
      expect(event.data).toMatchObject({ record: { kind: 'appeal', id: appeal.id } });

      const after = await getCaseAppeals(db, appeals, caseId, mexico);
      expect(after.canFile).toBe(false);
      expect(after.appealable).toBeNull();
      expect(after.appeals[0]).toMatchObject({
        grounds: 'The risk on return was not weighed.',
        canDecide: true,
      });
    });

    it('refuses a late appeal without a reason and writes nothing; with a reason it is kept as late', async () => {
      const { db } = database();
      const { caseId, version } = await notifiedRefusal(db, people, mexico);
      const late = { caseVersion: version, filedOn: '2026-12-04' };
      const refused = await rejection(
        fileAppeal(db, people.registrar, caseId, late, mexico, at('2026-12-04')),
      );
      expect(refused.code).toBe('validation_failed');
      expect(refused.fields).toEqual([expect.objectContaining({ path: 'lateReason', code: 'required' })]);
      expect((await findCaseById(db, caseId))?.stage).toBe('notified');
      expect(await appealRows(caseId)).toEqual([]);

      const { appeal } = await fileAppeal(
        db,
        people.registrar,
        caseId,
        { ...late, lateReason: 'The applicant was in hospital until 3 December.' },
        mexico,
        at('2026-12-04'),
      );
      expect(appeal).toMatchObject({
        timeliness: 'late',
        dueOn: appealDue,
        lateReason: 'The applicant was in hospital until 3 December.',
      });
    });

    it('counts a suspension of the case clock: after the first due date, still in time', async () => {
      const { db } = database();
      const { caseId } = await notifiedRefusal(db, people, mexico);
      await suspendClocks(
        db,
        people.supervisor,
        {
          scope: 'case',
          caseId,
          startsOn: '2026-11-23',
          endsOn: '2026-11-27',
          legalBasis: 'Acuerdo de prueba',
          reason: 'Office closed',
        },
        { source: jurisdictionSourceOf('MEX'), onError: () => {}, now: at('2026-11-20') },
      );
      const version = (await findCaseById(db, caseId))!.version;
      const { appeal } = await fileAppeal(
        db,
        people.registrar,
        caseId,
        { caseVersion: version, filedOn: '2026-12-04' },
        mexico,
        at('2026-12-04'),
      );
      expect(appeal.timeliness).toBe('in_time');
      expect(appeal.dueOn! > appealDue).toBe(true);
    });

    it('says unknown where the law’s appeal window is unknown, and asks no reason', async () => {
      const { db } = database();
      const { caseId, version } = await notifiedRefusal(db, people, unknownWindow);
      const { appeal } = await fileAppeal(
        db,
        people.registrar,
        caseId,
        { caseVersion: version, filedOn: '2027-02-01' },
        unknownWindow,
        at('2027-02-01'),
      );
      expect(appeal).toMatchObject({ timeliness: 'unknown', dueOn: null });
    });

    it('refuses a second appeal, a stale case, a role the procedure does not allow, and bad dates', async () => {
      const { db } = database();
      const { caseId, version } = await notifiedRefusal(db, people, mexico);
      const input = { caseVersion: version, filedOn: '2026-11-19' };
      expect(
        (await rejection(fileAppeal(db, people.officer, caseId, input, mexico, at('2026-11-20')))).code,
      ).toBe('forbidden');
      const future = await rejection(
        fileAppeal(
          db,
          people.registrar,
          caseId,
          { ...input, filedOn: '2026-11-21' },
          mexico,
          at('2026-11-20'),
        ),
      );
      expect(future.fields?.[0]).toMatchObject({ path: 'filedOn', code: 'in_future' });
      const early = await rejection(
        fileAppeal(
          db,
          people.registrar,
          caseId,
          { ...input, filedOn: '2026-11-10' },
          mexico,
          at('2026-11-20'),
        ),
      );
      expect(early.fields?.[0]).toMatchObject({ path: 'filedOn', code: 'before_notification' });
      const stale = await rejection(
        fileAppeal(
          db,
          people.registrar,
          caseId,
          { ...input, caseVersion: version - 1 },
          mexico,
          at('2026-11-20'),
        ),
      );
      expect(stale.code).toBe('conflict');

      const first = await fileAppeal(db, people.registrar, caseId, input, mexico, at('2026-11-20'));
      const second = await rejection(
        fileAppeal(
          db,
          people.registrar,
          caseId,
          { ...input, caseVersion: first.caseVersion },
          mexico,
          at('2026-11-20'),
        ),
      );
      expect(second.code).toBe('conflict');
      expect(await appealRows(caseId)).toHaveLength(1);
    });

    it('hides the case of another office (404) from a supervisor there', async () => {
      const { db } = database();
      const { caseId, version } = await notifiedRefusal(db, people, mexico);
      const input = { caseVersion: version, filedOn: '2026-11-19' };
      expect(
        (await rejection(fileAppeal(db, otherSupervisor, caseId, input, mexico, at('2026-11-20')))).code,
      ).toBe('not_found');
    });
  });

  describe('deciding', () => {
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
    const decision = (caseVersion: number, outcome = 'remitted') => ({
      caseVersion,
      version: 1,
      outcome,
      reasons: 'The interview did not explore the risk on return.',
      decidedOn: '2026-11-25',
    });

    it('an appeals officer with no part in the decision remits it; the reasons stay out of the history', async () => {
      const { db } = database();
      const { appeal, caseVersion } = await lodged();
      const result = await decideAppeal(
        db,
        appeals,
        appeal.id,
        decision(caseVersion),
        mexico,
        at('2026-11-25'),
      );
      expect(result.appeal).toMatchObject({
        status: 'decided',
        outcome: 'remitted',
        decidedOn: '2026-11-25',
        reasons: 'The interview did not explore the risk on return.',
        canDecide: false,
        version: 2,
      });
      expect(result.appeal.decidedBy?.id).toBe(appeals.id);
      const kase = await findCaseById(db, appeal.caseId);
      expect(kase).toMatchObject({
        stage: 'appeal_decided',
        outcome: 'remitted',
        version: result.caseVersion,
      });
      const event = (await findEventsOfCase(db, appeal.caseId)).at(-1)!;
      expect(event.type).toBe('decide_appeal');
      expect(JSON.stringify(event.data)).not.toContain('did not explore');
      expect(event.data).toMatchObject({ record: { kind: 'appeal', id: appeal.id } });

      const again = await rejection(
        decideAppeal(db, appeals, appeal.id, decision(result.caseVersion), mexico, at('2026-11-25')),
      );
      expect(again.code).toBe('conflict');
      // The decided appeal is frozen in the database too.
      await expect(
        sql`update appeals set reasons = 'changed' where id = ${appeal.id}`.execute(db),
      ).rejects.toThrow(/cannot change/);
    });

    it('the central appeals unit reaches a case of another office only once an appeal is on file', async () => {
      const { db } = database();
      const { caseId, version } = await notifiedRefusal(db, people, mexico);
      const listed = async () =>
        (await listCases(db, central, CaseListQuery.parse({ pageSize: 100 }), mexico)).items.map((c) => c.id);
      expect((await rejection(getCaseFile(db, central, caseId, mexico))).code).toBe('not_found');
      expect(await listed()).not.toContain(caseId);

      const { appeal, caseVersion } = await fileAppeal(
        db,
        people.registrar,
        caseId,
        { caseVersion: version, filedOn: '2026-11-19', grounds: 'Risk not weighed.' },
        mexico,
        at('2026-11-20'),
      );
      expect((await findCaseById(db, caseId))?.appeal_on_file).toBe(true);
      expect((await getCaseFile(db, central, caseId, mexico)).id).toBe(caseId);
      expect(await listed()).toContain(caseId);
      expect((await listAppealInbox(db, central, {})).items.map((i) => i.id)).toContain(appeal.id);
      const result = await decideAppeal(
        db,
        central,
        appeal.id,
        decision(caseVersion),
        mexico,
        at('2026-11-25'),
      );
      expect(result.appeal.decidedBy?.id).toBe(central.id);
      // Still no reach into the office's other cases, and no other role gains any.
      const other = await notifiedRefusal(db, people, mexico);
      expect((await rejection(getCaseFile(db, central, other.caseId, mexico))).code).toBe('not_found');
      expect((await rejection(getCaseFile(db, otherSupervisor, caseId, mexico))).code).toBe('not_found');
    });

    it('refuses the decision to the officer who drafted it, now in the appeals unit (403 and the database)', async () => {
      const { db } = database();
      const { appeal, caseVersion } = await lodged();
      await db
        .updateTable('users')
        .set({ role: 'appeals_officer' })
        .where('id', '=', people.officer.id)
        .execute();
      try {
        const moved = { ...people.officer, role: 'appeals_officer' as const };
        const refused = await rejection(
          decideAppeal(db, moved, appeal.id, decision(caseVersion), mexico, at('2026-11-25')),
        );
        expect(refused.code).toBe('forbidden');
        await expect(
          sql`update appeals set status = 'decided', decided_by = ${people.officer.id}, decided_on = '2026-11-25',
              outcome = 'confirmed', reasons = 'x' where id = ${appeal.id}`.execute(db),
        ).rejects.toThrow(/appeals_decided_by_uninvolved/);
      } finally {
        await db
          .updateTable('users')
          .set({ role: 'eligibility_officer' })
          .where('id', '=', people.officer.id)
          .execute();
      }
      expect((await findCaseById(db, appeal.caseId))?.stage).toBe('appeal_lodged');
    });

    it('refuses a supervisor of another office (404), an outcome the appeal cannot have, and a stale appeal', async () => {
      const { db } = database();
      const { appeal, caseVersion } = await lodged();
      const bySupervisor = await rejection(
        decideAppeal(db, otherSupervisor, appeal.id, decision(caseVersion), mexico, at('2026-11-25')),
      );
      expect(bySupervisor.code).toBe('not_found');
      const wrong = await rejection(
        decideAppeal(db, appeals, appeal.id, decision(caseVersion, 'inadmissible'), mexico, at('2026-11-25')),
      );
      expect(wrong.fields?.[0]).toMatchObject({ path: 'outcome', code: 'not_allowed' });
      const stale = await rejection(
        decideAppeal(
          db,
          appeals,
          appeal.id,
          { ...decision(caseVersion), version: 7 },
          mexico,
          at('2026-11-25'),
        ),
      );
      expect(stale.code).toBe('conflict');
      expect((await findCaseById(db, appeal.caseId))?.stage).toBe('appeal_lodged');
    });
  });

  describe('feedback to first instance', () => {
    it('shows decisions overturned or remitted to their officer and the office supervisor, not confirmed ones', async () => {
      const { db } = database();
      const officer = await createActor(db, 'eligibility_officer', people.officer.officeId);
      const mine = { ...people, officer };
      const decideWith = async (outcome: string) => {
        const { caseId, version } = await notifiedRefusal(db, mine, mexico);
        const { appeal, caseVersion } = await fileAppeal(
          db,
          people.registrar,
          caseId,
          { caseVersion: version, filedOn: '2026-11-19' },
          mexico,
          at('2026-11-20'),
        );
        const input = {
          caseVersion,
          version: 1,
          outcome,
          reasons: `Reasons for ${outcome}`,
          decidedOn: '2026-11-25',
        };
        await decideAppeal(db, appeals, appeal.id, input, mexico, at('2026-11-25'));
        return appeal.id;
      };
      const remitted = await decideWith('remitted');
      await decideWith('confirmed');
      const recognized = await decideWith('recognized');

      const own = await listOverturned(db, officer, {});
      expect(own.items.map((i) => i.appealId).sort()).toEqual([remitted, recognized].sort());
      expect(own.unseen).toBe(2);
      expect(own.items.find((i) => i.appealId === recognized)).toMatchObject({
        appealOutcome: 'recognized',
        reasons: 'Reasons for recognized',
        decision: { outcome: 'rejected' },
      });
      const office = await listOverturned(db, people.supervisor, {});
      expect(office.items.map((i) => i.appealId)).toEqual(expect.arrayContaining([remitted, recognized]));
      expect((await rejection(listOverturned(db, officer, { officerId: people.officer.id }))).code).toBe(
        'forbidden',
      );
      expect((await listOverturned(db, otherSupervisor, {})).items).toEqual([]);

      const seen = await markOverturnedSeen(db, officer, { appealIds: [remitted] }, at('2026-11-26'));
      expect(seen.unseen).toBe(1);
      expect(seen.items.find((i) => i.appealId === remitted)?.seen).toBe(true);
      // Seen by the officer, still new to the supervisor.
      expect(
        (await listOverturned(db, people.supervisor, {})).items.find((i) => i.appealId === remitted)?.seen,
      ).toBe(false);
      const foreign = await rejection(
        markOverturnedSeen(db, otherSupervisor, { appealIds: [remitted] }, at('2026-11-26')),
      );
      expect(foreign.fields?.[0]).toMatchObject({ path: 'appealIds.0' });
    });
  });
});
