import { sql } from 'kysely';
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
import {
  addAddendum,
  confirmInterviewRecord,
  getInterviewRecord,
  openInterviewRecord,
  saveInterviewRecord,
} from './interview-record.service';
import { recordNoShow } from './no-show.service';
import { describeTurns } from './interview-citations';

const booked = new Date('2026-11-20T16:00:00Z');
const held = new Date('2026-12-03T19:00:00Z');
const tz = 'America/Mexico_City';
const filed = { entryDate: '2026-11-02', applicationDate: '2026-11-10' };

describeEachEngine('interview records and no-shows', (database) => {
  let jurisdiction: Jurisdiction;
  let officer: Actor;
  let colleague: Actor;
  let registrar: Actor;
  let interpreter: string;
  let room: string;
  let day = 0;

  const bookInterview = async () => {
    const { db } = database();
    const kase = await registerApplication(db, registrar, familyOfThree(filed), jurisdiction, booked);
    const { principal } = await peopleOf(db, kase.id);
    // Each case on its own morning, so the officer is never double-booked.
    const date = `2026-11-${String(23 + (day++ % 6)).padStart(2, '0')}`;
    const result = await scheduleInterview(
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
        startTime: '09:00',
        endTime: '11:00',
      },
      jurisdiction,
      booked,
    );
    return result;
  };

  const turns = [
    { speaker: 'officer', text: '¿Por qué salió de Haití?' },
    { speaker: 'applicant', text: 'Me amenazaron por mi trabajo de periodista.' },
  ];

  beforeAll(async () => {
    const { db } = database();
    const office = await createOffice(db, 'TAP');
    jurisdiction = await currentJurisdiction(jurisdictionSourceOf('MEX'), db);
    registrar = await createActor(db, 'registration_officer', office);
    officer = await createOfficer(db, office, 'F');
    colleague = await createOfficer(db, office, 'M');
    interpreter = await createInterpreter(db, { office_ids: [office] });
    room = await createRoom(db, office);
  });

  it('records turns while open, takes record_interview only on confirmation, then locks them', async () => {
    const { db } = database();
    const { interview, case: kase } = await bookInterview();
    const record = await openInterviewRecord(
      db,
      officer,
      interview.id,
      { version: interview.version, startTime: '09:10' },
      tz,
      held,
    );
    expect(record).toMatchObject({ status: 'open', startTime: '09:10', canEdit: true });
    const saved = await saveInterviewRecord(
      db,
      officer,
      record.id,
      {
        version: record.version,
        startTime: '09:10',
        endTime: '10:40',
        attendees: [{ role: 'applicant', name: 'Solicitante' }],
        informationGiven: ['confidentiality', 'same_sex_right'],
        turns,
      },
      tz,
      held,
    );
    expect(saved.turns.map((t) => t.position)).toEqual([1, 2]);
    let stage = await db
      .selectFrom('cases')
      .select('stage')
      .where('id', '=', kase.id)
      .executeTakeFirstOrThrow();
    expect(stage.stage).toBe('interview_scheduled');

    // An addendum before confirmation is refused by the service and by the database.
    expect(
      (await rejection(addAddendum(db, officer, record.id, { kind: 'correction', text: 'x' }, tz, held)))
        .code,
    ).toBe('conflict');
    await expect(
      sql`insert into interview_addenda (record_id, position, kind, text) values (${record.id}, 1, 'correction', 'x')`.execute(
        db,
      ),
    ).rejects.toMatchObject({ code: '42501' });

    const confirmed = await confirmInterviewRecord(
      db,
      officer,
      record.id,
      {
        version: saved.version,
        caseVersion: kase.version,
        readBackLanguage: 'hat',
        applicantConfirmation: 'confirmed',
      },
      jurisdiction,
      held,
    );
    expect(confirmed.record.status).toBe('confirmed');
    expect(confirmed.record.contentSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(confirmed.case.stage).toBe('interviewed');
    stage = await db.selectFrom('cases').select('stage').where('id', '=', kase.id).executeTakeFirstOrThrow();
    expect(stage.stage).toBe('interviewed');

    // The database refuses any change to the confirmed record's turns: insert, update, delete.
    await expect(
      sql`insert into interview_turns (record_id, position, speaker, text) values (${record.id}, 3, 'officer', 'x')`.execute(
        db,
      ),
    ).rejects.toMatchObject({ code: '42501' });
    await expect(
      sql`update interview_turns set text = 'otra cosa' where record_id = ${record.id}`.execute(db),
    ).rejects.toMatchObject({ code: '42501' });
    await expect(
      sql`delete from interview_turns where record_id = ${record.id}`.execute(db),
    ).rejects.toMatchObject({
      code: '42501',
    });
    await expect(
      sql`update interview_records set observations = 'x' where id = ${record.id}`.execute(db),
    ).rejects.toMatchObject({ code: '42501' });
    // And the service says so.
    const edit = await rejection(
      saveInterviewRecord(
        db,
        officer,
        record.id,
        { version: confirmed.record.version, startTime: '09:10', turns },
        tz,
        held,
      ),
    );
    expect(edit.code).toBe('conflict');

    const amended = await addAddendum(
      db,
      officer,
      record.id,
      {
        kind: 'correction',
        text: 'La fecha de salida fue en marzo, no en abril.',
        readBack: true,
        applicantConfirmation: 'confirmed',
      },
      tz,
      held,
    );
    expect(amended.addenda.map((a) => [a.position, a.kind])).toEqual([[1, 'correction']]);
    await expect(
      sql`delete from interview_addenda where record_id = ${record.id}`.execute(db),
    ).rejects.toMatchObject({
      code: '42501',
    });

    const cited = await describeTurns(
      db,
      confirmed.record.turns.map((t) => t.id),
    );
    const [y, m, d] = confirmed.record.date.split('-');
    expect(cited.get(confirmed.record.turns[1]!.id)).toBe(
      `Acta de entrevista del ${d}/${m}/${y}, intervención 2`,
    );
    // Ids that are no confirmed record's turns are left out.
    expect((await describeTurns(db, ['999999999'])).size).toBe(0);
  });

  it('refuses a confirmation without end time or turns, and a refusal without the applicant’s words', async () => {
    const { db } = database();
    const { interview, case: kase } = await bookInterview();
    const record = await openInterviewRecord(
      db,
      officer,
      interview.id,
      { version: interview.version, startTime: '09:00' },
      tz,
      held,
    );
    const empty = await rejection(
      confirmInterviewRecord(
        db,
        officer,
        record.id,
        {
          version: record.version,
          caseVersion: kase.version,
          readBackLanguage: 'hat',
          applicantConfirmation: 'confirmed',
        },
        jurisdiction,
        held,
      ),
    );
    expect(empty.fields?.map((f) => f.path).sort()).toEqual(['endTime', 'turns']);
    const refused = await rejection(
      confirmInterviewRecord(
        db,
        officer,
        record.id,
        {
          version: record.version,
          caseVersion: kase.version,
          readBackLanguage: 'hat',
          applicantConfirmation: 'refused',
        },
        jurisdiction,
        held,
      ),
    );
    expect(refused.fields?.map((f) => f.path)).toEqual(['applicantRemarks']);
  });

  it('lets only the interview’s officer (or a supervisor) write the record, and registration staff never read it', async () => {
    const { db } = database();
    const { interview } = await bookInterview();
    expect(
      (
        await rejection(
          openInterviewRecord(
            db,
            colleague,
            interview.id,
            { version: interview.version, startTime: '09:00' },
            tz,
            held,
          ),
        )
      ).code,
    ).toBe('forbidden');
    const record = await openInterviewRecord(
      db,
      officer,
      interview.id,
      { version: interview.version, startTime: '09:00' },
      tz,
      held,
    );
    expect((await rejection(getInterviewRecord(db, registrar, record.id, tz))).code).toBe('not_found');
    const read = await getInterviewRecord(db, colleague, record.id, tz);
    expect(read.canEdit).toBe(false);
    const audits = await db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'interview_record.read')
      .where('actor_id', '=', colleague.id)
      .execute();
    expect(audits).toHaveLength(1);
  });

  it('records a no-show: bookings freed, record_no_show taken, the wait checked', async () => {
    const { db } = database();
    const { interview, case: kase } = await bookInterview();
    const early = await rejection(
      recordNoShow(
        db,
        officer,
        interview.id,
        { version: 1, caseVersion: kase.version, waitedUntil: '07:00' },
        jurisdiction,
        held,
      ),
    );
    expect(early.fields?.[0]?.path).toBe('waitedUntil');
    const result = await recordNoShow(
      db,
      officer,
      interview.id,
      {
        version: 1,
        caseVersion: kase.version,
        waitedUntil: '11:30',
        contactAttempts: [{ on: '2026-11-30', method: 'phone', outcome: 'Sin respuesta' }],
      },
      jurisdiction,
      held,
    );
    expect(result.interview.status).toBe('no_show');
    expect(result.case.stage).toBe('interview_scheduled');
    expect(result.case.events.map((e) => e.type)).toContain('record_no_show');
    const active = await db
      .selectFrom('bookings')
      .select('id')
      .where('interview_id', '=', interview.id)
      .where('released_at', 'is', null)
      .execute();
    expect(active).toEqual([]);
    const again = await rejection(
      recordNoShow(
        db,
        officer,
        interview.id,
        { version: 2, caseVersion: result.case.version, waitedUntil: '11:30' },
        jurisdiction,
        held,
      ),
    );
    expect(again.code).toBe('conflict');
  });
});
