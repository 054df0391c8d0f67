import { beforeAll, expect, it } from 'vitest';
import { readClash } from '@refugio/contract';
import { describeEachEngine } from '../../test/harness/engines';
import { createActor, createOffice } from '../../test/fixtures/actors';
import { familyOfThree } from '../../test/fixtures/applications';
import { createInterpreter, createOfficer, createRoom, peopleOf } from '../../test/fixtures/interviews';
import { rejection } from '../../test/fixtures/rejection';
import { currentJurisdiction, jurisdictionSourceOf, type Jurisdiction } from '../countries/jurisdiction';
import type { Actor } from '../access/actor';
import { registerApplication } from '../cases/case.service';
import { scheduleInterview } from '../interviews/interview-schedule.service';
import { markUnavailable, releaseUnavailability } from './unavailability.service';

const now = new Date('2026-11-20T16:00:00Z');
const filed = { entryDate: '2026-11-02', applicationDate: '2026-11-10' };
const timeZone = 'America/Mexico_City';

describeEachEngine('marking officers, rooms and interpreters unavailable', (database) => {
  let jurisdiction: Jurisdiction;
  let here: string;
  let officer: Actor;
  let colleague: Actor;
  let supervisor: Actor;
  let officerThere: Actor;
  let supervisorThere: Actor;
  let admin: Actor;
  let registrar: Actor;
  let interpreter: string;
  let room: string;

  const day = (date: string, from = '08:00', to = '18:00') => ({
    startsAt: `${date}T${from}`,
    endsAt: `${date}T${to}`,
  });
  const mark = (by: Actor, kind: 'officer' | 'room' | 'interpreter', id: string, when: object, note = '') =>
    markUnavailable(database().db, by, { resourceKind: kind, resourceId: id, note, ...when }, timeZone, now);
  const book = async (date: string, startTime: string, endTime: string) => {
    const { db } = database();
    const kase = await registerApplication(db, registrar, familyOfThree(filed), jurisdiction, now);
    const { principal } = await peopleOf(db, kase.id);
    return scheduleInterview(
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
        date,
        startTime,
        endTime,
      },
      jurisdiction,
      now,
    );
  };
  const activeBlocks = (resourceId: string) =>
    database()
      .db.selectFrom('bookings')
      .select('id')
      .where('kind', '=', 'unavailable')
      .where('resource_id', '=', resourceId)
      .where('released_at', 'is', null)
      .execute();

  beforeAll(async () => {
    const { db } = database();
    here = await createOffice(db, 'TAP');
    const there = await createOffice(db, 'CMX');
    jurisdiction = await currentJurisdiction(jurisdictionSourceOf('MEX'), db);
    registrar = await createActor(db, 'registration_officer', here);
    officer = await createOfficer(db, here, 'F');
    colleague = await createOfficer(db, here, 'M');
    supervisor = await createOfficer(db, here, 'F', 'supervisor');
    officerThere = await createOfficer(db, there, 'F');
    supervisorThere = await createOfficer(db, there, 'M', 'supervisor');
    admin = await createActor(db, 'administrator', null);
    interpreter = await createInterpreter(db, { office_ids: [here] });
    room = await createRoom(db, here, 'Sala 1');
  });

  it('lets an officer mark themself unavailable, in local time, and audits it without the note', async () => {
    const { db } = database();
    const block = await mark(
      officer,
      'officer',
      officer.id,
      day('2026-12-14', '09:00', '12:00'),
      'Capacitación',
    );
    expect(block).toMatchObject({
      resourceKind: 'officer',
      resourceId: officer.id,
      start: { date: '2026-12-14', time: '09:00' },
      end: { date: '2026-12-14', time: '12:00' },
      startsAt: '2026-12-14T15:00:00.000Z',
      note: 'Capacitación',
      createdBy: { id: officer.id },
      releasedAt: null,
      canRelease: true,
    });
    const audit = await db
      .selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'unavailability.mark')
      .where('actor_id', '=', officer.id)
      .executeTakeFirstOrThrow();
    expect(audit.details).toEqual({ bookingId: block.id, resourceKind: 'officer', resourceId: officer.id });
  });

  it('lets an officer mark only themself; a supervisor anyone or anything of the office; an administrator any office', async () => {
    const { db } = database();
    const when = day('2026-12-15');
    for (const [kind, id] of [
      ['officer', colleague.id],
      ['room', room],
      ['interpreter', interpreter],
    ] as const)
      expect((await rejection(mark(officer, kind, id, when))).code).toBe('forbidden');
    expect((await rejection(mark(supervisorThere, 'room', room, when))).code).toBe('forbidden');
    expect((await rejection(mark(supervisor, 'officer', officerThere.id, when))).code).toBe('forbidden');
    expect((await rejection(mark(registrar, 'officer', registrar.id, when))).code).toBe('validation_failed');
    for (const [kind, id] of [
      ['officer', colleague.id],
      ['room', room],
      ['interpreter', interpreter],
    ] as const)
      expect((await mark(supervisor, kind, id, when)).resourceId).toBe(id);
    expect((await mark(admin, 'officer', officerThere.id, when)).resourceId).toBe(officerThere.id);
    const denied = await db
      .selectFrom('audit_log')
      .select('actor_id')
      .where('action', '=', 'unavailability.mark_denied')
      .execute();
    expect(denied).toHaveLength(5);
  });

  it('refuses unavailability over a booked interview, naming it, and writes nothing', async () => {
    const booked = await book('2026-12-16', '09:00', '11:00');
    for (const [kind, id] of [
      ['officer', officer.id],
      ['room', room],
      ['interpreter', interpreter],
    ] as const) {
      const refused = await rejection(mark(supervisor, kind, id, day('2026-12-16', '10:00', '14:00')));
      expect(refused.code).toBe('conflict');
      expect(refused.fields).toHaveLength(1);
      expect(refused.fields![0]).toMatchObject({ path: 'startsAt', code: 'double_booked' });
      expect(readClash(refused.fields![0]!.message)).toEqual({
        kind: 'interview',
        id: booked.interview.id,
        caseNumber: booked.case.caseNumber,
        start: '2026-12-16T09:00',
        end: '2026-12-16T11:00',
      });
      expect(refused.message).toContain(booked.case.caseNumber);
      expect(await activeBlocks(id)).toHaveLength(1);
    }
    // Right after the interview is free.
    expect((await mark(supervisor, 'room', room, day('2026-12-16', '11:00', '12:00'))).end.time).toBe(
      '12:00',
    );
  });

  it('refuses a block over another block of the same resource', async () => {
    const refused = await rejection(
      mark(colleague, 'officer', colleague.id, day('2026-12-15', '17:00', '19:00')),
    );
    expect(refused.code).toBe('conflict');
    expect(readClash(refused.fields![0]!.message)).toMatchObject({
      kind: 'unavailable',
      start: '2026-12-15T08:00',
      end: '2026-12-15T18:00',
    });
  });

  it('refuses to book an interview over an unavailability, and books it once released', async () => {
    const { db } = database();
    const block = await mark(officer, 'officer', officer.id, day('2026-12-17'), 'Vacaciones');
    const refused = await rejection(book('2026-12-17', '09:00', '11:00'));
    expect(refused.code).toBe('conflict');
    // Its own code, not a double booking: the officer is unavailable, and when.
    expect(refused.fields).toEqual([
      {
        path: 'officerId',
        code: 'resource_unavailable',
        message: 'The officer is unavailable from 2026-12-17T08:00 to 2026-12-17T18:00',
      },
    ]);

    const released = await releaseUnavailability(
      db,
      supervisor,
      block.id,
      { reason: 'Canceló sus vacaciones' },
      timeZone,
      now,
    );
    expect(released.releasedAt).not.toBeNull();
    expect(released.canRelease).toBe(false);
    const row = await db
      .selectFrom('bookings')
      .select(['released_by', 'release_reason'])
      .where('id', '=', block.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ released_by: supervisor.id, release_reason: 'Canceló sus vacaciones' });
    expect((await book('2026-12-17', '09:00', '11:00')).interview.status).toBe('scheduled');

    const again = await rejection(
      releaseUnavailability(db, officer, block.id, { reason: 'x' }, timeZone, now),
    );
    expect(again.code).toBe('conflict');
    const audit = await db
      .selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'unavailability.release')
      .execute();
    expect(audit).toEqual([
      { details: { bookingId: block.id, resourceKind: 'officer', resourceId: officer.id } },
    ]);
  });

  it('releases only with a reason, only what the policy allows, and never an interview’s booking', async () => {
    const { db } = database();
    const block = await mark(supervisor, 'room', room, day('2026-12-18'), 'Pintura');
    const noReason = await rejection(
      releaseUnavailability(db, supervisor, block.id, { reason: ' ' }, timeZone, now),
    );
    expect(noReason.fields?.map((f) => f.path)).toEqual(['reason']);
    const byOfficer = await rejection(
      releaseUnavailability(db, officer, block.id, { reason: 'x' }, timeZone, now),
    );
    expect(byOfficer.code).toBe('forbidden');
    const interviewBooking = await db
      .selectFrom('bookings')
      .select('id')
      .where('kind', '=', 'interview')
      .executeTakeFirstOrThrow();
    const notABlock = await rejection(
      releaseUnavailability(db, supervisor, interviewBooking.id, { reason: 'x' }, timeZone, now),
    );
    expect(notABlock.code).toBe('not_found');
    expect(await activeBlocks(room)).toHaveLength(3);
  });

  it('names the field of a bad mark', async () => {
    const unknown = await rejection(mark(supervisor, 'room', crypto.randomUUID(), day('2026-12-21')));
    expect(unknown.fields).toEqual([
      expect.objectContaining({ path: 'resourceId', code: 'unknown_resource' }),
    ]);
    const backwards = await rejection(mark(supervisor, 'room', room, day('2026-12-21', '12:00', '09:00')));
    expect(backwards.fields?.map((f) => f.path)).toEqual(['endsAt']);
    const notATime = await rejection(
      mark(supervisor, 'room', room, { startsAt: '2026-12-21T25:00', endsAt: '2026-12-21T26:00' }),
    );
    expect(notATime.fields?.map((f) => f.path).sort()).toEqual(['endsAt', 'startsAt']);
    const notADate = await rejection(
      mark(supervisor, 'room', room, { startsAt: '2026-02-30T09:00', endsAt: '2026-03-01T09:00' }),
    );
    expect(notADate.fields?.map((f) => f.path)).toContain('startsAt');
  });
});
