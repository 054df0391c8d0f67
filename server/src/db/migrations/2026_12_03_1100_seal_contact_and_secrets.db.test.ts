import { Migrator, sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/harness/engines';
import { createActor, createOffice } from '../../../test/fixtures/actors';
import { familyOfThree } from '../../../test/fixtures/applications';
import { jurisdictionOf } from '../../countries/jurisdiction';
import { registerApplication } from '../../cases/case.service';
import { findPeopleOfCase } from '../../cases/case.repository';
import { sealLegacyFields } from '../../crypto/legacy-sealing';
import { processKeyring } from '../../crypto/process-keyring';
import { migrateToLatest } from '../migrator';
import { migrations } from './index';

const address = 'Avenida Central 40, Tapachula';
const legacy = (text: string) => Buffer.concat([Buffer.of(0), Buffer.from(text, 'utf8')]);
const before = (db: Parameters<typeof migrateToLatest>[0]) =>
  new Migrator({ db, provider: { getMigrations: async () => migrations } }).migrateTo(
    '2026_12_03_1000_retention',
  );

describeEachEngine('migration 2026_12_03_1100: contact details and secrets to sealed columns', (database) => {
  let caseId: string;

  beforeAll(async () => {
    const { db } = database();
    const office = await createOffice(db, 'TAP');
    const registrar = await createActor(db, 'registration_officer', office);
    const application = familyOfThree();
    caseId = (
      await registerApplication(
        db,
        registrar,
        { ...application, principal: { ...application.principal, address } },
        jurisdictionOf('MEX'),
        new Date('2026-11-12T16:00:00Z'),
      )
    ).id;
  });

  it('refuses to go back while sealed values exist (they would be lost), and changes nothing', async () => {
    const { db } = database();
    const { error } = await before(db);
    expect(String(error)).toMatch(/people\.phone holds sealed values/);
    expect((await findPeopleOfCase(db, caseId))[0]!.address).toBe(address);
  });

  it('goes back to text from legacy plaintext, and forward carries the text over, sealed at the next start', async () => {
    const { db } = database();
    // Open the sealed values in place (as an operator would with the keys) so the way back is possible.
    for (const p of await findPeopleOfCase(db, caseId)) {
      await sql`update people set phone = ${legacy(p.phone)}, address = ${legacy(p.address)} where id = ${p.id}`.execute(
        db,
      );
    }
    const { error } = await before(db);
    expect(error).toBeUndefined();
    const text = await sql<{ phone: string; address: string }>`
      select phone, address from people where case_id = ${caseId} order by position`.execute(db);
    expect(text.rows[0]).toEqual({ phone: '+52 962 123 4567', address });

    await migrateToLatest(db);
    const carried = await sql<{ phone: Buffer }>`
      select phone from people where case_id = ${caseId} order by position`.execute(db);
    expect(carried.rows[0]!.phone.equals(legacy('+52 962 123 4567'))).toBe(true);
    expect((await findPeopleOfCase(db, caseId))[0]).toMatchObject({ phone: '+52 962 123 4567', address });
    expect(await sealLegacyFields(db, processKeyring())).toBe(3);
    const dump = await sql<{ row: string }>`select row_to_json(t)::text as row from people t`.execute(db);
    const all = dump.rows.map((r) => r.row).join('\n');
    for (const secret of [address, '+52 962 123 4567']) {
      expect(all).not.toContain(secret);
      expect(all).not.toContain(Buffer.from(secret).toString('hex'));
    }
    expect((await findPeopleOfCase(db, caseId))[0]).toMatchObject({ phone: '+52 962 123 4567', address });
  });
});
