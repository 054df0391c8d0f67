import { beforeAll, expect, it } from 'vitest';
import type { Role } from '@refugio/contract';
import { describeEachEngine } from '../../test/harness/engines';
import { createActor, createOffice } from '../../test/fixtures/actors';
import { familyOfThree } from '../../test/fixtures/applications';
import { rejection } from '../../test/fixtures/rejection';
import { jurisdictionOf } from '../countries/jurisdiction';
import type { Actor } from '../access/actor';
import { getCaseFile, registerApplication } from './case.service';
import { stepCase } from '../demo/direct-step';

const mexico = jurisdictionOf('MEX');
const now = new Date('2026-11-12T16:00:00Z');
const refusal = {
  outcome: 'rejected',
  decisionReasons: 'No se acreditó un temor fundado.',
  complementaryProtectionAssessment: { protectionNeeded: false, reasons: 'No hay riesgo al retorno.' },
};
const appealConfirmed = { outcome: 'confirmed', decisionReasons: 'Se confirma.', decisionDate: '2026-11-12' };

// Mexico's path to an appeal decision (countries/MEX.json), each step with a role that may take it.
const path: [stage: string, by: Role, action: string, data: object][] = [
  ['registered', 'eligibility_officer', 'schedule_interview', { interviewDate: '2026-11-10' }],
  ['interview_scheduled', 'eligibility_officer', 'record_interview', { interviewDate: '2026-11-10' }],
  ['interviewed', 'eligibility_officer', 'begin_assessment', {}],
  ['assessment', 'eligibility_officer', 'draft_refusal', refusal],
  ['decision_drafted', 'supervisor', 'issue_decision', { decisionDate: '2026-11-11' }],
  ['decided', 'supervisor', 'notify_decision', { notificationDate: '2026-11-11' }],
  ['notified', 'appeals_officer', 'lodge_appeal', { appealDate: '2026-11-12' }],
  ['appeal_lodged', 'appeals_officer', 'decide_appeal', appealConfirmed],
];

