import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../src/db/database';
import { registerApplication } from '../../src/cases/case.service';
import { jurisdictionOf } from '../../src/countries/jurisdiction';
import { stepCase } from '../../src/demo/direct-step';
import { uploadAttachment } from '../../src/attachments/attachment.service';
import { diskDocumentStore } from '../../src/files/disk-document-store';
import { processKeyring } from '../../src/crypto/process-keyring';
import { renderPdf } from '../../src/documents/render-pdf';
import { createActor, createOffice } from '../fixtures/actors';
import { familyOfThree } from '../fixtures/applications';
import { migratedDataDir, testMasterKey } from '../harness/engines';
import { runCli } from './run-cli';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

describe('refugio retention run', () => {
  const dataDir = migratedDataDir('refugio-retention-cli-');
  const env = { REFUGIO_DATA_DIR: dataDir, REFUGIO_MASTER_KEY: testMasterKey() };
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
  const cases = {
    due: { id: '', number: '', storageKey: '' },
    recent: { id: '', number: '', storageKey: '' },
  };

  /** Counts rows in the embedded database (the commands under test have closed it). */
  async function inDatabase<T>(
    fn: (db: Awaited<ReturnType<typeof openDatabase>>['db']) => Promise<T>,
  ): Promise<T> {
    const database = await openDatabase({ dataDir });
    try {
      return await fn(database.db);
    } finally {
      await database.close();
    }
  }

  beforeAll(async () => {
    await inDatabase(async (db) => {
      const mexico = jurisdictionOf('MEX');
      const office = await createOffice(db, 'TAP');
      const registrar = await createActor(db, 'registration_officer', office);
      const supervisor = await createActor(db, 'supervisor', office);
      const store = diskDocumentStore(join(dataDir, 'documents'));
      const closed = async (target: typeof cases.due, surname: string, closedOn: string) => {
        const input = familyOfThree({
          entryDate: '2019-05-02',
          applicationDate: '2019-05-10',
          dependants: [],
        });
        input.principal = { ...input.principal, firstSurname: surname };
        const kase = await registerApplication(
          db,
          registrar,
          input,
          mexico,
          new Date('2019-05-10T15:00:00Z'),
        );
        const attachment = await uploadAttachment(
          db,
          { keyring: processKeyring(), store, maxBytes: 5_000_000 },
          registrar,
          kase.id,
          { fileName: 'constancia.pdf', category: 'evidence' },
          await renderPdf({ content: [{ text: `Constancia ${surname}` }] }),
        );
        await stepCase(
          db,
          supervisor,
          kase.id,
          'close',
          { version: 1, data: { closureReason: 'abandoned', reason: 'No se presentó.' } },
          mexico,
          new Date(`${closedOn}T15:00:00Z`),
        );
        const row = await db
          .selectFrom('attachments')
          .select('storage_key')
          .where('id', '=', attachment.id)
          .executeTakeFirstOrThrow();
        Object.assign(target, { id: kase.id, number: kase.caseNumber, storageKey: row.storage_key });
      };
      await closed(cases.due, 'Antigua', '2019-06-01');
      await closed(cases.recent, 'Reciente', new Date().toISOString().slice(0, 10));
      await db
        .insertInto('sign_in_attempts')
        .values({
          occurred_at: new Date('2020-01-01T00:00:00Z'),
          user_id: registrar.id,
          outcome: 'success',
          client_address: '',
          user_agent: '',
        })
        .execute();
    });
  });

  const fileOf = (key: string) => join(dataDir, 'documents', key.slice(0, 2), key);

  it('lists what is due on a dry run and changes nothing', async () => {
    const result = await runCli(['retention', 'run', '--dry-run'], env);
    expect(result.stderr).toContain('Dry run: 1 case file(s) due');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`${cases.due.number}\tcase_withdrawn\tclosed 2019-06-01\tdue 2024-06-01`);
    expect(result.stdout).not.toContain(cases.recent.number);
    expect(result.stdout).toMatch(/sign_in_history\t1 record/);
    const people = await inDatabase((db) =>
      db.selectFrom('people').select('id').where('case_id', '=', cases.due.id).execute(),
    );
    expect(people).toHaveLength(1);
    expect(existsSync(fileOf(cases.due.storageKey))).toBe(true);
  });

  it('disposes of the due case and the old sign-in, with progress, and finds nothing the second time', async () => {
    const result = await runCli(['retention', 'run'], env);
    expect(result.stderr).toContain('Disposed of 1 case file(s)');
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('Disposing of case files');
    expect(result.stderr).toContain('Disposed of 1 sign_in_history record(s)');
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(fileOf(cases.due.storageKey))).toBe(false);
    expect(existsSync(fileOf(cases.recent.storageKey))).toBe(true);
    const left = await inDatabase(async (db) => ({
      people: await db
        .selectFrom('people')
        .select('case_id')
        .where('case_id', 'in', [cases.due.id, cases.recent.id])
        .execute(),
      tombstones: await db.selectFrom('disposals').select(['case_number', 'record_type']).execute(),
    }));
    expect(left.people.map((p) => p.case_id)).toEqual([cases.recent.id]);
    expect(left.tombstones).toEqual(
      expect.arrayContaining([
        { case_number: cases.due.number, record_type: 'case_withdrawn' },
        { case_number: null, record_type: 'sign_in_history' },
      ]),
    );

    const again = await runCli(['retention', 'run'], env);
    expect(again.code).toBe(0);
    expect(again.stderr).toContain('Disposed of 0 case file(s)');
  });
});
