import { beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../../test/harness/engines';
import { createActor, createOffice } from '../../test/fixtures/actors';
import { familyOfThree } from '../../test/fixtures/applications';
import { jurisdictionOf, jurisdictionSourceOf } from '../countries/jurisdiction';
import type { Actor } from '../access/actor';
import { rejection } from '../../test/fixtures/rejection';
import { getCaseFile, registerApplication } from '../cases/case.service';
import { changeSuspension, listSuspensions, suspendClocks, type SuspensionDeps } from './suspension.service';

const mexico = jurisdictionOf('MEX');
const now = new Date('2026-04-20T16:00:00Z');
// Filed Mon 9 Mar 2026: the 45 working days of LRPCAP art. 24 end on Wed 13 May (procedure/clock.test.ts).
const filed = { entryDate: '2026-03-02', applicationDate: '2026-03-09' };
const suspension = {
  startsOn: '2026-04-01',
  legalBasis: 'Acuerdo por el que se suspenden plazos, DOF 31/03/2026',
  reason: 'Cierre de la oficina por obras',
};
const errors: unknown[] = [];
const deps: SuspensionDeps = { source: jurisdictionSourceOf('MEX'), onError: (e) => errors.push(e), now };

describeEachEngine('clock suspensions', (database) => {
  let officer: Actor;
  let registrar: Actor;
  let supervisor: Actor;
  let otherSupervisor: Actor;
  let tap: string;
  let cmx: string;

  beforeAll(async () => {
    const { db } = database();
    tap = await createOffice(db, 'TAP');
    cmx = await createOffice(db, 'CMX');
    officer = await createActor(db, 'eligibility_officer', tap);
    registrar = await createActor(db, 'registration_officer', tap);
    supervisor = await createActor(db, 'supervisor', tap);
    otherSupervisor = await createActor(db, 'supervisor', cmx);
  });

  const decisionDue = async (caseId: string) => {
    const file = await getCaseFile(database().db, officer, caseId, mexico, now);
    return file.deadlines.find((d) => d.limit === 'first_instance_decision')!;
  };
  const projected = async (caseId: string) =>
    database()
      .db.selectFrom('case_deadlines')
      .select(['due_on', 'status'])
      .where('case_id', '=', caseId)
      .where('limit_id', '=', 'first_instance_decision')
      .executeTakeFirstOrThrow();

  it('an office suspension moves every running case of the office, says so on each timeline, and lifting it keeps the days', async () => {
    const { db } = database();
    const mine = await registerApplication(db, registrar, familyOfThree(filed), mexico, now);
    const elsewhere = await registerApplication(
      db,
      await createActor(db, 'registration_officer', cmx),
      familyOfThree(filed),
      mexico,
      now,
    );
    expect((await decisionDue(mine.id)).dueDate).toBe('2026-05-13');

    const created = await suspendClocks(
      db,
      supervisor,
      { ...suspension, scope: 'office', officeId: tap },
      deps,
    );
    expect(created.recomputation).toMatchObject({ status: 'done', changed: 1 });
    // Open-ended: the clock stopped on 1 April with 29 of the 45 working days left.
    expect(await decisionDue(mine.id)).toMatchObject({ status: 'suspended', dueDate: null, unitsLeft: 29 });
    expect(await projected(mine.id)).toEqual({ due_on: null, status: 'suspended' });
    expect(await projected(elsewhere.id)).toEqual({ due_on: '2026-05-13', status: 'open' });

    const lifted = await changeSuspension(
      db,
      supervisor,
      created.suspension.id,
      'lift',
      { version: 1, endsOn: '2026-04-10' },
      deps,
    );
    expect(lifted.suspension).toMatchObject({
      endsOn: '2026-04-10',
      version: 2,
      actions: ['correct', 'withdraw'],
    });
    expect(lifted.suspension.history.map((h) => h.kind)).toEqual(['created', 'lifted']);
    expect(await decisionDue(mine.id)).toMatchObject({
      status: 'open',
      dueDate: '2026-05-25',
      pausedDays: 10,
    });
    expect(await projected(mine.id)).toEqual({ due_on: '2026-05-25', status: 'open' });

    const timeline = (await getCaseFile(db, officer, mine.id, mexico, now)).events.filter(
      (e) => e.type === 'deadlines_recomputed',
    );
    expect(timeline.map((e) => e.data.changes)).toEqual([
      [{ limit: 'first_instance_decision', from: '2026-05-13', to: null }],
      [{ limit: 'first_instance_decision', from: null, to: '2026-05-25' }],
    ]);
    expect(timeline[1]!.data.cause).toMatchObject({
      kind: 'suspension',
      change: 'lifted',
      legalBasis: suspension.legalBasis,
    });

    // Withdrawn (entered in error): the clock runs as if it had never been suspended; the history stays.
    const withdrawn = await changeSuspension(
      db,
      supervisor,
      created.suspension.id,
      'withdraw',
      { version: 2, reason: 'Registrada por error' },
      deps,
    );
    expect(withdrawn.suspension).toMatchObject({ status: 'withdrawn', actions: [] });
    expect(withdrawn.suspension.history.map((h) => [h.kind, h.endsOn])).toEqual([
      ['created', null],
      ['lifted', '2026-04-10'],
      ['withdrawn', '2026-04-10'],
    ]);
    expect((await decisionDue(mine.id)).dueDate).toBe('2026-05-13');
    expect(errors).toEqual([]);
  });

  it('a case suspension moves only that case, and a correction recomputes from the corrected dates', async () => {
    const { db } = database();
    const one = await registerApplication(db, registrar, familyOfThree(filed), mexico, now);
    const other = await registerApplication(db, registrar, familyOfThree(filed), mexico, now);
    const created = await suspendClocks(
      db,
      supervisor,
      { ...suspension, scope: 'case', caseId: one.id, endsOn: '2026-04-06' },
      deps,
    );
    expect(created.recomputation).toBeNull();
    // 1–6 April: Wed 1, Thu 2, Fri 3, Mon 6 → four working days after 13 May: 14, 15, 18, 19 May.
    expect((await decisionDue(one.id)).dueDate).toBe('2026-05-19');
    expect((await decisionDue(other.id)).dueDate).toBe('2026-05-13');

    const corrected = await changeSuspension(
      db,
      supervisor,
      created.suspension.id,
      'correct',
      {
        version: 1,
        startsOn: '2026-04-01',
        endsOn: '2026-04-10',
        legalBasis: suspension.legalBasis,
        reason: 'El acuerdo decía hasta el 10',
      },
      deps,
    );
    expect(corrected.suspension.history.map((h) => [h.kind, h.endsOn, h.reason])).toEqual([
      ['created', '2026-04-06', suspension.reason],
      ['corrected', '2026-04-10', 'El acuerdo decía hasta el 10'],
    ]);
    expect((await decisionDue(one.id)).dueDate).toBe('2026-05-25');
    const events = (await getCaseFile(db, officer, one.id, mexico, now)).events.map((e) => [
      e.type,
      e.data.changes,
    ]);
    expect(events.slice(-2)).toEqual([
      ['clock_suspended', [{ limit: 'first_instance_decision', from: '2026-05-13', to: '2026-05-19' }]],
      [
        'clock_suspension_corrected',
        [{ limit: 'first_instance_decision', from: '2026-05-19', to: '2026-05-25' }],
      ],
    ]);
  });

  it('refuses a stale version, a lift of a suspension that has an end, and a change to a withdrawn one', async () => {
    const { db } = database();
    const kase = await registerApplication(db, registrar, familyOfThree(filed), mexico, now);
    const { suspension: s } = await suspendClocks(
      db,
      supervisor,
      { ...suspension, scope: 'case', caseId: kase.id },
      deps,
    );
    await changeSuspension(db, supervisor, s.id, 'lift', { version: 1, endsOn: '2026-04-03' }, deps);
    const stale = await rejection(
      changeSuspension(db, supervisor, s.id, 'withdraw', { version: 1, reason: 'x' }, deps),
    );
    expect(stale).toMatchObject({ code: 'conflict', message: expect.stringContaining('version 2') });
    expect(
      (
        await rejection(
          changeSuspension(db, supervisor, s.id, 'lift', { version: 2, endsOn: '2026-04-05' }, deps),
        )
      ).code,
    ).toBe('conflict');
    await changeSuspension(db, supervisor, s.id, 'withdraw', { version: 2, reason: 'Error' }, deps);
    expect(
      (
        await rejection(
          changeSuspension(db, supervisor, s.id, 'withdraw', { version: 3, reason: 'Otra vez' }, deps),
        )
      ).code,
    ).toBe('conflict');
  });

  it('names the missing fields, and refuses an end before the start', async () => {
    const { db } = database();
    const missing = await rejection(
      suspendClocks(db, supervisor, { scope: 'office', officeId: tap, startsOn: '2026-04-01' }, deps),
    );
    expect(missing.fields?.map((f) => f.path).sort()).toEqual(['legalBasis', 'reason']);
    const noOffice = await rejection(suspendClocks(db, supervisor, { ...suspension, scope: 'office' }, deps));
    expect(noOffice.fields?.map((f) => f.path)).toEqual(['officeId']);
    const backwards = await rejection(
      suspendClocks(db, supervisor, { ...suspension, scope: 'authority', endsOn: '2026-03-01' }, deps),
    );
    expect(backwards.fields?.map((f) => f.path)).toEqual(['endsOn']);
  });

  it('lets only a supervisor suspend, and only their own office and its cases', async () => {
    const { db } = database();
    const kase = await registerApplication(db, registrar, familyOfThree(filed), mexico, now);
    expect(
      (await rejection(suspendClocks(db, officer, { ...suspension, scope: 'office', officeId: tap }, deps)))
        .code,
    ).toBe('forbidden');
    expect(
      (
        await rejection(
          suspendClocks(db, otherSupervisor, { ...suspension, scope: 'office', officeId: tap }, deps),
        )
      ).code,
    ).toBe('forbidden');
    // Another office's case is not revealed.
    expect(
      (
        await rejection(
          suspendClocks(db, otherSupervisor, { ...suspension, scope: 'case', caseId: kase.id }, deps),
        )
      ).code,
    ).toBe('not_found');
    const list = await listSuspensions(db, otherSupervisor, { status: 'all' });
    expect(list.items.every((s) => s.scope === 'authority' || s.office?.id === cmx)).toBe(true);
    expect(list.canSuspend).toEqual(['case', 'office', 'authority']);
    expect((await listSuspensions(db, officer, {})).canSuspend).toEqual([]);
  });
});
