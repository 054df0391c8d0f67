import { randomBytes } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { assessmentSections } from '@refugio/contract';
import { describeEachEngine } from '../../test/harness/engines';
import { createActor, createOffice } from '../../test/fixtures/actors';
import { familyOfThree } from '../../test/fixtures/applications';
import { jurisdictionOf } from '../countries/jurisdiction';
import { registerApplication } from '../cases/case.service';
import { findPeopleOfCase } from '../cases/case.repository';
import { findMfa, saveUnconfirmedMfa } from '../auth/mfa.repository';
import { findSections, insertAssessment, updateSection } from '../assessments/assessment.repository';
import { findStoredFile, storeFile } from '../files/stored-file.repository';
import type { DB } from '../db/schema';
import { sealLegacyFields } from './legacy-sealing';
import { checkKeyring } from './keyring-source';
import { rotateDataKeys } from './key-rotation.service';
import { masterKeyOf, type Keyring } from './master-key';
import { processKeyring } from './process-keyring';
import { openUserSecret } from './user-secret';
import { SealedValueError } from './envelope';

const now = new Date('2026-11-12T16:00:00Z');
const phone = '+52 962 555 0199';
const address = 'Calle 5 de Mayo 17, colonia Centro, Tapachula';
const totpSecret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const sectionReasons = 'Relató que su hermano fue asesinado por la pandilla tras negarse a pagar la renta';
const letterText = 'RESOLUCION-CONFIDENCIAL-REFUGIO-4711';
/** A small "letter": any bytes with a recognisable text, as a PDF's uncompressed text would be. */
const letter = Buffer.from(`%PDF-1.7\n1 0 obj (${letterText}) endobj\n%%EOF\n`, 'latin1');

/** Every row of the tables as JSON text, as a database dump (or `row_to_json`) would show them. */
async function dump(db: Kysely<DB>): Promise<string> {
  let text = '';
  for (const table of ['people', 'user_mfa', 'assessment_sections', 'stored_files', 'data_keys']) {
    const rows = await sql<{
      row: string;
    }>`select row_to_json(t)::text as row from ${sql.table(table)} t`.execute(db);
    text += rows.rows.map((r) => r.row).join('\n');
  }
  return text;
}

/** The text as written, as PostgreSQL prints it inside a bytea (hex) and as base64. */
const encodings = (text: string) => [
  text,
  Buffer.from(text, 'utf8').toString('hex'),
  Buffer.from(text, 'utf8').toString('base64'),
];
const legacy = (text: string) => Buffer.concat([Buffer.of(0), Buffer.from(text, 'utf8')]);
const ring = (current: Buffer, ...previous: Buffer[]): Keyring => ({
  current: masterKeyOf(current),
  previous: previous.map(masterKeyOf),
  source: 'test',
});

