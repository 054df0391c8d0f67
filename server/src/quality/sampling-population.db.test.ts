import { beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../../test/harness/engines';
import { createActor, createOffice } from '../../test/fixtures/actors';
import { familyOfThree } from '../../test/fixtures/applications';
import { refusal, stepCase } from '../../test/fixtures/appeals';
import { jurisdictionOf } from '../countries/jurisdiction';
import type { Actor } from '../access/actor';
import { registerApplication } from '../cases/case.service';
import { drawQualitySample } from './quality.service';
import { findSamplingPopulation } from './quality.repository';

const mexico = jurisdictionOf('MEX');
const november = { from: '2026-11-01', to: '2026-11-30', newOfficerDecisions: 5 };

interface Team {
  registrar: Actor;
  officer: Actor;
  interviewer: Actor;
  supervisor: Actor;
}

describeEachEngine('sampling population (SQL)', (database) => {
  let tap: string;
  let cmx: string;
  let team: Team;
  let other: Team;
  const decided: Record<string, { caseId: string; eventId: string }> = {};

  /**
   * A refusal issued on `issuedOn`, drafted by `who.officer` after `returns` returned drafts, with
   * the given specific needs of the principal.
   */
  async function decide(
    who: Team,
    name: string,
    issuedOn: string,
    options: { returns?: number; needs?: string[] } = {},
  ) {
    const { db } = database();
    const application = familyOfThree();
    if (options.needs) application.principal = { ...application.principal, specificNeeds: options.needs };
    const { id } = await registerApplication(
      db,
      who.registrar,
      application,
      mexico,
      new Date('2026-10-01T16:00:00Z'),
    );
    const at = new Date(`${issuedOn}T16:00:00Z`);
    const step = (actor: Actor, action: Parameters<typeof stepCase>[3], data: object) =>
      stepCase(db, actor, id, action, data, mexico, at);
    await step(who.interviewer, 'schedule_interview', { interviewDate: '2026-10-02' });
    await step(who.interviewer, 'record_interview', { interviewDate: '2026-10-02' });
    await step(who.officer, 'begin_assessment', {});
    for (let i = 0; i < (options.returns ?? 0); i++) {
      await step(who.officer, 'draft_refusal', refusal);
      await step(who.supervisor, 'return_draft', { reason: 'Weigh the country information.' });
    }
    await step(who.officer, 'draft_refusal', refusal);
    await step(who.supervisor, 'issue_decision', { decisionDate: issuedOn });
    const event = await db
      .selectFrom('case_events')
      .select('id')
      .where('case_id', '=', id)
      .where('type', '=', 'issue_decision')
      .executeTakeFirstOrThrow();
    decided[name] = { caseId: id, eventId: String(event.id) };
  }

  beforeAll(async () => {
    const { db } = database();
    tap = await createOffice(db, 'TAP');
    cmx = await createOffice(db, 'CMX');
    const staff = async (office: string): Promise<Team> => ({
      registrar: await createActor(db, 'registration_officer', office),
      officer: await createActor(db, 'eligibility_officer', office),
      interviewer: await createActor(db, 'eligibility_officer', office),
      supervisor: await createActor(db, 'supervisor', office),
    });
    team = await staff(tap);
    other = await staff(cmx);
    await decide(team, 'october', '2026-10-30');
    await decide(team, 'returnedTwice', '2026-11-11', { returns: 2, needs: ['TR-PI'] });
    await decide(team, 'plain', '2026-11-20');
    await decide(team, 'sampledBefore', '2026-11-25');
    await decide(team, 'december', '2026-12-01');
    await decide(other, 'otherOffice', '2026-11-12');
    await drawQualitySample(
      db,
      team.supervisor,
      { officeId: tap, periodFrom: '2026-11-25', periodTo: '2026-11-25', randomRate: 1, seed: 1 },
      new Date('2026-12-02T16:00:00Z'),
    );
  });

  it('holds exactly the office’s decisions of the period not drawn before, oldest first', async () => {
    const rows = await findSamplingPopulation(database().db, { officeId: tap, ...november });
    expect(rows.map((r) => r.event_id)).toEqual([decided.returnedTwice!.eventId, decided.plain!.eventId]);
    const other = await findSamplingPopulation(database().db, { officeId: cmx, ...november });
    expect(other.map((r) => r.event_id)).toEqual([decided.otherOffice!.eventId]);
    // The period's bounds are inclusive.
    const oneDay = await findSamplingPopulation(database().db, {
      officeId: tap,
      from: '2026-12-01',
      to: '2026-12-01',
      newOfficerDecisions: 5,
    });
    expect(oneDay.map((r) => r.event_id)).toEqual([decided.december!.eventId]);
  });

  it('carries who took part and the facts of the risk indicators', async () => {
    const rows = await findSamplingPopulation(database().db, { officeId: tap, ...november });
    const [returned, plain] = rows;
    expect(returned).toMatchObject({
      case_id: decided.returnedTwice!.caseId,
      outcome: 'rejected',
      issued_on: '2026-11-11',
      author_id: team.officer.id,
      approver_id: team.supervisor.id,
      interviewer_ids: [team.interviewer.id],
      returns: 2,
      record_id: null,
      // The officer's second decision (after October's).
      author_earlier: 1,
    });
    expect(returned!.needs).toContain('TR-PI');
    expect(plain).toMatchObject({ returns: 0, author_earlier: 2 });
    expect(plain!.needs).not.toContain('TR-PI');
  });

  it('counts an author’s earlier decisions only up to the threshold that makes an officer new', async () => {
    const rows = await findSamplingPopulation(database().db, {
      officeId: tap,
      from: '2026-12-01',
      to: '2026-12-01',
      newOfficerDecisions: 2,
    });
    // Four decisions came before December's: counted as 2, enough to say the officer is not new.
    expect(rows[0]?.author_earlier).toBe(2);
  });
});
