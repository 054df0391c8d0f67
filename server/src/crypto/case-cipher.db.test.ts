import { randomBytes } from 'node:crypto';
import { beforeAll, expect, it } from 'vitest';
import { sql } from 'kysely';
import { describeEachEngine } from '../../test/harness/engines';
import { createActor, createOffice } from '../../test/fixtures/actors';
import { familyOfThree } from '../../test/fixtures/applications';
import { jurisdictionOf } from '../countries/jurisdiction';
import { registerApplication } from '../cases/case.service';
import { caseCipher, destroyDataKey, MissingMasterKeyError, openField, sealField } from './case-cipher';
import { SealedValueError } from './envelope';
import { checkKeyring } from './keyring-source';
import { rotateDataKeys } from './key-rotation.service';
import { KeyringError, masterKeyOf, type Keyring } from './master-key';
import { processKeyring } from './process-keyring';

const now = new Date('2026-11-12T16:00:00Z');
const ring = (current: Buffer, ...previous: Buffer[]): Keyring => ({
  current: masterKeyOf(current),
  previous: previous.map(masterKeyOf),
  source: 'test',
});
const place = (rowId: string) => ({ table: 'interview_turns', column: 'text', rowId });

describeEachEngine('data keys per case under a master key', (database) => {
  // Registration makes each case's data key under the process keyring (as a server does): that is the old key.
  const oldKey = processKeyring().current.key;
  const newKey = randomBytes(32);
  const caseIds: string[] = [];

  beforeAll(async () => {
    const { db } = database();
    const office = await createOffice(db, 'TAP');
    const registrar = await createActor(db, 'registration_officer', office);
    for (let i = 0; i < 5; i++)
      caseIds.push(
        (await registerApplication(db, registrar, familyOfThree(), jurisdictionOf('MEX'), now)).id,
      );
  });

  it('makes one data key per case (at registration, or at first need), wrapped under the current master key, and opens what it sealed', async () => {
    const { db } = database();
    const keyring = ring(oldKey);
    const sealed = await db
      .transaction()
      .execute((trx) => sealField(trx, keyring, caseIds[0]!, place('1'), 'Testimonio'));
    const again = await sealField(db, keyring, caseIds[0]!, place('2'), 'Otro');
    const rows = await db.selectFrom('data_keys').selectAll().where('case_id', '=', caseIds[0]!).execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.master_key_id).toBe(keyring.current.id);
    expect(rows[0]!.wrapped_key.length).toBe(1 + 12 + 32 + 16);
    expect(await openField(db, keyring, caseIds[0]!, place('1'), sealed)).toBe('Testimonio');
    expect(await openField(db, keyring, caseIds[0]!, place('2'), again)).toBe('Otro');
  });

  it('refuses a ciphertext moved to another row or another case', async () => {
    const { db } = database();
    const keyring = ring(oldKey);
    const sealed = await sealField(db, keyring, caseIds[1]!, place('1'), 'Secreto');
    await expect(openField(db, keyring, caseIds[1]!, place('9'), sealed)).rejects.toThrow(SealedValueError);
    await sealField(db, keyring, caseIds[2]!, place('1'), 'x');
    await expect(openField(db, keyring, caseIds[2]!, place('1'), sealed)).rejects.toThrow(SealedValueError);
  });

  it("crypto-shreds: once the data key is destroyed the case's ciphertexts cannot be opened", async () => {
    const { db } = database();
    const keyring = ring(oldKey);
    const sealed = await sealField(db, keyring, caseIds[3]!, place('1'), 'Para borrar');
    expect(await destroyDataKey(db, caseIds[3]!)).toBe(true);
    await expect(openField(db, keyring, caseIds[3]!, place('1'), sealed)).rejects.toThrow(/destroyed/);
    expect(await destroyDataKey(db, caseIds[3]!)).toBe(false);
  });

  it('rotates: re-wraps every data key under the new key in batches, resumable, audited, then the old key is not needed', async () => {
    const { db } = database();
    const before = ring(oldKey);
    await sealField(db, before, caseIds[4]!, place('1'), 'x');
    const sealed = await sealField(db, before, caseIds[0]!, place('7'), 'Antes de rotar');
    const count = Number(
      (
        await db
          .selectFrom('data_keys')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

    // The old key alone works before; with only the new key the start-up check refuses, naming the fingerprint.
    await checkKeyring(db, before);
    await expect(checkKeyring(db, ring(newKey))).rejects.toThrow(KeyringError);
    await expect(checkKeyring(db, ring(newKey))).rejects.toThrow(masterKeyOf(oldKey).id);
    await expect(checkKeyring(db, null)).rejects.toThrow(/REFUGIO_MASTER_KEY/);

    // A run interrupted after its first batch: a second run finishes.
    const during = ring(newKey, oldKey);
    const first = await rotateDataKeys(db, during, {
      batchSize: 1,
      onBatch: () => {
        throw new Error('crash after the first batch');
      },
    }).catch((error: Error) => error);
    expect(first).toBeInstanceOf(Error);
    const midway = await db.selectFrom('data_keys').select('master_key_id').execute();
    expect(midway.filter((r) => r.master_key_id === during.current.id)).toHaveLength(1);
    // Meanwhile a server holding both keys still reads everything.
    expect(await openField(db, during, caseIds[0]!, place('7'), sealed)).toBe('Antes de rotar');

    const result = await rotateDataKeys(db, during, { batchSize: 2 });
    expect(result.rewrapped).toBe(count - 1);
    expect(result.leftUnderOldKeys).toBe(0);
    expect(result.byMasterKey).toEqual({ [during.current.id]: count });
    expect((await rotateDataKeys(db, during)).rewrapped).toBe(0);

    const after = ring(newKey);
    await checkKeyring(db, after);
    expect(await openField(db, after, caseIds[0]!, place('7'), sealed)).toBe('Antes de rotar');
    await expect(checkKeyring(db, ring(oldKey))).rejects.toThrow(masterKeyOf(newKey).id);
    await expect(caseCipher(db, ring(oldKey), caseIds[0]!)).rejects.toThrow(MissingMasterKeyError);

    const audit = await db
      .selectFrom('audit_log')
      .select(['action', sql<string>`details::text`.as('details')])
      .where('action', '=', 'keys.rotated')
      .execute();
    expect(audit).toHaveLength(2);
    expect(JSON.parse(audit.find((a) => JSON.parse(a.details).rewrapped > 0)!.details)).toMatchObject({
      rewrapped: count - 1,
      leftUnderOldKeys: 0,
      currentKeyId: during.current.id,
    });
  });
});
