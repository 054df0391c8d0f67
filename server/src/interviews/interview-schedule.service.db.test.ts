import { beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../../test/harness/engines';
import { createActor, createOffice } from '../../test/fixtures/actors';
import { familyOfThree } from '../../test/fixtures/applications';
import { createInterpreter, createOfficer, createRoom, peopleOf } from '../../test/fixtures/interviews';
import { rejection } from '../../test/fixtures/rejection';
import { currentJurisdiction, jurisdictionSourceOf, type Jurisdiction } from '../countries/jurisdiction';
import type { Actor } from '../access/actor';
import { registerApplication } from '../cases/case.service';
import { cancelInterview, rescheduleInterview, scheduleInterview } from './interview-schedule.service';
import { recordRemoteConsent } from './interview.service';
import { markUnavailable } from '../agenda/unavailability.service';

const now = new Date('2026-11-20T16:00:00Z');
const filed = { entryDate: '2026-11-02', applicationDate: '2026-11-10' };

describeEachEngine('scheduling interviews', (database) => {
  let jurisdiction: Jurisdiction;
  let office: string;
  let registrar: Actor;
  let officer: Actor;
  let maleOfficer: Actor;
  let interpreter: string;
  let room: string;
  let otherRoom: string;

  const newCase = async () => {
    const { db } = database();
    const kase = await registerApplication(db, registrar, familyOfThree(filed), jurisdiction, now);
    return { id: kase.id, ...(await peopleOf(db, kase.id)) };
  };
  const caseVersion = async (caseId: string) =>
    (
      await database()
        .db.selectFrom('cases')
        .select('version')
        .where('id', '=', caseId)
        .executeTakeFirstOrThrow()
    ).version;
  const slot = (overrides: Record<string, unknown> = {}) => ({
    officerId: officer.id,
    interpreterId: interpreter,
    language: 'hat',
    mode: 'in_person',
    roomId: room,
    date: '2026-12-03',
    startTime: '09:00',
    endTime: '11:00',
    ...overrides,
  });

  beforeAll(async () => {
    const { db } = database();
    office = await createOffice(db, 'TAP');
    jurisdiction = await currentJurisdiction(jurisdictionSourceOf('MEX'), db);
    registrar = await createActor(db, 'registration_officer', office);
    officer = await createOfficer(db, office, 'F');
    maleOfficer = await createOfficer(db, office, 'M');
    interpreter = await createInterpreter(db, { office_ids: [office] });
    room = await createRoom(db, office, 'Sala 1');
    otherRoom = await createRoom(db, office, 'Sala 2');
  });

  it('books the principal’s eligibility interview and takes schedule_interview with its local date', async () => {
    const { db } = database();
    const kase = await newCase();
    const result = await scheduleInterview(
      db,
      officer,
      kase.id,
      // 19:00–20:00 in Mexico City is already the next day in UTC: the step takes the local date.
      {
        caseVersion: 1,
        personId: kase.principal.id,
        ...slot({ date: '2026-12-04', startTime: '19:00', endTime: '20:00' }),
      },
      jurisdiction,
      now,
    );
    expect(result.interview).toMatchObject({
      status: 'scheduled',
      drivesStage: true,
      date: '2026-12-04',
      startTime: '19:00',
      language: 'hat',
      startsAt: '2026-12-05T01:00:00.000Z',
    });
    expect(result.case.stage).toBe('interview_scheduled');
    const event = result.case.events.find((e) => e.type === 'schedule_interview');
    expect(event).toBeDefined();
    const stored = await db
      .selectFrom('case_events')
      .select('data')
      .where('case_id', '=', kase.id)
      .where('type', '=', 'schedule_interview')
      .executeTakeFirstOrThrow();
    expect(stored.data).toMatchObject({
      data: { interviewDate: '2026-12-04' },
      record: { kind: 'interview', id: result.interview.id },
    });
    const bookings = await db
      .selectFrom('bookings')
      .select(['resource_kind'])
      .where('interview_id', '=', result.interview.id)
      .execute();
    expect(bookings.map((b) => b.resource_kind).sort()).toEqual(['interpreter', 'officer', 'person', 'room']);
    const audit = await db
      .selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'interview.schedule')
      .where('case_id', '=', kase.id)
      .execute();
    expect(audit).toHaveLength(1);
  });

  it('refuses a double booking with one field per resource taken, and writes nothing', async () => {
    const { db } = database();
    const first = await newCase();
    await scheduleInterview(
      db,
      officer,
      first.id,
      { caseVersion: 1, personId: first.principal.id, ...slot({ date: '2026-12-07' }) },
      jurisdiction,
      now,
    );
    const second = await newCase();
    const clash = await rejection(
      scheduleInterview(
        db,
        officer,
        second.id,
        {
          caseVersion: 1,
          personId: second.principal.id,
          ...slot({ date: '2026-12-07', startTime: '10:30', endTime: '12:00' }),
        },
        jurisdiction,
        now,
      ),
    );
    expect(clash.code).toBe('conflict');
    expect(clash.fields?.map((f) => [f.path, f.code]).sort()).toEqual([
      ['interpreterId', 'double_booked'],
      ['officerId', 'double_booked'],
      ['roomId', 'double_booked'],
    ]);
    // The same applicant cannot be in two interviews at once either.
    const person = await rejection(
      scheduleInterview(
        db,
        maleOfficer,
        first.id,
        {
          caseVersion: await caseVersion(first.id),
          personId: first.principal.id,
          purpose: 'follow_up',
          ...slot({
            officerId: maleOfficer.id,
            interpreterId: null,
            language: 'spa',
            roomId: otherRoom,
            date: '2026-12-07',
          }),
        },
        jurisdiction,
        now,
      ),
    );
    expect(person.fields).toEqual([expect.objectContaining({ path: 'personId', code: 'double_booked' })]);
    expect(await caseVersion(second.id)).toBe(1);
    expect(await db.selectFrom('interviews').select('id').where('case_id', '=', second.id).execute()).toEqual(
      [],
    );
  });

  it('refuses a slot in a marked unavailability with its own code, naming the resource and the period', async () => {
    const { db } = database();
    const tz = jurisdiction.profile.timeZone;
    const supervisor = await createOfficer(db, office, 'F', 'supervisor');
    await markUnavailable(
      db,
      supervisor,
      {
        resourceKind: 'room',
        resourceId: otherRoom,
        startsAt: '2027-01-12T08:00',
        endsAt: '2027-01-12T13:00',
        note: 'Mantenimiento',
      },
      tz,
      now,
    );
    await markUnavailable(
      db,
      officer,
      {
        resourceKind: 'officer',
        resourceId: officer.id,
        startsAt: '2027-01-12T10:00',
        endsAt: '2027-01-13T18:00',
      },
      tz,
      now,
    );
    const kase = await newCase();
    const refused = await rejection(
      scheduleInterview(
        db,
        officer,
        kase.id,
        { caseVersion: 1, personId: kase.principal.id, ...slot({ roomId: otherRoom, date: '2027-01-12' }) },
        jurisdiction,
        now,
      ),
    );
    expect(refused.code).toBe('conflict');
    expect(refused.fields?.map((f) => [f.path, f.code, f.message]).sort()).toEqual([
      [
        'officerId',
        'resource_unavailable',
        'The officer is unavailable from 2027-01-12T10:00 to 2027-01-13T18:00',
      ],
      ['roomId', 'resource_unavailable', 'The room is unavailable from 2027-01-12T08:00 to 2027-01-12T13:00'],
    ]);
    // Before the officer's block, the room's alone is named; a double booking keeps its own code.
    const roomOnly = await rejection(
      scheduleInterview(
        db,
        officer,
        kase.id,
        {
          caseVersion: 1,
          personId: kase.principal.id,
          ...slot({ roomId: otherRoom, date: '2027-01-12', startTime: '08:00', endTime: '09:30' }),
        },
        jurisdiction,
        now,
      ),
    );
    expect(roomOnly.fields?.map((f) => [f.path, f.code])).toEqual([['roomId', 'resource_unavailable']]);
    const booked = await scheduleInterview(
      db,
      officer,
      kase.id,
      { caseVersion: 1, personId: kase.principal.id, ...slot({ date: '2027-01-14' }) },
      jurisdiction,
      now,
    );
    // Rescheduling into the officer's block is refused the same way.
    const moved = await rejection(
      rescheduleInterview(
        db,
        officer,
        booked.interview.id,
        {
          version: booked.interview.version,
          caseVersion: booked.case.version,
          reason: 'La persona pidió otra fecha.',
          ...slot({ date: '2027-01-13', startTime: '12:00', endTime: '13:00' }),
        },
        jurisdiction,
        now,
      ),
    );
    expect(moved.fields?.map((f) => [f.path, f.code])).toEqual([['officerId', 'resource_unavailable']]);
  });

  it('accepts an adjacent slot and one freed by a cancellation', async () => {
    const { db } = database();
    const first = await newCase();
    const booked = await scheduleInterview(
      db,
      officer,
      first.id,
      { caseVersion: 1, personId: first.principal.id, ...slot({ date: '2026-12-08' }) },
      jurisdiction,
      now,
    );
    const second = await newCase();
    const adjacent = await scheduleInterview(
      db,
      officer,
      second.id,
      {
        caseVersion: 1,
        personId: second.principal.id,
        ...slot({ date: '2026-12-08', startTime: '11:00', endTime: '12:00' }),
      },
      jurisdiction,
      now,
    );
    expect(adjacent.interview.status).toBe('scheduled');

    const third = await newCase();
    const before = await rejection(
      scheduleInterview(
        db,
        officer,
        third.id,
        { caseVersion: 1, personId: third.principal.id, ...slot({ date: '2026-12-08' }) },
        jurisdiction,
        now,
      ),
    );
    expect(before.code).toBe('conflict');
    const cancelled = await cancelInterview(
      db,
      officer,
      booked.interview.id,
      { version: booked.interview.version, reason: 'La sala no está disponible' },
      jurisdiction,
      now,
    );
    expect(cancelled.status).toBe('cancelled');
    const released = await db
      .selectFrom('bookings')
      .select(['released_at', 'release_reason'])
      .where('interview_id', '=', booked.interview.id)
      .execute();
    expect(released.every((b) => b.released_at !== null && b.release_reason === 'cancelled')).toBe(true);
    const after = await scheduleInterview(
      db,
      officer,
      third.id,
      { caseVersion: 1, personId: third.principal.id, ...slot({ date: '2026-12-08' }) },
      jurisdiction,
      now,
    );
    expect(after.interview.status).toBe('scheduled');
  });

  it('needs a reason when a same-sex request cannot be met, and keeps it', async () => {
    const { db } = database();
    const kase = await newCase();
    // The principal of familyOfThree is a man; the officer here is a woman, the interpreter too.
    const input = {
      caseVersion: 1,
      personId: kase.principal.id,
      sameSexRequested: true,
      ...slot({ date: '2026-12-09' }),
    };
    const refused = await rejection(scheduleInterview(db, officer, kase.id, input, jurisdiction, now));
    expect(refused.fields).toEqual([
      expect.objectContaining({ path: 'unmetReason', code: 'same_sex_unmet' }),
    ]);
    const result = await scheduleInterview(
      db,
      officer,
      kase.id,
      { ...input, unmetReason: 'No hay intérprete de criollo haitiano varón en la oficina' },
      jurisdiction,
      now,
    );
    expect(result.interview.sameSexUnmet).toEqual(['officer', 'interpreter']);
    expect(result.interview.unmetReason).toContain('criollo');
  });

  it('meets a same-sex request with a male officer and no interpreter', async () => {
    const { db } = database();
    const kase = await newCase();
    const result = await scheduleInterview(
      db,
      maleOfficer,
      kase.id,
      {
        caseVersion: 1,
        personId: kase.principal.id,
        sameSexRequested: true,
        ...slot({ officerId: maleOfficer.id, interpreterId: null, language: 'spa', date: '2026-12-10' }),
      },
      jurisdiction,
      now,
    );
    expect(result.interview.sameSexUnmet).toEqual([]);
  });

  it('refuses a remote interview without the applicant’s recorded consent, and books it with one', async () => {
    const { db } = database();
    const kase = await newCase();
    const input = {
      caseVersion: 1,
      personId: kase.principal.id,
      ...slot({ mode: 'remote_video', roomId: null, date: '2026-12-11' }),
    };
    const refused = await rejection(scheduleInterview(db, officer, kase.id, input, jurisdiction, now));
    expect(refused.fields).toEqual([
      expect.objectContaining({ path: 'mode', code: 'remote_consent_required' }),
    ]);
    await recordRemoteConsent(
      db,
      officer,
      kase.id,
      kase.principal.id,
      { givenOn: '2026-11-19', method: 'written' },
      now,
    );
    const result = await scheduleInterview(db, officer, kase.id, input, jurisdiction, now);
    expect(result.interview).toMatchObject({ mode: 'remote_video', room: null });
  });

  it('refuses an interpreter who did not sign confidentiality or does not speak the language', async () => {
    const { db } = database();
    const kase = await newCase();
    const unsigned = await createInterpreter(db, { confidentiality_signed_on: null, languages: ['mam'] });
    const error = await rejection(
      scheduleInterview(
        db,
        officer,
        kase.id,
        {
          caseVersion: 1,
          personId: kase.principal.id,
          ...slot({ interpreterId: unsigned, date: '2026-12-14' }),
        },
        jurisdiction,
        now,
      ),
    );
    expect(error.fields?.map((f) => f.code).sort()).toEqual([
      'confidentiality_not_signed',
      'language_not_spoken',
    ]);
  });

  it('answers 409 on a stale case version and 404 outside the office; registration staff may not book', async () => {
    const { db } = database();
    const kase = await newCase();
    const input = { caseVersion: 7, personId: kase.principal.id, ...slot({ date: '2026-12-15' }) };
    expect((await rejection(scheduleInterview(db, officer, kase.id, input, jurisdiction, now))).code).toBe(
      'conflict',
    );
    expect(await db.selectFrom('interviews').select('id').where('case_id', '=', kase.id).execute()).toEqual(
      [],
    );
    const elsewhere = await createActor(db, 'eligibility_officer', await createOffice(db, 'CDMX'));
    expect(
      (
        await rejection(
          scheduleInterview(db, elsewhere, kase.id, { ...input, caseVersion: 1 }, jurisdiction, now),
        )
      ).code,
    ).toBe('not_found');
    expect(
      (
        await rejection(
          scheduleInterview(db, registrar, kase.id, { ...input, caseVersion: 1 }, jurisdiction, now),
        )
      ).code,
    ).toBe('forbidden');
  });

  it('reschedules: the old interview is kept as rescheduled, the new slot booked, reschedule_interview taken', async () => {
    const { db } = database();
    const kase = await newCase();
    const first = await scheduleInterview(
      db,
      officer,
      kase.id,
      { caseVersion: 1, personId: kase.principal.id, ...slot({ date: '2026-12-16' }) },
      jurisdiction,
      now,
    );
    // Overlapping its own old slot is fine: that booking is released by the move.
    const moved = await rescheduleInterview(
      db,
      officer,
      first.interview.id,
      {
        version: first.interview.version,
        caseVersion: first.case.version,
        reason: 'El solicitante pidió otra fecha',
        ...slot({ date: '2026-12-16', startTime: '10:00', endTime: '12:00' }),
      },
      jurisdiction,
      now,
    );
    expect(moved.interview).toMatchObject({
      status: 'scheduled',
      replacesId: first.interview.id,
      startTime: '10:00',
    });
    expect(moved.case.events.map((e) => e.type)).toContain('reschedule_interview');
    const old = await db
      .selectFrom('interviews')
      .select('status')
      .where('id', '=', first.interview.id)
      .executeTakeFirstOrThrow();
    expect(old.status).toBe('rescheduled');
    const stale = await rejection(
      rescheduleInterview(
        db,
        officer,
        first.interview.id,
        {
          version: first.interview.version,
          caseVersion: moved.case.version,
          reason: 'x',
          ...slot({ date: '2026-12-17' }),
        },
        jurisdiction,
        now,
      ),
    );
    expect(stale.code).toBe('conflict');
  });

  it('lets only one of two simultaneous bookings of the same officer through', async () => {
    const { db } = database();
    const [a, b] = [await newCase(), await newCase()];
    const attempt = (kase: typeof a) =>
      scheduleInterview(
        db,
        officer,
        kase.id,
        {
          caseVersion: 1,
          personId: kase.principal.id,
          ...slot({
            interpreterId: null,
            language: 'spa',
            roomId: kase === a ? room : otherRoom,
            date: '2026-12-18',
          }),
        },
        jurisdiction,
        now,
      );
    const results = await Promise.allSettled([attempt(a), attempt(b)]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const failed = results.find((r) => r.status === 'rejected');
    expect(failed?.reason).toMatchObject({ code: 'conflict' });
    expect((failed?.reason as { fields?: { path: string; code: string }[] }).fields).toContainEqual(
      expect.objectContaining({ path: 'officerId', code: 'double_booked' }),
    );
  });
});
