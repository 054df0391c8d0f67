import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../../test/harness/engines';
import { createActor, createOffice } from '../../test/fixtures/actors';
import { familyOfThree } from '../../test/fixtures/applications';
import { createInterpreter, createOfficer, createRoom, peopleOf } from '../../test/fixtures/interviews';
import { currentJurisdiction, jurisdictionSourceOf } from '../countries/jurisdiction';
import { registerApplication } from '../cases/case.service';
import { scheduleInterview } from '../interviews/interview-schedule.service';
import {
  addAddendum,
  confirmInterviewRecord,
  getInterviewRecord,
  openInterviewRecord,
  saveInterviewRecord,
} from '../interviews/interview-record.service';
import { findAddenda, findRecordById, findTurns } from '../interviews/interview-record.repository';
import { sealLegacyFields } from './legacy-sealing';
import { processKeyring } from './process-keyring';
import type { DB } from '../db/schema';
import type { Kysely } from 'kysely';

const booked = new Date('2026-11-20T16:00:00Z');
const held = new Date('2026-12-03T19:00:00Z');
const tz = 'America/Mexico_City';
const filed = { entryDate: '2026-11-02', applicationDate: '2026-11-10' };

const testimony = 'Los pandilleros de la colonia Rivera Hernández me amenazaron con matar a mi hija';
const observation = 'Llanto al relatar la agresión sexual; se ofreció una pausa';
const remark = 'Quiero aclarar que fueron tres hombres';
const addendum = 'Corrección: la amenaza fue el 14 de marzo';

/** Every row of the sealed tables as text, as a database dump would show them. */
async function dump(db: Kysely<DB>): Promise<string> {
  const tables = ['interview_turns', 'interview_addenda', 'interview_records', 'data_keys'];
  let text = '';
  for (const table of tables) {
    const rows = await sql<{ row: string }>`select t::text as row from ${sql.table(table)} t`.execute(db);
    text += rows.rows.map((r) => r.row).join('\n');
  }
  return text;
}

/** The same text as PostgreSQL prints a bytea (hex) and as base64, so a hidden plaintext cannot slip by. */
const encodings = (text: string) => [
  text,
  Buffer.from(text, 'utf8').toString('hex'),
  Buffer.from(text, 'utf8').toString('base64'),
];