describeEachEngine('the other steps of the procedure', (database) => {
  const actors = {} as Record<Role, Actor>;

  beforeAll(async () => {
    const { db } = database();
    const tap = await createOffice(db, 'TAP');
    for (const role of [
      'registration_officer',
      'eligibility_officer',
      'supervisor',
      'appeals_officer',
    ] as const)
      actors[role] = await createActor(db, role, tap);
  });

  const act = (role: Role, caseId: string, action: string, version: number, data: object) =>
    stepCase(database().db, actors[role], caseId, action, { version, data }, mexico, now);

  /** A new case walked along the path up to `stage` (the last step's data may be replaced). */
  async function caseAt(stage: string, last?: object): Promise<{ caseId: string; version: number }> {
    const { db } = database();
    const { id } = await registerApplication(db, actors.registration_officer, familyOfThree(), mexico, now);
    let version = 1;
    for (const [i, [from, by, action, data]] of path.entries()) {
      if (from === stage) break;
      const isLast = (path[i + 1]?.[0] ?? 'appeal_decided') === stage;
      version = (await act(by, id, action, version, isLast && last ? last : data)).version;
    }
    return { caseId: id, version };
  }

  /** The step is refused to `role` (403) and from `wrongStage` (409), and names `missing` (400); nothing moves. */
  async function expectRefusals(
    step: { action: string; by: Role; from: string; data: object },
    refusals: { role: Role; wrongStage: string; missing: [data: object, path: string] },
  ) {
    const here = await caseAt(step.from);
    const forbidden = await rejection(act(refusals.role, here.caseId, step.action, here.version, step.data));
    expect(forbidden.code).toBe('forbidden');
    const [data, field] = refusals.missing;
    const invalid = await rejection(act(step.by, here.caseId, step.action, here.version, data));
    expect([invalid.code, invalid.fields?.map((f) => f.path)]).toEqual(['validation_failed', [field]]);
    const file = await getCaseFile(database().db, actors.supervisor, here.caseId, mexico, now);
    expect([file.stage, file.version]).toEqual([step.from, here.version]);

    const elsewhere = await caseAt(refusals.wrongStage);
    const wrong = await rejection(act(step.by, elsewhere.caseId, step.action, elsewhere.version, step.data));
    expect(wrong.code).toBe('conflict');
  }

  it('reschedule_interview: keeps the stage and records the new date and why', async () => {
    const { caseId, version } = await caseAt('interview_scheduled');
    const data = { interviewDate: '2026-11-20', reason: 'El intérprete no estaba disponible' };
    const file = await act('supervisor', caseId, 'reschedule_interview', version, data);
    expect([file.stage, file.version]).toEqual(['interview_scheduled', version + 1]);
    expect(file.events.at(-1)).toMatchObject({ type: 'reschedule_interview', data: { data } });
    await expectRefusals(
      { action: 'reschedule_interview', by: 'eligibility_officer', from: 'interview_scheduled', data },
      {
        role: 'registration_officer',
        wrongStage: 'registered',
        missing: [{ interviewDate: '2026-11-20' }, 'data.reason'],
      },
    );
  });

  it('record_no_show: a registration officer records it; the interview stays scheduled', async () => {
    const { caseId, version } = await caseAt('interview_scheduled');
    const file = await act('registration_officer', caseId, 'record_no_show', version, {
      interviewDate: '2026-11-10',
    });
    expect([file.stage, file.version]).toEqual(['interview_scheduled', version + 1]);
    expect(file.events.at(-1)?.type).toBe('record_no_show');
    await expectRefusals(
      {
        action: 'record_no_show',
        by: 'registration_officer',
        from: 'interview_scheduled',
        data: { interviewDate: '2026-11-10' },
      },
      { role: 'appeals_officer', wrongStage: 'interviewed', missing: [{}, 'data.interviewDate'] },
    );
  });

  it('return_draft: a supervisor sends the draft back to assessment with a reason', async () => {
    const { caseId, version } = await caseAt('decision_drafted');
    const data = { reason: 'Falta analizar la protección complementaria' };
    const file = await act('supervisor', caseId, 'return_draft', version, data);
    expect(file.stage).toBe('assessment');
    expect(file.events.at(-1)).toMatchObject({
      type: 'return_draft',
      data: { fromStage: 'decision_drafted', toStage: 'assessment', data },
    });
    // Back in assessment, the officer may draft again.
    const asOfficer = await getCaseFile(database().db, actors.eligibility_officer, caseId, mexico, now);
    expect(asOfficer.procedureActions.map((a) => a.action)).toEqual(
      expect.arrayContaining(['draft_recognition', 'draft_refusal']),
    );
    await expectRefusals(
      { action: 'return_draft', by: 'supervisor', from: 'decision_drafted', data },
      { role: 'eligibility_officer', wrongStage: 'decided', missing: [{}, 'data.reason'] },
    );
  });

  it('decide_appeal: the appeals officer confirms the decision, with reasons and date', async () => {
    const { caseId, version } = await caseAt('appeal_lodged');
    const file = await act('appeals_officer', caseId, 'decide_appeal', version, appealConfirmed);
    expect([file.stage, file.outcome]).toEqual(['appeal_decided', 'confirmed']);
    expect(file.events.at(-1)?.data).toMatchObject({
      outcome: 'confirmed',
      marks: { event: 'appeal_decided', date: '2026-11-12' },
    });
    await expectRefusals(
      { action: 'decide_appeal', by: 'appeals_officer', from: 'appeal_lodged', data: appealConfirmed },
      {
        role: 'supervisor',
        wrongStage: 'notified',
        missing: [{ outcome: 'confirmed', decisionReasons: 'Se confirma.' }, 'data.decisionDate'],
      },
    );
  });

  it('decide_appeal: refuses an outcome the appeal cannot have', async () => {
    const { caseId, version } = await caseAt('appeal_lodged');
    const error = await rejection(
      act('appeals_officer', caseId, 'decide_appeal', version, { ...appealConfirmed, outcome: 'rejected' }),
    );
    expect(error.fields?.map((f) => f.path)).toEqual(['data.outcome']);
  });

  it('remit: after an appeal sets the decision aside, a supervisor returns the case to assessment', async () => {
    const remitted = { ...appealConfirmed, outcome: 'remitted' };
    const { caseId, version } = await caseAt('appeal_decided', remitted);
    const asSupervisor = await getCaseFile(database().db, actors.supervisor, caseId, mexico, now);
    expect(asSupervisor.procedureActions.map((a) => a.action)).toContain('remit');
    expect((await rejection(act('appeals_officer', caseId, 'remit', version, {}))).code).toBe('forbidden');
    const extra = await rejection(act('supervisor', caseId, 'remit', version, { reason: 'x' }));
    expect(extra.fields?.map((f) => f.path)).toEqual(['data.reason']);
    const file = await act('supervisor', caseId, 'remit', version, {});
    expect([file.stage, file.version]).toEqual(['assessment', version + 1]);

    // Not after an appeal that confirmed the decision, nor from another stage.
    const confirmed = await caseAt('appeal_decided');
    expect((await rejection(act('supervisor', confirmed.caseId, 'remit', confirmed.version, {}))).code).toBe(
      'conflict',
    );
    const lodged = await caseAt('appeal_lodged');
    expect((await rejection(act('supervisor', lodged.caseId, 'remit', lodged.version, {}))).code).toBe(
      'conflict',
    );
  });

  it('close: a supervisor closes a registered case as withdrawn, recording the reason', async () => {
    const { caseId, version } = await caseAt('registered');
    const data = { closureReason: 'withdrawn', reason: 'Desistió por escrito el 12/11/2026' };
    const file = await act('supervisor', caseId, 'close', version, data);
    expect(file.stage).toBe('closed');
    expect(file.events.at(-1)?.data).toMatchObject({ closureReason: 'withdrawn', data });
    expect(file.procedureActions.map((a) => a.action)).toEqual(['reopen']);
    await expectRefusals(
      { action: 'close', by: 'supervisor', from: 'registered', data },
      {
        role: 'eligibility_officer',
        wrongStage: 'decided',
        missing: [{ closureReason: 'withdrawn' }, 'data.reason'],
      },
    );
    const { caseId: other, version: v } = await caseAt('registered');
    const final = await rejection(
      act('supervisor', other, 'close', v, { ...data, closureReason: 'final_decision' }),
    );
    expect(final.fields?.map((f) => f.path)).toEqual(['data.closureReason']);
  });

  it('close_final: a supervisor closes the case once the appeal is decided', async () => {
    const { caseId, version } = await caseAt('appeal_decided');
    expect((await rejection(act('appeals_officer', caseId, 'close_final', version, {}))).code).toBe(
      'forbidden',
    );
    const extra = await rejection(act('supervisor', caseId, 'close_final', version, { reason: 'x' }));
    expect(extra.fields?.map((f) => f.path)).toEqual(['data.reason']);
    const file = await act('supervisor', caseId, 'close_final', version, {});
    expect(file.stage).toBe('closed');
    expect(file.events.at(-1)?.data).toMatchObject({ closureReason: 'final_decision' });
    const early = await caseAt('assessment');
    expect((await rejection(act('supervisor', early.caseId, 'close_final', early.version, {}))).code).toBe(
      'conflict',
    );
  });

  it('reopen: a supervisor reopens a closed case into assessment on a listed ground', async () => {
    const closed = async () => {
      const { caseId, version } = await caseAt('registered');
      const data = { closureReason: 'abandoned', reason: 'No se presentó a firmar' };
      return { caseId, version: (await act('supervisor', caseId, 'close', version, data)).version };
    };
    const { caseId, version } = await closed();
    const data = { reopeningGround: 'new_evidence', reason: 'Aportó constancia médica' };
    const file = await act('supervisor', caseId, 'reopen', version, data);
    expect([file.stage, file.version]).toEqual(['assessment', version + 1]);
    expect(file.events.at(-1)).toMatchObject({ type: 'reopen', data: { fromStage: 'closed', data } });

    const again = await closed();
    expect(
      (await rejection(act('eligibility_officer', again.caseId, 'reopen', again.version, data))).code,
    ).toBe('forbidden');
    const noGround = await rejection(
      act('supervisor', again.caseId, 'reopen', again.version, { reason: 'x' }),
    );
    expect(noGround.fields?.map((f) => f.path)).toEqual(['data.reopeningGround']);
    const unlisted = await rejection(
      act('supervisor', again.caseId, 'reopen', again.version, { ...data, reopeningGround: 'mercy' }),
    );
    expect(unlisted.fields?.map((f) => f.path)).toEqual(['data.reopeningGround']);
    const open = await caseAt('registered');
    expect((await rejection(act('supervisor', open.caseId, 'reopen', open.version, data))).code).toBe(
      'conflict',
    );
  });
});
