import { beforeAll, expect, it } from 'vitest';
import type { Role } from '@refugio/contract';
import { describeEachEngine } from '../../test/harness/engines';
import { createActor, createOffice } from '../../test/fixtures/actors';
import { familyOfThree } from '../../test/fixtures/applications';
import { jurisdictionOf } from '../countries/jurisdiction';
import type { Actor } from '../access/actor';
import { rejection } from '../../test/fixtures/rejection';
import { getCaseFile, registerApplication } from './case.service';
import { takeProcedureAction } from './case-transition.service';
import { stepCase } from '../demo/direct-step';
import { stepTakenVia } from '../procedure/record-driven';
import type { ActionId } from '../procedure/procedure';

const mexico = jurisdictionOf('MEX');
const now = new Date('2026-11-12T16:00:00Z');
const caseRoles: Role[] = [
  'registration_officer',
  'eligibility_officer',
  'supervisor',
  'appeals_officer',
  'administrator',
];

const refusal = {
  outcome: 'rejected',
  decisionReasons: 'No well-founded fear was established on the facts.',
  complementaryProtectionAssessment: { protectionNeeded: false, reasons: 'No risk on return was found.' },
};

// Mexico's procedure from registration to a notified refusal, each step with the one role that takes it
// here; every other role of the office is refused first (LRPCAP arts. 21–25 as in countries/MEX.json).
// These steps are driven by records (an interview, a decision) and are taken here without them, as the
// engine takes them under every panel: the generic route's own refusal is tested below.
const walk: { action: string; by: Role; allowed: Role[]; data: object; to: string }[] = [
  {
    action: 'schedule_interview',
    by: 'eligibility_officer',
    allowed: ['eligibility_officer', 'supervisor'],
    data: { interviewDate: '2026-11-10' },
    to: 'interview_scheduled',
  },
  {
    action: 'record_interview',
    by: 'eligibility_officer',
    allowed: ['eligibility_officer'],
    data: { interviewDate: '2026-11-10' },
    to: 'interviewed',
  },
  {
    action: 'begin_assessment',
    by: 'eligibility_officer',
    allowed: ['eligibility_officer'],
    data: {},
    to: 'assessment',
  },
  {
    action: 'draft_refusal',
    by: 'eligibility_officer',
    allowed: ['eligibility_officer'],
    data: refusal,
    to: 'decision_drafted',
  },
  {
    action: 'issue_decision',
    by: 'supervisor',
    allowed: ['supervisor'],
    data: { decisionDate: '2026-11-11' },
    to: 'decided',
  },
  {
    action: 'notify_decision',
    by: 'registration_officer',
    allowed: ['registration_officer', 'eligibility_officer', 'supervisor'],
    data: { notificationDate: '2026-11-11' },
    to: 'notified',
  },
];

