import { beforeAll, expect, it } from 'vitest';
import type { Role } from '@refugio/contract';
import { describeEachEngine } from '../../test/harness/engines';
import { createActor, createOffice } from '../../test/fixtures/actors';
import { familyOfThree } from '../../test/fixtures/applications';
import { rejection } from '../../test/fixtures/rejection';
import { jurisdictionOf } from '../countries/jurisdiction';
import type { Actor } from '../access/actor';
import { getCaseFile, registerApplication } from '../cases/case.service';
import { stepCase } from '../demo/direct-step';
import { extendDeadline } from './extension.service';

const mexico = jurisdictionOf('MEX');
const now = new Date('2026-04-20T16:00:00Z');
// Filed Mon 9 Mar 2026: the 45 working days of LRPCAP art. 24 end on Wed 13 May 2026 (1 and 5 May are
// non-working under LFPA art. 28).
const filed = { entryDate: '2026-03-02', applicationDate: '2026-03-09' };
const decision = 'first_instance_decision';
const interpreter = { reason: 'no_interpreter', note: 'No hay intérprete de criollo haitiano disponible' };

describeEachEngine('extending a time limit of a case', (database) => {
  const actors = {} as Record<Role, Actor>;
  let otherOffice: Actor;

  beforeAll(async () => {
    const { db } = database();
    const tap = await createOffice(db, 'TAP');
    const cmx = await createOffice(db, 'CMX');
    for (const role of [
      'registration_officer',
      'eligibility_officer',
      'supervisor',
      'appeals_officer',
    ] as const)
      actors[role] = await createActor(db, role, tap);
    actors.administrator = await createActor(db, 'administrator', null);
    otherOffice = await createActor(db, 'supervisor', cmx);
  });

  const register = async () =>
    (await registerApplication(database().db, actors.registration_officer, familyOfThree(filed), mexico, now))
      .id;
  const extend = (actor: Actor, caseId: string, body: object, limit = decision) =>
    extendDeadline(database().db, actor, caseId, limit, body, mexico, now);
  const fileAs = (actor: Actor, caseId: string) => getCaseFile(database().db, actor, caseId, mexico, now);
  const decisionOf = async (actor: Actor, caseId: string) =>
    (await fileAs(actor, caseId)).deadlines.find((d) => d.limit === decision)!;
  const projected = (caseId: string) =>
    database()
      .db.selectFrom('case_deadlines')
      .select(['due_on', 'status'])
      .where('case_id', '=', caseId)
      .where('limit_id', '=', decision)
      .executeTakeFirstOrThrow();
  const extensionsWritten = async (caseId: string) => {
    const { db } = database();
    const events = await db
      .selectFrom('case_events')
      .select('id')
      .where('case_id', '=', caseId)
      .where('type', '=', 'deadline_extended')
      .execute();
    const audits = await db
      .selectFrom('audit_log')
      .select('id')
      .where('case_id', '=', caseId)
      .where('action', '=', 'case.deadline_extended')
      .execute();
    return [events.length, audits.length];
  };

  it('a supervisor extends the decision limit for a listed reason: event, audit, version and projection', async () => {
    const { db } = database();
    const caseId = await register();
    expect(await decisionOf(actors.supervisor, caseId)).toMatchObject({
      dueDate: '2026-05-13',
      extendable: true,
    });
    expect((await decisionOf(actors.eligibility_officer, caseId)).extendable).toBe(false);

    const file = await extend(actors.supervisor, caseId, { version: 1, ...interpreter, length: 10 });
    // 10 working days after Wed 13 May: 14, 15, 18–22, 25, 26, 27 May (no holiday in between).
    expect(file.version).toBe(2);
    expect(file.deadlines.find((d) => d.limit === decision)).toMatchObject({
      dueDate: '2026-05-27',
      length: 45,
      extendedBy: 10,
      status: 'open',
      extendable: false,
      extensions: [{ reason: 'no_interpreter', length: 10, note: interpreter.note }],
    });
    expect(file.events.at(-1)).toMatchObject({
      type: 'deadline_extended',
      actor: { id: actors.supervisor.id },
      data: { limit: decision, reason: 'no_interpreter', length: 10, note: interpreter.note },
    });
    const audit = await db
      .selectFrom('audit_log')
      .select(['action', 'actor_id', 'details'])
      .where('case_id', '=', caseId)
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(audit).toEqual({
      action: 'case.deadline_extended',
      actor_id: actors.supervisor.id,
      details: { limit: decision, reason: 'no_interpreter', length: 10 },
    });
    expect(await projected(caseId)).toEqual({ due_on: '2026-05-27', status: 'open' });
    const clock = await db
      .selectFrom('case_clocks')
      .select(['next_limit', 'next_due_on'])
      .where('case_id', '=', caseId)
      .executeTakeFirstOrThrow();
    expect(clock).toEqual({ next_limit: decision, next_due_on: '2026-05-27' });
    // Once only (LRPCAP art. 24): the file no longer offers it, and a second request is a conflict.
    expect((await decisionOf(actors.supervisor, caseId)).extendable).toBe(false);
    const second = await rejection(
      extend(actors.supervisor, caseId, { version: 2, ...interpreter, length: 5 }),
    );
    expect(second.code).toBe('conflict');
    expect((await fileAs(actors.supervisor, caseId)).version).toBe(2);
    expect(await extensionsWritten(caseId)).toEqual([1, 1]);
    expect(await projected(caseId)).toEqual({ due_on: '2026-05-27', status: 'open' });
  });

  it('allows up to as long again (45 working days) and refuses 46, naming length', async () => {
    const caseId = await register();
    const tooLong = await rejection(
      extend(actors.supervisor, caseId, { version: 1, ...interpreter, length: 46 }),
    );
    expect([tooLong.code, tooLong.fields?.map((f) => [f.path, f.code])]).toEqual([
      'validation_failed',
      [['length', 'too_long']],
    ]);
    const zero = await rejection(
      extend(actors.supervisor, caseId, { version: 1, ...interpreter, length: 0 }),
    );
    expect(zero.fields?.map((f) => f.path)).toEqual(['length']);
    expect(await extensionsWritten(caseId)).toEqual([0, 0]);

    const file = await extend(actors.supervisor, caseId, {
      version: 1,
      reason: 'health',
      length: 45,
      note: '',
    });
    // 45 working days after Wed 13 May 2026: 14 May … 15 Jul (June and July hold no LFPA art. 28 day).
    expect(file.deadlines.find((d) => d.limit === decision)).toMatchObject({
      dueDate: '2026-07-15',
      extendedBy: 45,
    });
    expect(await projected(caseId)).toEqual({ due_on: '2026-07-15', status: 'open' });
  });

  it.each(['registration_officer', 'eligibility_officer', 'appeals_officer', 'administrator'] as const)(
    'refuses the role %s (403) and writes nothing',
    async (role) => {
      const caseId = await register();
      const error = await rejection(extend(actors[role], caseId, { version: 1, ...interpreter, length: 10 }));
      expect(error.code).toBe('forbidden');
      expect(await extensionsWritten(caseId)).toEqual([0, 0]);
      expect((await fileAs(actors.supervisor, caseId)).version).toBe(1);
    },
  );

  it('refuses an unknown limit (400 limit), a reason the law does not list (400 reason) and a limit not started (409)', async () => {
    const caseId = await register();
    const unknown = await rejection(
      extend(actors.supervisor, caseId, { version: 1, ...interpreter, length: 5 }, 'coffee_break'),
    );
    expect([unknown.code, unknown.fields?.map((f) => f.path)]).toEqual(['validation_failed', ['limit']]);
    const reason = await rejection(
      extend(actors.supervisor, caseId, { version: 1, reason: 'workload', length: 5, note: '' }),
    );
    expect([reason.code, reason.fields?.map((f) => f.path)]).toEqual(['validation_failed', ['reason']]);
    // The appeal window starts on written notification, which this case has not reached.
    const notStarted = await rejection(
      extend(actors.supervisor, caseId, { version: 1, ...interpreter, length: 5 }, 'appeal_filing'),
    );
    expect(notStarted.code).toBe('conflict');
    expect(await extensionsWritten(caseId)).toEqual([0, 0]);
    expect(await projected(caseId)).toEqual({ due_on: '2026-05-13', status: 'open' });
  });

  it('refuses a stale version with a conflict naming the current one, and writes nothing', async () => {
    const caseId = await register();
    await stepCase(
      database().db,
      actors.eligibility_officer,
      caseId,
      'schedule_interview',
      { version: 1, data: { interviewDate: '2026-04-28' } },
      mexico,
      now,
    );
    const stale = await rejection(
      extend(actors.supervisor, caseId, { version: 1, ...interpreter, length: 10 }),
    );
    expect(stale.code).toBe('conflict');
    expect(stale.message).toContain('version 2');
    expect(await extensionsWritten(caseId)).toEqual([0, 0]);
    expect(await projected(caseId)).toEqual({ due_on: '2026-05-13', status: 'open' });
    const fresh = await extend(actors.supervisor, caseId, { version: 2, ...interpreter, length: 10 });
    expect(fresh.version).toBe(3);
  });

  it("answers not found for another office's case, audits the denial, and extends nothing", async () => {
    const { db } = database();
    const caseId = await register();
    const error = await rejection(extend(otherOffice, caseId, { version: 1, ...interpreter, length: 10 }));
    expect(error.code).toBe('not_found');
    const denial = await db
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .where('actor_id', '=', otherOffice.id)
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(denial).toEqual({
      action: 'case.action_denied',
      details: { caseId, action: 'extend_deadline' },
    });
    expect(await extensionsWritten(caseId)).toEqual([0, 0]);
  });

  it('refuses to extend a limit the decision already met', async () => {
    const { db } = database();
    const caseId = await register();
    const steps: [Role, string, object][] = [
      ['eligibility_officer', 'schedule_interview', { interviewDate: '2026-03-20' }],
      ['eligibility_officer', 'record_interview', { interviewDate: '2026-03-20' }],
      ['eligibility_officer', 'begin_assessment', {}],
      ['eligibility_officer', 'draft_recognition', { decisionReasons: 'Temor fundado acreditado.' }],
      ['supervisor', 'issue_decision', { decisionDate: '2026-04-15' }],
    ];
    let version = 1;
    for (const [role, action, data] of steps)
      version = (await stepCase(db, actors[role], caseId, action, { version, data }, mexico, now)).version;
    expect(await decisionOf(actors.supervisor, caseId)).toMatchObject({ status: 'met', extendable: false });
    const met = await rejection(extend(actors.supervisor, caseId, { version, ...interpreter, length: 10 }));
    expect(met.code).toBe('conflict');
    expect(await extensionsWritten(caseId)).toEqual([0, 0]);
  });
});
