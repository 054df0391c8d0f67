import { beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../../test/harness/engines';
import { createActor, createOffice } from '../../test/fixtures/actors';
import { familyOfThree } from '../../test/fixtures/applications';
import { jurisdictionOf } from '../countries/jurisdiction';
import type { Actor } from '../access/actor';
import { AppError } from '../errors/app-error';
import { extendDeadline } from '../deadlines/extension.service';
import { getCaseFile, registerApplication } from './case.service';
import { stepCase } from '../demo/direct-step';

const mexico = jurisdictionOf('MEX');
const now = new Date('2026-11-12T16:00:00Z');
const ROUNDS = 4;

describeEachEngine('two users acting on the same case at once', (database) => {
  let registrar: Actor;
  let officer: Actor;
  let supervisor: Actor;

  beforeAll(async () => {
    const { db } = database();
    const tap = await createOffice(db, 'TAP');
    registrar = await createActor(db, 'registration_officer', tap);
    officer = await createActor(db, 'eligibility_officer', tap);
    supervisor = await createActor(db, 'supervisor', tap);
  });

  const register = async () =>
    (await registerApplication(database().db, registrar, familyOfThree(), mexico, now)).id;
  const act = (actor: Actor, caseId: string, action: string, data: object, version = 1) =>
    stepCase(database().db, actor, caseId, action, { version, data }, mexico, now);

  /** Exactly one of the two writes won; the other was told the case changed (409), not a server error. */
  async function oneWins(caseId: string, writes: Promise<unknown>[]) {
    const results = await Promise.allSettled(writes);
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]).toBeInstanceOf(AppError);
    expect(lost[0]).toMatchObject({ code: 'conflict', message: expect.stringContaining('version 2') });
    const file = await getCaseFile(database().db, supervisor, caseId, mexico, now);
    expect(file.version).toBe(2);
    // The registration, and one step.
    expect(file.events).toHaveLength(2);
    const { db } = database();
    const audits = await db
      .selectFrom('audit_log')
      .select('action')
      .where('case_id', '=', caseId)
      .where('action', 'in', ['case.procedure_action', 'case.deadline_extended'])
      .execute();
    expect(audits).toHaveLength(1);
    return file;
  }

  it('two different steps from the same version: one moves the case, the other gets a conflict', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const caseId = await register();
      const file = await oneWins(caseId, [
        act(officer, caseId, 'schedule_interview', { interviewDate: '2026-11-20' }),
        act(supervisor, caseId, 'close', { closureReason: 'withdrawn', reason: 'Desistió' }),
      ]);
      // The case is in the stage of the step that won, and the event says so.
      const last = file.events.at(-1)!;
      expect(last.type === 'schedule_interview' ? 'interview_scheduled' : 'closed').toBe(file.stage);
    }
  });

  it('the same step sent twice (a double click): recorded once', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const caseId = await register();
      const data = { interviewDate: '2026-11-20' };
      const file = await oneWins(caseId, [
        act(officer, caseId, 'schedule_interview', data),
        act(officer, caseId, 'schedule_interview', data),
      ]);
      expect(file.stage).toBe('interview_scheduled');
    }
  });

  it('an extension and a step from the same version: only one is written', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const caseId = await register();
      const file = await oneWins(caseId, [
        extendDeadline(
          database().db,
          supervisor,
          caseId,
          'first_instance_decision',
          { version: 1, reason: 'health', length: 10, note: '' },
          mexico,
          now,
        ),
        act(officer, caseId, 'schedule_interview', { interviewDate: '2026-11-20' }),
      ]);
      const extended = file.events.some((e) => e.type === 'deadline_extended');
      const decision = file.deadlines.find((d) => d.limit === 'first_instance_decision')!;
      expect(decision.extendedBy).toBe(extended ? 10 : 0);
      expect(file.stage).toBe(extended ? 'registered' : 'interview_scheduled');
    }
  });

  it('without a race, a step from a stale version still fails', async () => {
    const caseId = await register();
    await act(officer, caseId, 'schedule_interview', { interviewDate: '2026-11-20' });
    await expect(
      act(supervisor, caseId, 'close', { closureReason: 'withdrawn', reason: 'x' }),
    ).rejects.toMatchObject({
      code: 'conflict',
    });
  });
});