describeEachEngine('moving a case through the procedure', (database) => {
  const actors = {} as Record<Role, Actor>;
  let otherOffice: Actor;
  let caseId: string;
  let version: number;

  beforeAll(async () => {
    const { db } = database();
    const tap = await createOffice(db, 'TAP');
    const cmx = await createOffice(db, 'CMX');
    for (const role of caseRoles)
      actors[role] = await createActor(db, role, role === 'administrator' ? null : tap);
    otherOffice = await createActor(db, 'supervisor', cmx);
    const registered = await registerApplication(
      db,
      actors.registration_officer,
      familyOfThree(),
      mexico,
      now,
    );
    caseId = registered.id;
    version = (await getCaseFile(db, actors.registration_officer, caseId, mexico, now)).version;
  });

  const step = (actor: Actor, action: string, data: object, v = version) =>
    stepCase(database().db, actor, caseId, action, { version: v, data }, mexico, now);
  const act = (actor: Actor, action: string, data: object, v = version) =>
    takeProcedureAction(database().db, actor, caseId, action, { version: v, data }, mexico, now);

  it('starts registered, offering each role only its own steps', async () => {
    const { db } = database();
    const asEligibility = await getCaseFile(db, actors.eligibility_officer, caseId, mexico, now);
    expect([asEligibility.stage, asEligibility.outcome]).toEqual(['registered', null]);
    expect(asEligibility.procedureActions).toEqual([
      { action: 'schedule_interview', via: 'interviews', requires: ['interviewDate'] },
    ]);
    const asSupervisor = await getCaseFile(db, actors.supervisor, caseId, mexico, now);
    expect(asSupervisor.procedureActions.map((a) => a.action)).toEqual(['schedule_interview', 'close']);
    // The closure reasons Mexico's `close` lists (final_decision belongs to close_final only).
    expect(asSupervisor.procedureActions[1]).toMatchObject({
      via: 'form',
      requires: ['closureReason', 'reason'],
      closureReasons: ['withdrawn', 'abandoned', 'not_ratified', 'deceased', 'transferred'],
    });
    const asRegistration = await getCaseFile(db, actors.registration_officer, caseId, mexico, now);
    expect(asRegistration.procedureActions).toEqual([]);
  });

  it('refuses on the generic route every step a record drives, and changes nothing', async () => {
    const { db } = database();
    const before = await getCaseFile(db, actors.supervisor, caseId, mexico, now);
    for (const { action, by } of walk) {
      expect([action, stepTakenVia(action as ActionId)]).not.toEqual([action, 'form']);
      const error = await rejection(act(actors[by], action, walk.find((w) => w.action === action)!.data));
      expect([action, error.code]).toEqual([action, 'conflict']);
    }
    const after = await getCaseFile(db, actors.supervisor, caseId, mexico, now);
    expect([after.stage, after.version, after.events.length]).toEqual([
      before.stage,
      before.version,
      before.events.length,
    ]);
  });

  it.each(walk)('$action: refused to the other roles, then taken by $by', async (next) => {
    const { db } = database();
    for (const role of caseRoles.filter((r) => !next.allowed.includes(r))) {
      const error = await rejection(step(actors[role], next.action, next.data));
      expect([role, error.code]).toEqual([role, 'forbidden']);
    }
    const file = await step(actors[next.by], next.action, next.data);
    expect(file.stage).toBe(next.to);
    expect(file.version).toBe(version + 1);
    version = file.version;
    expect(file.events.at(-1)).toMatchObject({ type: next.action, actor: { id: actors[next.by].id } });
    const audit = await db
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .where('case_id', '=', caseId)
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(audit).toEqual({
      action: 'case.procedure_action',
      details: expect.objectContaining({ action: next.action, toStage: next.to }),
    });
  });

  it('records the refusal as the outcome and the dates the steps mark', async () => {
    const file = await getCaseFile(database().db, actors.supervisor, caseId, mexico, now);
    expect([file.stage, file.outcome]).toEqual(['notified', 'rejected']);
    expect(file.events.find((e) => e.type === 'notify_decision')?.data).toMatchObject({
      fromStage: 'decided',
      toStage: 'notified',
      marks: { event: 'written_notification', date: '2026-11-11' },
    });
  });

  it('starts the appeal window on written notification, counted in working days', async () => {
    const file = await getCaseFile(database().db, actors.supervisor, caseId, mexico, now);
    // LRPCAP art. 25: 15 working days from written notification on Wed 11 Nov 2026; day 1 is Thu 12 Nov
    // (LFPA art. 38). 12–13 Nov → 2; Mon 16 Nov is a working day for COMAR (the labour law's Monday is not
    // in LFPA art. 28) → 16–19 Nov → 6; Fri 20 Nov is non-working (LFPA art. 28); 23–27 Nov → 11;
    // 30 Nov, 1, 2, 3 Dec → 15: due Thu 3 Dec 2026.
    expect(file.deadlines.find((d) => d.limit === 'appeal_filing')).toMatchObject({
      startsOn: 'written_notification',
      startDate: '2026-11-11',
      dueDate: '2026-12-03',
      status: 'open',
      metOn: null,
    });
    // The decision issued on 11 Nov meets the 45-working-day limit from filing on 10 Nov (due 15 Jan 2027).
    expect(file.deadlines.find((d) => d.limit === 'first_instance_decision')).toMatchObject({
      dueDate: '2027-01-15',
      status: 'met',
      metOn: '2026-11-11',
    });
  });

  it('refuses a stale version with a conflict naming the current one, and changes nothing', async () => {
    const { db } = database();
    const before = await getCaseFile(db, actors.supervisor, caseId, mexico, now);
    const error = await rejection(act(actors.supervisor, 'close_final', {}, version - 1));
    expect(error.code).toBe('conflict');
    expect(error.message).toContain(`version ${version}`);
    const after = await getCaseFile(db, actors.supervisor, caseId, mexico, now);
    expect([after.stage, after.version, after.events.length]).toEqual([
      before.stage,
      before.version,
      before.events.length,
    ]);
  });

  it('names each missing or invalid field of the data', async () => {
    const { db } = database();
    const other = await registerApplication(db, actors.registration_officer, familyOfThree(), mexico, now);
    const close = (data: object) =>
      takeProcedureAction(db, actors.supervisor, other.id, 'close', { version: 1, data }, mexico, now);
    const error = await rejection(close({ closureReason: 'tired', reason: 'Desistió.', room: 3 }));
    expect(error.code).toBe('validation_failed');
    expect(error.fields?.map((f) => f.path).sort()).toEqual(['data.closureReason', 'data.room']);
    const missing = await rejection(close({}));
    expect(missing.fields?.map((f) => [f.path, f.code]).sort()).toEqual([
      ['data.closureReason', 'required'],
      ['data.reason', 'required'],
    ]);
    expect((await getCaseFile(db, actors.supervisor, other.id, mexico, now)).stage).toBe('registered');
  });

  it('refuses a step from the wrong stage, an unknown action, and another office', async () => {
    const wrongStage = await rejection(act(actors.supervisor, 'remit', {}));
    expect(wrongStage.code).toBe('conflict');
    const unknown = await rejection(act(actors.supervisor, 'approve_everything', {}));
    expect([unknown.code, unknown.fields?.map((f) => f.path)]).toEqual(['validation_failed', ['action']]);
    const elsewhere = await rejection(act(otherOffice, 'close_final', {}));
    expect(elsewhere.code).toBe('not_found');
  });

  it('meets the appeal window when the appeal is lodged in time', async () => {
    const appealed = await step(actors.registration_officer, 'lodge_appeal', { appealDate: '2026-12-02' });
    version = appealed.version;
    expect(appealed.stage).toBe('appeal_lodged');
    expect(appealed.deadlines.find((d) => d.limit === 'appeal_filing')).toMatchObject({
      dueDate: '2026-12-03',
      status: 'met',
      metOn: '2026-12-02',
    });
  });
});
