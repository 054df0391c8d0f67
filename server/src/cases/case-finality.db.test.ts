import { beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../../test/harness/engines';
import { createActor, createOffice } from '../../test/fixtures/actors';
import { familyOfThree } from '../../test/fixtures/applications';
import { jurisdictionOf } from '../countries/jurisdiction';
import type { Actor } from '../access/actor';
import { rejection } from '../../test/fixtures/rejection';
import { getCaseFile, registerApplication } from './case.service';
import { stepCase } from '../demo/direct-step';

const mexico = jurisdictionOf('MEX');
const registeredOn = new Date('2026-11-10T16:00:00Z');
// Notified Wed 11 Nov 2026: the 15 working days of LRPCAP art. 25 skip the weekends and Fri 20 Nov
// (LFPA art. 28; Mon 16 Nov is only a labour-law observance): 12–13, 16–19, 23–27, 30 Nov, 1–3 Dec.
const appealDue = '2026-12-03';
const refusal = {
  outcome: 'rejected',
  decisionReasons: 'No well-founded fear was established on the facts.',
  complementaryProtectionAssessment: { protectionNeeded: false, reasons: 'No risk on return was found.' },
};

describeEachEngine('when a decision becomes final', (database) => {
  let officer: Actor;
  let supervisor: Actor;
  let appeals: Actor;
  let registrar: Actor;

  beforeAll(async () => {
    const { db } = database();
    const tap = await createOffice(db, 'TAP');
    officer = await createActor(db, 'eligibility_officer', tap);
    supervisor = await createActor(db, 'supervisor', tap);
    appeals = await createActor(db, 'appeals_officer', tap);
    registrar = await createActor(db, 'registration_officer', tap);
  });

  /** A case with a refusal notified on 11 November 2026; answers a function taking the next step. */
  async function notifiedRefusal() {
    const { db } = database();
    const { id } = await registerApplication(db, registrar, familyOfThree(), mexico, registeredOn);
    let version = (await getCaseFile(db, officer, id, mexico, registeredOn)).version;
    const act = async (actor: Actor, action: string, data: object, now: Date) => {
      const file = await stepCase(db, actor, id, action, { version, data }, mexico, now);
      version = file.version;
      return file;
    };
    const at = new Date('2026-11-11T16:00:00Z');
    await act(officer, 'schedule_interview', { interviewDate: '2026-11-10' }, at);
    await act(officer, 'record_interview', { interviewDate: '2026-11-10' }, at);
    await act(officer, 'begin_assessment', {}, at);
    await act(officer, 'draft_refusal', refusal, at);
    await act(supervisor, 'issue_decision', { decisionDate: '2026-11-11' }, at);
    await act(registrar, 'notify_decision', { notificationDate: '2026-11-11' }, at);
    return { id, act };
  }

  it('refuses to close a notified refusal as final while the appeal window runs, and closes it after', async () => {
    const { id, act } = await notifiedRefusal();
    const during = await rejection(act(supervisor, 'close_final', {}, new Date('2026-12-03T20:00:00Z')));
    expect(during).toMatchObject({ code: 'conflict', message: expect.stringContaining(appealDue) });
    const file = await getCaseFile(database().db, officer, id, mexico, new Date('2026-12-03T20:00:00Z'));
    expect(file.stage).toBe('notified');

    const closed = await act(supervisor, 'close_final', {}, new Date('2026-12-04T16:00:00Z'));
    expect(closed.stage).toBe('closed');
    expect(closed.deadlines.find((d) => d.limit === 'appeal_filing')).toMatchObject({
      dueDate: appealDue,
      status: 'overdue',
    });
  });

  it('after an appeal remits the case, the old notification no longer opens an appeal window', async () => {
    const { act } = await notifiedRefusal();
    const at = new Date('2026-11-20T16:00:00Z');
    await act(registrar, 'lodge_appeal', { appealDate: '2026-11-19' }, at);
    const decided = await act(
      appeals,
      'decide_appeal',
      {
        outcome: 'remitted',
        decisionReasons: 'The interview did not explore the risk.',
        decisionDate: '2026-11-20',
      },
      at,
    );
    expect(decided.deadlines.find((d) => d.limit === 'appeal_filing')).toMatchObject({ status: 'met' });

    const remitted = await act(supervisor, 'remit', {}, at);
    expect(remitted.stage).toBe('assessment');
    expect(remitted.deadlines.map((d) => d.limit)).not.toContain('appeal_filing');
    // The first decision met the first-instance limit in its time; that stays on the record.
    expect(remitted.deadlines.find((d) => d.limit === 'first_instance_decision')).toMatchObject({
      status: 'met',
    });

    // A new decision, notified again, opens a new window from the new notification.
    await act(officer, 'draft_refusal', refusal, at);
    await act(supervisor, 'issue_decision', { decisionDate: '2026-11-25' }, at);
    const renotified = await act(registrar, 'notify_decision', { notificationDate: '2026-11-25' }, at);
    expect(renotified.deadlines.find((d) => d.limit === 'appeal_filing')).toMatchObject({
      startDate: '2026-11-25',
      status: 'open',
    });
  });
});