describeEachEngine(
  'contact details, TOTP secrets, assessment sections and letters sealed at rest',
  (database) => {
    let caseId: string;
    let principalId: string;
    let userId: string;
    let assessmentId: string;
    let letterId: string;

    beforeAll(async () => {
      const { db } = database();
      const office = await createOffice(db, 'TAP');
      const registrar = await createActor(db, 'registration_officer', office);
      const officer = await createActor(db, 'eligibility_officer', office);
      userId = officer.id;
      const application = familyOfThree();
      const kase = await registerApplication(
        db,
        registrar,
        { ...application, principal: { ...application.principal, phone, address } },
        jurisdictionOf('MEX'),
        now,
      );
      caseId = kase.id;
      principalId = (await findPeopleOfCase(db, caseId))[0]!.id;
      await saveUnconfirmedMfa(db, userId, totpSecret, now);
      assessmentId = crypto.randomUUID();
      await db.transaction().execute(async (trx) => {
        await insertAssessment(
          trx,
          { id: assessmentId, caseId, personId: principalId, round: 1, authorId: officer.id, now },
          assessmentSections,
        );
        const version = await updateSection(
          trx,
          { assessmentId, section: 'well_founded_fear', version: 1 },
          { content: { reasons: sectionReasons }, complete: false, updatedBy: officer.id, now },
        );
        expect(version).toBe(2);
      });
      letterId = (
        await storeFile(db, { content: letter, mediaType: 'application/pdf', uploadedBy: officer.id, caseId })
      ).id;
    });

    it('keeps no address, phone, TOTP secret, section reasons or letter text readable in a dump', async () => {
      const text = await dump(database().db);
      for (const secret of [phone, address, totpSecret, sectionReasons, letterText]) {
        for (const form of encodings(secret)) expect(text).not.toContain(form);
      }
      expect(text).toContain(caseId);
    });

    it('gives repositories the plaintext back', async () => {
      const { db } = database();
      const [principal, spouse] = await findPeopleOfCase(db, caseId);
      expect(principal).toMatchObject({ id: principalId, phone, address });
      expect(spouse).toMatchObject({ phone: '', address: '' });
      expect((await findMfa(db, userId))?.totp_secret).toBe(totpSecret);
      const sections = await findSections(db, assessmentId);
      expect(sections).toHaveLength(assessmentSections.length);
      expect(sections.find((s) => s.section === 'well_founded_fear')!.content).toEqual({
        reasons: sectionReasons,
      });
      expect(sections.find((s) => s.section === 'identity')!.content).toEqual({});
      const file = await findStoredFile(db, letterId);
      expect(file!.content.equals(letter)).toBe(true);
      expect(file!.size_bytes).toBe(letter.length);
    });

    it('refuses a sealed value moved to another row: a person, a user, a section', async () => {
      const { db } = database();
      class Rollback extends Error {}
      await expect(
        db.transaction().execute(async (trx) => {
          await sql`update people set phone = (select phone from people where id = ${principalId})
          where case_id = ${caseId} and id <> ${principalId}`.execute(trx);
          await expect(findPeopleOfCase(trx, caseId)).rejects.toThrow(SealedValueError);
          await sql`update assessment_sections set content = (select content from assessment_sections
          where assessment_id = ${assessmentId} and section = 'well_founded_fear')
          where assessment_id = ${assessmentId} and section = 'identity'`.execute(trx);
          await expect(findSections(trx, assessmentId)).rejects.toThrow(SealedValueError);
          throw new Rollback();
        }),
      ).rejects.toBeInstanceOf(Rollback);
      const stored = await db
        .selectFrom('user_mfa')
        .select(['totp_secret', 'totp_key_id'])
        .where('user_id', '=', userId)
        .executeTakeFirstOrThrow();
      expect(() =>
        openUserSecret(processKeyring(), 'totp', crypto.randomUUID(), stored.totp_key_id, stored.totp_secret),
      ).toThrow(SealedValueError);
    });

    it('keeps a letter append-only: sealed bytes cannot be replaced, the row cannot be deleted', async () => {
      const { db } = database();
      const other = await storeFile(db, {
        content: Buffer.from('%PDF-1.7 otra'),
        mediaType: 'application/pdf',
        uploadedBy: null,
        caseId,
      });
      await expect(
        sql`update stored_files set content = (select content from stored_files where id = ${other.id})
        where id = ${letterId}`.execute(db),
      ).rejects.toMatchObject({ code: '42501' });
      await expect(sql`delete from stored_files where id = ${letterId}`.execute(db)).rejects.toMatchObject({
        code: '42501',
      });
      await expect(
        sql`update stored_files set file_name = 'x.pdf' where id = ${letterId}`.execute(db),
      ).rejects.toMatchObject({ code: '42501' });
    });

    it('seals at start what a migration carried over as plaintext, even of a submitted assessment; then nothing', async () => {
      const { db } = database();
      // As the migration leaves rows written before encryption.
      await sql`update people set phone = ${legacy('+52 55 0000 1111')}, address = ${legacy('Antes')}
      where id = ${principalId}`.execute(db);
      await sql`update user_mfa set totp_secret = ${legacy(totpSecret)}, totp_key_id = null
      where user_id = ${userId}`.execute(db);
      await sql`update assessment_sections set content = ${legacy('{"reasons":"Texto anterior"}')}
      where assessment_id = ${assessmentId} and section = 'nexus'`.execute(db);
      await sql`update assessments set status = 'submitted' where id = ${assessmentId}`.execute(db);
      // A letter stored plain before, its case named only by the record that references it.
      const plain = await storeFile(db, { content: letter, mediaType: 'application/pdf', uploadedBy: null });
      await db
        .insertInto('remote_interview_consents')
        .values({
          case_id: caseId,
          person_id: principalId,
          given_on: '2026-11-12',
          method: 'written',
          file_id: plain.id,
        })
        .execute();
      // A file of no case (a country-of-origin source) stays as it is.
      const source = await storeFile(db, { content: letter, mediaType: 'application/pdf', uploadedBy: null });

      expect((await findPeopleOfCase(db, caseId))[0]!.phone).toBe('+52 55 0000 1111');
      expect(await sealLegacyFields(db, processKeyring())).toBe(4);
      const text = await dump(db);
      for (const secret of ['+52 55 0000 1111', totpSecret, 'Texto anterior']) {
        for (const form of encodings(secret)) expect(text).not.toContain(form);
      }
      expect((await findPeopleOfCase(db, caseId))[0]).toMatchObject({
        phone: '+52 55 0000 1111',
        address: 'Antes',
      });
      expect((await findMfa(db, userId))?.totp_secret).toBe(totpSecret);
      expect((await findSections(db, assessmentId)).find((s) => s.section === 'nexus')!.content).toEqual({
        reasons: 'Texto anterior',
      });
      const sealedFile = await db
        .selectFrom('stored_files')
        .select(['content', 'case_id'])
        .where('id', '=', plain.id)
        .executeTakeFirstOrThrow();
      expect(sealedFile.case_id).toBe(caseId);
      expect(sealedFile.content[0]).toBe(1);
      expect((await findStoredFile(db, plain.id))!.content.equals(letter)).toBe(true);
      const sourceRow = await db
        .selectFrom('stored_files')
        .select(['content', 'case_id'])
        .where('id', '=', source.id)
        .executeTakeFirstOrThrow();
      expect(sourceRow).toMatchObject({ case_id: null });
      expect(sourceRow.content.equals(letter)).toBe(true);
      expect(await sealLegacyFields(db, processKeyring())).toBe(0);
      // The submitted assessment stays frozen: a sealed section cannot be replaced by another.
      await expect(
        sql`update assessment_sections set content = (select content from assessment_sections
        where assessment_id = ${assessmentId} and section = 'well_founded_fear')
        where assessment_id = ${assessmentId} and section = 'nexus'`.execute(db),
      ).rejects.toMatchObject({ code: '42501' });
    });

    it('re-seals TOTP secrets on rotation, so the old master key can be retired', async () => {
      const { db } = database();
      const oldKey = processKeyring().current.key;
      const newKey = randomBytes(32);
      const during = ring(newKey, oldKey);
      const result = await rotateDataKeys(db, during, { batchSize: 1 });
      expect(result.resealedSecrets).toBe(1);
      expect(result.secretsLeftUnderOldKeys).toBe(0);
      expect(result.leftUnderOldKeys).toBe(0);
      const row = await db
        .selectFrom('user_mfa')
        .select(['totp_secret', 'totp_key_id'])
        .where('user_id', '=', userId)
        .executeTakeFirstOrThrow();
      expect(row.totp_key_id).toBe(during.current.id);
      expect(openUserSecret(ring(newKey), 'totp', userId, row.totp_key_id, row.totp_secret)).toBe(totpSecret);
      await checkKeyring(db, ring(newKey));
      await expect(checkKeyring(db, ring(oldKey))).rejects.toThrow(during.current.id);
      expect((await rotateDataKeys(db, during)).resealedSecrets).toBe(0);
    });
  },
);
