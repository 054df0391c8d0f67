import { beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../../test/harness/engines';
import { createActor, createOffice } from '../../test/fixtures/actors';
import { familyOfThree } from '../../test/fixtures/applications';
import { createInterpreter, createOfficer, createRoom, peopleOf } from '../../test/fixtures/interviews';
import { rejection } from '../../test/fixtures/rejection';
import { currentJurisdiction, jurisdictionSourceOf, type Jurisdiction } from '../countries/jurisdiction';
import type { Actor } from '../access/actor';
import { registerApplication } from '../cases/case.service';
import { scheduleInterview } from '../interviews/interview-schedule.service';
import { readAgenda } from './agenda.service';
import { markUnavailable } from './unavailability.service';

const now = new Date('2026-11-20T16:00:00Z');
const filed = { entryDate: '2026-11-02', applicationDate: '2026-11-10' };
const week = { from: '2026-11-30', to: '2026-12-06' };
const timeZone = 'America/Mexico_City';

describeEachEngine('reading an office’s agenda', (database) => {
  let jurisdiction: Jurisdiction;
  let here: string;
  let there: string;
  let officer: Actor;
  let supervisor: Actor;
  let officerThere: Actor;
  let admin: Actor;
  let registrar: Actor;
  let shared: string;
  let room: string;
  let workshop: string;
  const interviews: Record<'here' | 'later' | 'thereShared' | 'thereOwn', string> = {
    here: '',
    later: '',
    thereShared: '',
    thereOwn: '',
  };
  let block: string;

  /** Registers a case at the office of `by` and books its principal's interview. */
  const book = async (
    by: Actor,
    booker: Actor,
    slot: { date: string; startTime: string; endTime: string; roomId: string; interpreterId: string | null },
  ) => {
    const { db } = database();
    const kase = await registerApplication(db, by, familyOfThree(filed), jurisdiction, now);
    const { principal } = await peopleOf(db, kase.id);
    const result = await scheduleInterview(
      db,
      booker,
      kase.id,
      {
        caseVersion: 1,
        personId: principal.id,
        officerId: booker.id,
        language: slot.interpreterId ? 'hat' : 'spa',
        mode: 'in_person',
        ...slot,
      },
      jurisdiction,
      now,
    );
    return result.interview.id;
  };

  beforeAll(async () => {
    const { db } = database();
    here = await createOffice(db, 'TAP');
    there = await createOffice(db, 'CMX');
    jurisdiction = await currentJurisdiction(jurisdictionSourceOf('MEX'), db);
    registrar = await createActor(db, 'registration_officer', here);
    const registrarThere = await createActor(db, 'registration_officer', there);
    officer = await createOfficer(db, here, 'F');
    supervisor = await createOfficer(db, here, 'F', 'supervisor');
    officerThere = await createOfficer(db, there, 'M');
    admin = await createActor(db, 'administrator', null);
    shared = await createInterpreter(db, { office_ids: [here, there] });
    await createInterpreter(db, { full_name: 'Solo de la otra oficina', office_ids: [there] });
    room = await createRoom(db, here, 'Sala 1');
    workshop = await createRoom(db, here, 'Sala 2');
    const roomThere = await createRoom(db, there, 'Sala A');
    const otherRoomThere = await createRoom(db, there, 'Sala B');

    interviews.here = await book(registrar, officer, {
      date: '2026-12-03',
      startTime: '09:00',
      endTime: '11:00',
      roomId: room,
      interpreterId: shared,
    });
    interviews.later = await book(registrar, officer, {
      date: '2026-12-10',
      startTime: '09:00',
      endTime: '11:00',
      roomId: room,
      interpreterId: null,
    });
    interviews.thereShared = await book(registrarThere, officerThere, {
      date: '2026-12-02',
      startTime: '09:00',
      endTime: '11:00',
      roomId: roomThere,
      interpreterId: shared,
    });
    interviews.thereOwn = await book(registrarThere, officerThere, {
      date: '2026-12-02',
      startTime: '12:00',
      endTime: '13:00',
      roomId: otherRoomThere,
      interpreterId: null,
    });
    block = (
      await markUnavailable(
        db,
        supervisor,
        {
          resourceKind: 'room',
          resourceId: workshop,
          startsAt: '2026-12-01T08:00',
          endsAt: '2026-12-01T18:00',
          note: 'Mantenimiento del aire acondicionado',
        },
        timeZone,
        now,
      )
    ).id;
    await markUnavailable(
      db,
      officerThere,
      {
        resourceKind: 'officer',
        resourceId: officerThere.id,
        startsAt: '2026-12-01T08:00',
        endsAt: '2026-12-01T18:00',
      },
      timeZone,
      now,
    );
  });

  it('shows the office’s interviews and blocks in the range, with local times, and no other office’s', async () => {
    const { db } = database();
    const agenda = await readAgenda(db, supervisor, week, timeZone);
    expect(agenda.office.id).toBe(here);
    expect(agenda.interviews.map((i) => i.id)).toEqual([interviews.thereShared, interviews.here]);
    const mine = agenda.interviews[1]!;
    expect(mine).toMatchObject({
      start: { date: '2026-12-03', time: '09:00' },
      end: { date: '2026-12-03', time: '11:00' },
      status: 'scheduled',
      mode: 'in_person',
      language: 'hat',
      officer: { id: officer.id },
      room: { id: room, name: 'Sala 1' },
      interpreter: { id: shared },
      canReadCase: true,
    });
    expect(mine.caseNumber).toMatch(/TAP/);
    expect(agenda.unavailability).toEqual([
      expect.objectContaining({
        id: block,
        resourceKind: 'room',
        resourceId: workshop,
        start: { date: '2026-12-01', time: '08:00' },
        end: { date: '2026-12-01', time: '18:00' },
        note: 'Mantenimiento del aire acondicionado',
        canRelease: true,
      }),
    ]);
    expect(agenda.officers.map((o) => o.id).sort()).toEqual([officer.id, supervisor.id].sort());
    expect(agenda.rooms.map((r) => r.name)).toEqual(['Sala 1', 'Sala 2']);
    expect(agenda.interpreters.map((i) => i.id)).toEqual([shared]);
    const audit = await db
      .selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'agenda.read')
      .where('actor_id', '=', supervisor.id)
      .execute();
    expect(audit).toEqual([{ details: { officeId: here, from: week.from, to: week.to, interviews: 2 } }]);
  });

  it('hides the interviewee from a reader who may not read the case, and shows it to one who may', async () => {
    const { db } = database();
    // The shared interpreter's interview at the other office takes their time here too, nameless.
    const agenda = await readAgenda(db, officer, week, timeZone);
    const elsewhere = agenda.interviews.find((i) => i.id === interviews.thereShared)!;
    expect(elsewhere).toMatchObject({ canReadCase: false, intervieweeName: null, officeId: there });
    expect(agenda.interviews.find((i) => i.id === interviews.here)!.intervieweeName).toBe(
      'José Ángel Pérez Núñez',
    );
    const byAdmin = await readAgenda(db, admin, { ...week, officeId: here }, timeZone);
    expect(byAdmin.interviews.find((i) => i.id === interviews.thereShared)).toMatchObject({
      canReadCase: true,
      intervieweeName: 'José Ángel Pérez Núñez',
    });
  });

  it('offers each reader only the marks the policy allows', async () => {
    const { db } = database();
    const agenda = await readAgenda(db, officer, week, timeZone);
    expect(agenda.officers.filter((o) => o.canMarkUnavailable).map((o) => o.id)).toEqual([officer.id]);
    expect(agenda.rooms.some((r) => r.canMarkUnavailable)).toBe(false);
    expect(agenda.unavailability[0]!.canRelease).toBe(false);
    const bySupervisor = await readAgenda(db, supervisor, week, timeZone);
    expect(bySupervisor.officers.every((o) => o.canMarkUnavailable)).toBe(true);
    expect(bySupervisor.interpreters.every((i) => i.canMarkUnavailable)).toBe(true);
  });

  it('narrows to one resource of the office, and refuses one of another office', async () => {
    const { db } = database();
    const byRoom = await readAgenda(
      db,
      supervisor,
      { ...week, resourceKind: 'room', resourceId: room },
      timeZone,
    );
    expect(byRoom.interviews.map((i) => i.id)).toEqual([interviews.here]);
    expect(byRoom.unavailability).toEqual([]);
    const foreign = await rejection(
      readAgenda(db, supervisor, { ...week, resourceKind: 'officer', resourceId: officerThere.id }, timeZone),
    );
    expect(foreign.fields).toEqual([expect.objectContaining({ path: 'resourceId', code: 'not_in_office' })]);
  });

  it('refuses a range past 31 days or backwards, naming the field', async () => {
    const { db } = database();
    const long = await rejection(
      readAgenda(db, supervisor, { from: '2026-12-01', to: '2027-01-01' }, timeZone),
    );
    expect(long.code).toBe('validation_failed');
    expect(long.fields?.map((f) => f.path)).toEqual(['to']);
    const backwards = await rejection(
      readAgenda(db, supervisor, { from: '2026-12-05', to: '2026-12-01' }, timeZone),
    );
    expect(backwards.fields?.map((f) => f.path)).toEqual(['to']);
    const noOffice = await rejection(readAgenda(db, admin, week, timeZone));
    expect(noOffice.fields).toEqual([expect.objectContaining({ path: 'officeId' })]);
  });

  it('lets only eligibility officers and supervisors of the office, and administrators, read it', async () => {
    const { db } = database();
    const appeals = await createActor(db, 'appeals_officer', here);
    for (const reader of [registrar, appeals]) {
      const refused = await rejection(readAgenda(db, reader, week, timeZone));
      expect(refused.code).toBe('forbidden');
    }
    const elsewhere = await rejection(readAgenda(db, officerThere, { ...week, officeId: here }, timeZone));
    expect(elsewhere.code).toBe('forbidden');
    const denied = await db
      .selectFrom('audit_log')
      .select(['actor_id', 'details'])
      .where('action', '=', 'agenda.read_denied')
      .execute();
    expect(denied.map((d) => d.actor_id).sort()).toEqual([registrar.id, appeals.id, officerThere.id].sort());
    expect(denied.every((d) => JSON.stringify(d.details) === JSON.stringify({ officeId: here }))).toBe(true);
  });
});
