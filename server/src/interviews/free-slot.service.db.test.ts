import { beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../../test/harness/engines';
import { createActor, createOffice } from '../../test/fixtures/actors';
import { familyOfThree } from '../../test/fixtures/applications';
import { createInterpreter, createOfficer, createRoom, peopleOf } from '../../test/fixtures/interviews';
import { rejection } from '../../test/fixtures/rejection';
import { currentJurisdiction, jurisdictionSourceOf, type Jurisdiction } from '../countries/jurisdiction';
import type { Actor } from '../access/actor';
import { registerApplication } from '../cases/case.service';
import { markUnavailable } from '../agenda/unavailability.service';
import { findFreeInterviewSlots } from './free-slot.service';
import { scheduleInterview } from './interview-schedule.service';

// Friday 20 November 2026, 10:00 in Mexico City.
const now = new Date('2026-11-20T16:00:00Z');
const filed = { entryDate: '2026-11-02', applicationDate: '2026-11-10' };

describeEachEngine('finding free interview slots', (database) => {
  let jurisdiction: Jurisdiction;
  let office: string;
  let registrar: Actor;
  let ana: Actor;
  let bruno: Actor;
  let marie: string;
  let jean: string;
  let room: string;

  const newCase = async () => {
    const { db } = database();
    const kase = await registerApplication(db, registrar, familyOfThree(filed), jurisdiction, now);
    return { id: kase.id, ...(await peopleOf(db, kase.id)) };
  };
  const find = (actor: Actor, caseId: string, query: Record<string, unknown>) =>
    findFreeInterviewSlots(database().db, actor, caseId, query, jurisdiction, now);
  const slot = (overrides: Record<string, unknown> = {}) => ({
    officerId: ana.id,
    interpreterId: jean,
    language: 'hat',
    mode: 'in_person',
    roomId: room,
    ...overrides,
  });
  const summary = (slots: Awaited<ReturnType<typeof find>>['slots']) =>
    slots.map((s) => [
      s.date,
      s.startTime,
      s.officer.name,
      s.interpreter?.fullName ?? null,
      s.room?.name ?? null,
    ]);

  beforeAll(async () => {
    const { db } = database();
    office = await createOffice(db, 'TAP');
    jurisdiction = await currentJurisdiction(jurisdictionSourceOf('MEX'), db);
    registrar = await createActor(db, 'registration_officer', office);
    ana = await createOfficer(db, office, 'F');
    bruno = await createOfficer(db, office, 'M', 'supervisor');
    await db.updateTable('users').set({ name: 'Ana' }).where('id', '=', ana.id).execute();
    await db.updateTable('users').set({ name: 'Bruno' }).where('id', '=', bruno.id).execute();
    ana = { ...ana, name: 'Ana' };
    bruno = { ...bruno, name: 'Bruno' };
    marie = await createInterpreter(db, { full_name: 'Marie', sex: 'F', office_ids: [office] });
    jean = await createInterpreter(db, { full_name: 'Jean', sex: 'M', office_ids: [office] });
    // Not bookable: no confidentiality undertaking.
    await createInterpreter(db, { full_name: 'Zoé', office_ids: [office], confidentiality_signed_on: null });
    room = await createRoom(db, office, 'Sala 1');
  });

  it('proposes office hours of working days where officer, interpreter and room are free', async () => {
    const kase = await newCase();
    // Friday 25 December is a holiday; the weekend is not worked.
    const result = await find(ana, kase.id, {
      from: '2026-12-24',
      to: '2026-12-28',
      language: 'hat',
      limit: '30',
    });
    expect(result).toMatchObject({ language: 'hat', interpreterNeeded: true, personId: kase.principal.id });
    expect(new Set(result.slots.map((s) => s.date))).toEqual(new Set(['2026-12-24', '2026-12-28']));
    expect(result.slots[0]).toMatchObject({
      date: '2026-12-24',
      startTime: '09:00',
      endTime: '11:00',
      officer: { name: 'Ana' },
      interpreter: { fullName: 'Jean' },
      room: { name: 'Sala 1' },
      sameSexUnmet: [],
    });
    expect(result.slots.some((s) => s.interpreter?.fullName === 'Zoé')).toBe(false);
    // In Spanish no interpreter is needed.
    const spanish = await find(ana, kase.id, { from: '2026-12-24', to: '2026-12-24', limit: '1' });
    expect(spanish).toMatchObject({ language: 'spa', interpreterNeeded: false });
    expect(spanish.slots[0]!.interpreter).toBeNull();
  });

  it('leaves out bookings and marked unavailability', async () => {
    const { db } = database();
    const kase = await newCase();
    const other = await newCase();
    // Monday 30 November: Sala 1 is closed until noon, then booked for another case until 14:00.
    await markUnavailable(
      db,
      bruno,
      { resourceKind: 'room', resourceId: room, startsAt: '2026-11-30T08:00', endsAt: '2026-11-30T12:00' },
      jurisdiction.profile.timeZone,
      now,
    );
    await scheduleInterview(
      db,
      ana,
      other.id,
      {
        caseVersion: 1,
        personId: other.principal.id,
        ...slot({ date: '2026-11-30', startTime: '12:00', endTime: '14:00' }),
      },
      jurisdiction,
      now,
    );
    const result = await find(ana, kase.id, { from: '2026-11-30', to: '2026-11-30', language: 'hat' });
    expect(summary(result.slots)).toEqual([['2026-11-30', '14:00', 'Ana', 'Jean', 'Sala 1']]);
    expect(result.shortfalls).toEqual([]);
  });

  it('leaves out the applicant’s own other interview, unless it is the one being moved', async () => {
    const { db } = database();
    const kase = await newCase();
    const booked = await scheduleInterview(
      db,
      ana,
      kase.id,
      {
        caseVersion: 1,
        personId: kase.principal.id,
        ...slot({ date: '2026-12-01', startTime: '09:00', endTime: '11:00', interpreterId: marie }),
      },
      jurisdiction,
      now,
    );
    await createRoom(db, office, 'Sala 2');
    const query = { from: '2026-12-01', to: '2026-12-01', language: 'hat', limit: '1' };
    // Bruno, Jean and Sala 2 are free at 09:00; the applicant is not.
    expect(summary((await find(ana, kase.id, query)).slots)).toEqual([
      ['2026-12-01', '11:00', 'Ana', 'Jean', 'Sala 1'],
    ]);
    const moving = await find(ana, kase.id, { ...query, replacing: booked.interview.id });
    expect(summary(moving.slots)).toEqual([['2026-12-01', '09:00', 'Ana', 'Jean', 'Sala 1']]);
  });

  it('meets a same-sex request first where someone free can, and names who does not otherwise', async () => {
    const { db } = database();
    const kase = await newCase();
    // Wednesday 2 December: Bruno, the only man, is away until 13:00.
    await markUnavailable(
      db,
      bruno,
      {
        resourceKind: 'officer',
        resourceId: bruno.id,
        startsAt: '2026-12-02T08:00',
        endsAt: '2026-12-02T13:00',
      },
      jurisdiction.profile.timeZone,
      now,
    );
    const query = { from: '2026-12-02', to: '2026-12-02', language: 'hat', sameSex: 'true', limit: '3' };
    const result = await find(ana, kase.id, query);
    expect(
      result.slots.map((s) => [s.startTime, s.officer.name, s.interpreter?.fullName, s.sameSexUnmet]),
    ).toEqual([
      ['13:00', 'Bruno', 'Jean', []],
      ['15:00', 'Bruno', 'Jean', []],
      ['09:00', 'Ana', 'Jean', ['officer']],
    ]);
    expect(result.shortfalls).toEqual([]);
    // Before 13:00 nobody can meet it: said so.
    const morning = await find(ana, kase.id, {
      ...query,
      to: '2026-12-02',
      durationMinutes: '60',
      limit: '30',
    });
    expect(morning.slots.filter((s) => s.startTime < '13:00').every((s) => s.sameSexUnmet.length === 1)).toBe(
      true,
    );
  });

  it('is for those who schedule in the case’s office, audited; bad queries name the field', async () => {
    const { db } = database();
    const kase = await newCase();
    const query = { from: '2026-12-03', to: '2026-12-03' };
    expect((await rejection(find(registrar, kase.id, query))).code).toBe('forbidden');
    const elsewhere = await createOfficer(db, await createOffice(db, 'TIJ'), 'F');
    expect((await rejection(find(elsewhere, kase.id, query))).code).toBe('not_found');
    const late = await rejection(find(ana, kase.id, { from: '2026-12-03', to: '2026-12-01' }));
    expect(late.fields).toEqual([expect.objectContaining({ path: 'to' })]);
    const stranger = await rejection(find(ana, kase.id, { ...query, personId: crypto.randomUUID() }));
    expect(stranger.fields).toEqual([expect.objectContaining({ path: 'personId', code: 'not_in_case' })]);
    await find(ana, kase.id, query);
    const audit = await db
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .where('case_id', '=', kase.id)
      .where('action', 'like', 'interview.free_slots%')
      .execute();
    expect(audit.map((a) => a.action).sort()).toEqual([
      'interview.free_slots',
      'interview.free_slots_denied',
    ]);
    expect(audit.find((a) => a.action === 'interview.free_slots')!.details).toMatchObject({
      language: 'spa',
      proposed: 4,
      sameSex: false,
    });
  });
});