describeEachEngine('interview text sealed at rest', (database) => {
  let recordId: string;
  let caseId: string;

  beforeAll(async () => {
    const { db } = database();
    const office = await createOffice(db, 'TAP');
    const jurisdiction = await currentJurisdiction(jurisdictionSourceOf('MEX'), db);
    const registrar = await createActor(db, 'registration_officer', office);
    const officer = await createOfficer(db, office, 'F');
    const interpreter = await createInterpreter(db, { office_ids: [office] });
    const room = await createRoom(db, office);
    const kase = await registerApplication(db, registrar, familyOfThree(filed), jurisdiction, booked);
    caseId = kase.id;
    const { principal } = await peopleOf(db, kase.id);
    const { interview } = await scheduleInterview(
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
        startTime: '09:00',
        endTime: '11:00',
      },
      jurisdiction,
      booked,
    );
    const record = await openInterviewRecord(
      db,
      officer,
      interview.id,
      { version: interview.version, startTime: '09:10' },
      tz,
      held,
    );
    recordId = record.id;
    const saved = await saveInterviewRecord(
      db,
      officer,
      record.id,
      {
        version: record.version,
        startTime: '09:10',
        endTime: '10:40',
        attendees: [{ role: 'applicant', name: 'Solicitante' }],
        informationGiven: ['confidentiality'],
        observations: observation,
        turns: [
          { speaker: 'officer', text: '¿Qué le pasó?' },
          { speaker: 'applicant', text: testimony },
        ],
      },
      tz,
      held,
    );
    const kaseNow = await db
      .selectFrom('cases')
      .select('version')
      .where('id', '=', kase.id)
      .executeTakeFirstOrThrow();
    await confirmInterviewRecord(
      db,
      officer,
      record.id,
      {
        version: saved.version,
        caseVersion: kaseNow.version,
        readBackLanguage: 'hat',
        applicantConfirmation: 'confirmed_with_corrections',
        applicantRemarks: remark,
      },
      jurisdiction,
      held,
    );
    await addAddendum(db, officer, record.id, { kind: 'correction', text: addendum }, tz, held);
  });

  it('keeps no transcript, observation, remark or addendum readable in a dump of the tables', async () => {
    const text = await dump(database().db);
    for (const secret of [testimony, observation, remark, addendum]) {
      for (const form of encodings(secret)) expect(text).not.toContain(form);
    }
    expect(text).toContain(caseId);
  });

  it('gives services and presenters the plaintext, and the content hash covers the plaintext', async () => {
    const { db } = database();
    const row = (await findRecordById(db, recordId))!;
    expect(row.observations).toBe(observation);
    expect(row.applicant_remarks).toBe(remark);
    expect((await findTurns(db, recordId)).map((t) => t.text)).toEqual(['¿Qué le pasó?', testimony]);
    expect((await findAddenda(db, recordId)).map((a) => a.text)).toEqual([addendum]);
    expect(row.content_sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses a sealed turn copied onto another turn of the same record', async () => {
    const { db } = database();
    class Rollback extends Error {}
    await expect(
      db.transaction().execute(async (trx) => {
        await sql`alter table interview_turns disable trigger user`.execute(trx);
        await sql`update interview_turns set text = (select text from interview_turns where record_id = ${recordId} and position = 2)
          where record_id = ${recordId} and position = 1`.execute(trx);
        await expect(findTurns(trx, recordId)).rejects.toThrow(/could not be opened/);
        throw new Rollback();
      }),
    ).rejects.toBeInstanceOf(Rollback);
    expect((await findTurns(db, recordId))[0]!.text).toBe('¿Qué le pasó?');
  });

  it('seals text carried over as plaintext by the migration, even of a confirmed record, and nothing else changes', async () => {
    const { db } = database();
    const legacy = (text: string) => Buffer.concat([Buffer.of(0), Buffer.from(text, 'utf8')]);
    // As the migration leaves a confirmed record written before encryption.
    await db.transaction().execute(async (trx) => {
      await sql`alter table interview_turns disable trigger user`.execute(trx);
      await sql`alter table interview_records disable trigger user`.execute(trx);
      await sql`update interview_turns set text = ${legacy('Texto anterior')} where record_id = ${recordId} and position = 1`.execute(
        trx,
      );
      await sql`update interview_records set observations = ${legacy('Obs anterior')} where id = ${recordId}`.execute(
        trx,
      );
      await sql`alter table interview_turns enable trigger user`.execute(trx);
      await sql`alter table interview_records enable trigger user`.execute(trx);
    });
    expect((await findTurns(db, recordId))[0]!.text).toBe('Texto anterior');
    expect(await sealLegacyFields(db, processKeyring())).toBe(2);
    const stored = await db
      .selectFrom('interview_turns')
      .select('text')
      .where('record_id', '=', recordId)
      .execute();
    expect(stored.every((t) => t.text[0] === 1)).toBe(true);
    expect((await findTurns(db, recordId))[0]!.text).toBe('Texto anterior');
    expect((await findRecordById(db, recordId))!.observations).toBe('Obs anterior');
    expect(await sealLegacyFields(db, processKeyring())).toBe(0);
    // The confirmed record stays frozen: a sealed value cannot be replaced by another.
    await expect(
      sql`update interview_turns set text = (select text from interview_turns where record_id = ${recordId} and position = 2)
        where record_id = ${recordId} and position = 1`.execute(db),
    ).rejects.toMatchObject({ code: '42501' });
    await expect(
      sql`update interview_addenda set text = ${legacy('x')} where record_id = ${recordId}`.execute(db),
    ).rejects.toMatchObject({ code: '42501' });
  });

  it('reads the record through the audited service', async () => {
    const { db } = database();
    const officerRow = await db
      .selectFrom('users')
      .select(['id', 'name', 'email', 'role', 'office_id'])
      .where('role', '=', 'eligibility_officer')
      .executeTakeFirstOrThrow();
    const view = await getInterviewRecord(
      db,
      { ...officerRow, officeId: officerRow.office_id, clientAddress: '127.0.0.1' },
      recordId,
      tz,
    );
    expect(view.turns.map((t) => t.text)).toContain(testimony);
  });
});
