import { beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../../test/harness/engines';
import { createActor, createOffice } from '../../test/fixtures/actors';
import { familyOfThree } from '../../test/fixtures/applications';
import { createInterpreter, createOfficer, createRoom, peopleOf } from '../../test/fixtures/interviews';
import { rejection } from '../../test/fixtures/rejection';
import { currentJurisdiction, jurisdictionSourceOf, type Jurisdiction } from '../countries/jurisdiction';
import type { Actor } from '../access/actor';
import { registerApplication } from '../cases/case.service';
import { scheduleInterview } from './interview-schedule.service';
import { listInterviewsOfCase } from './interview.service';
import { justifyNoShow, recordNoShow } from './no-show.service';
import { countedNoShows } from './no-show-count';

const booked = new Date('2026-11-20T16:00:00Z');
const missed = new Date('2026-11-23T19:00:00Z');
// Monday 30 November, 12:00 in Mexico City.
const later = new Date('2026-11-30T18:00:00Z');
const filed = { entryDate: '2026-11-02', applicationDate: '2026-11-10' };
const certificate = 'Presenta constancia médica del centro de salud: fiebre alta el 23 de noviembre.';

describeEachEngine('justifying a no-show', (database) => {
  let jurisdiction: Jurisdiction;
  let officer: Actor;
  let registrar: Actor;
  let interpreter: string;
  let room: string;
  let hour = 8;

  /** A principal's eligibility interview on Monday 23 November, missed. */
  const missedInterview = async () => {
    const { db } = database();
    const kase = await registerApplication(db, registrar, familyOfThree(filed), jurisdiction, booked);
    const { principal } = await peopleOf(db, kase.id);
    const start = `${String(hour++).padStart(2, '0')}:00`;
    const scheduled = await scheduleInterview(
      db,
      officer,
      kase.id,
      {
        caseVersion: 1,
        personId: principal.id,
        officerId: officer.id,
        interpreterId: interpreter,
        language: 'hat',
        mode: 'in_person',
        roomId: room,
        date: '2026-11-23',
        startTime: start,
        endTime: `${String(hour).padStart(2, '0')}:00`,
      },
      jurisdiction,
      booked,
    );
    return recordNoShow(
      db,
      officer,
      scheduled.interview.id,
      { version: 1, caseVersion: scheduled.case.version, waitedUntil: `${start.slice(0, 2)}:45` },
      jurisdiction,
      missed,
    );
  };
  const counted = async (caseId: string) =>
    countedNoShows(
      await database()
        .db.selectFrom('case_events')
        .select(['type', 'data'])
        .where('case_id', '=', caseId)
        .execute(),
    );

  beforeAll(async () => {
    const { db } = database();
    const office = await createOffice(db, 'TAP');
    jurisdiction = await currentJurisdiction(jurisdictionSourceOf('MEX'), db);
    registrar = await createActor(db, 'registration_officer', office);
    officer = await createOfficer(db, office, 'F');
    interpreter = await createInterpreter(db, { office_ids: [office] });
    room = await createRoom(db, office);
  });

  it('records the justification, which stops the no-show counting, with an event and an audit entry', async () => {
    const { db } = database();
    const { interview, case: kase } = await missedInterview();
    expect(interview.actions).toContain('justify_no_show');
    expect(await counted(kase.id)).toBe(1);
    const result = await justifyNoShow(
      db,
      officer,
      interview.id,
      {
        version: interview.version,
        caseVersion: kase.version,
        receivedOn: '2026-11-27',
        reason: 'illness',
        details: certificate,
      },
      jurisdiction,
      later,
    );
    expect(result.interview.noShow?.justification).toEqual({
      receivedOn: '2026-11-27',
      reason: 'illness',
      details: certificate,
      recordedAt: later.toISOString(),
      by: { id: officer.id, name: officer.name },
    });
    expect(result.interview.actions).not.toContain('justify_no_show');
    expect(result.interview.version).toBe(interview.version + 1);
    expect(result.case.version).toBe(kase.version + 1);
    expect(result.case.stage).toBe(kase.stage);
    const event = result.case.events.find((e) => e.type === 'no_show_justified');
    expect(event?.data).toEqual({
      data: { interviewDate: '2026-11-23', receivedOn: '2026-11-27', reason: 'illness' },
      record: { kind: 'interview', id: interview.id },
    });
    expect(JSON.stringify(result.case.events)).not.toContain('constancia');
    expect(await counted(kase.id)).toBe(0);
    const audit = await db
      .selectFrom('audit_log')
      .select('details')
      .where('case_id', '=', kase.id)
      .where('action', '=', 'interview.no_show_justified')
      .execute();
    expect(audit.map((a) => a.details)).toEqual([
      { interviewId: interview.id, reason: 'illness', receivedOn: '2026-11-27' },
    ]);
    // Registration staff read the case but not its narrative: the category, not the text.
    const seen = await listInterviewsOfCase(db, registrar, kase.id, jurisdiction.profile.timeZone);
    expect(seen.interviews[0]!.noShow?.justification).toMatchObject({ reason: 'illness', details: null });
  });

  it('is refused once justified, on a stale version, with a date out of range, and to registration staff', async () => {
    const { db } = database();
    const { interview, case: kase } = await missedInterview();
    const input = {
      version: interview.version,
      caseVersion: kase.version,
      receivedOn: '2026-11-27',
      reason: 'transport',
      details: 'No hubo transporte por un bloqueo en la carretera.',
    };
    const justify = (actor: Actor, overrides: Record<string, unknown> = {}) =>
      justifyNoShow(db, actor, interview.id, { ...input, ...overrides }, jurisdiction, later);
    expect((await rejection(justify(registrar))).code).toBe('forbidden');
    expect((await rejection(justify(officer, { receivedOn: '2026-11-20' }))).fields?.[0]).toMatchObject({
      path: 'receivedOn',
      code: 'before_start',
    });
    expect((await rejection(justify(officer, { receivedOn: '2026-12-01' }))).fields?.[0]).toMatchObject({
      path: 'receivedOn',
      code: 'in_future',
    });
    expect((await rejection(justify(officer, { details: ' ' }))).fields?.[0]?.path).toBe('details');
    expect((await rejection(justify(officer, { reason: 'weather' }))).fields?.[0]?.path).toBe('reason');
    expect((await rejection(justify(officer, { caseVersion: kase.version - 1 }))).code).toBe('conflict');
    expect((await rejection(justify(officer, { version: interview.version - 1 }))).code).toBe('conflict');
    expect(await counted(kase.id)).toBe(1);
    await justify(officer);
    const twice = await rejection(
      justify(officer, { version: interview.version + 1, caseVersion: kase.version + 1 }),
    );
    expect(twice.code).toBe('conflict');
    expect(twice.message).toMatch(/already been justified/);
  });

  it('is only for a no-show', async () => {
    const { db } = database();
    const kase = await registerApplication(db, registrar, familyOfThree(filed), jurisdiction, booked);
    const { principal } = await peopleOf(db, kase.id);
    const scheduled = await scheduleInterview(
      db,
      officer,
      kase.id,
      {
        caseVersion: 1,
        personId: principal.id,
        officerId: officer.id,
        language: 'spa',
        mode: 'in_person',
        roomId: room,
        date: '2026-11-24',
        startTime: '09:00',
        endTime: '10:00',
      },
      jurisdiction,
      booked,
    );
    const refused = await rejection(
      justifyNoShow(
        db,
        officer,
        scheduled.interview.id,
        {
          version: scheduled.interview.version,
          caseVersion: scheduled.case.version,
          receivedOn: '2026-11-27',
          reason: 'other',
          details: 'x',
        },
        jurisdiction,
        later,
      ),
    );
    expect(refused.code).toBe('conflict');
    expect(scheduled.interview.actions).not.toContain('justify_no_show');
  });
});
