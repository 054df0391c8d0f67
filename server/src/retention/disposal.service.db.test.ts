import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DB } from '../db/schema';
import type { Actor } from '../access/actor';
import { describeEachEngine } from '../../test/harness/engines';
import { createActor, createOffice } from '../../test/fixtures/actors';
import { familyOfThree } from '../../test/fixtures/applications';
import { caseInAssessment, completeAssessment } from '../../test/fixtures/decisions';
import { sealAll } from '../../test/fixtures/seal-all';
import { jurisdictionOf } from '../countries/jurisdiction';
import { registerApplication } from '../cases/case.service';
import { stepCase } from '../demo/direct-step';
import { uploadAttachment } from '../attachments/attachment.service';
import { diskDocumentStore } from '../files/disk-document-store';
import { processKeyring } from '../crypto/process-keyring';
import { renderPdf } from '../documents/render-pdf';
import { verifyAuditChain } from '../audit/audit-verify';
import { sweepOrphanDocuments } from '../attachments/orphan-sweep';
import { dueReport, runRetention } from './disposal.service';
import { liftHold, placeHold } from './legal-hold.service';

const mexico = jurisdictionOf('MEX');
const registeredAt = new Date('2026-11-10T16:00:00Z');
const closedAt = new Date('2026-11-20T16:00:00Z');
// A withdrawn application is kept 60 months by default: due from 2031-11-20.
const beforeDue = new Date('2031-11-19T12:00:00Z');
const afterDue = new Date('2031-12-01T12:00:00Z');

const roots: string[] = [];
afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

/** Every row of every table of the database, as JSON text: what a dump would hold. */
async function dumpText(db: Kysely<DB>): Promise<string> {
  const tables = await sql<{ name: string }>`
    select table_name as name from information_schema.tables
    where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`.execute(db);
  const parts: string[] = [];
  for (const { name } of tables.rows) {
    const rows = await sql<{ j: string }>`select row_to_json(t)::text as j from ${sql.table(name)} t`.execute(
      db,
    );
    parts.push(...rows.rows.map((r) => r.j));
  }
  return parts.join('\n');
}

/** A text as it would appear in the dump: plain, or as the hex of its UTF-8 bytes (bytea columns). */
const traces = (text: string) => [text, Buffer.from(text, 'utf8').toString('hex')];

describeEachEngine('retention: disposal of due case files', (database) => {
  let registrar: Actor;
  let officer: Actor;
  let supervisor: Actor;
  let store: ReturnType<typeof diskDocumentStore>;
  let root: string;
  const cases: Record<'due' | 'recent' | 'held', { id: string; storageKey: string }> = {} as never;

  /** A single applicant with names found nowhere else, closed as withdrawn on `closedOn`. */
  async function closedCase(givenNames: string, firstSurname: string, on: Date, assess = false) {
    const { db } = database();
    const input = familyOfThree({ dependants: [] });
    input.principal = {
      ...input.principal,
      givenNames,
      firstSurname,
      documents: [{ type: 'national_id', number: `ID-${firstSurname}`, issuingCountry: 'HND' }],
    };
    const kase = await registerApplication(db, registrar, input, mexico, registeredAt);
    const pdf = await renderPdf({ content: [{ text: `Constancia de ${givenNames}` }] });
    const attachment = await uploadAttachment(
      db,
      { keyring: processKeyring(), store, maxBytes: 5_000_000 },
      registrar,
      kase.id,
      {
        fileName: `constancia-${givenNames}.pdf`,
        category: 'evidence',
        description: `Documento de ${firstSurname}`,
      },
      pdf,
    );
    let version = 1;
    if (assess) {
      version = await caseInAssessment(db, officer, kase.id, mexico, registeredAt);
      await completeAssessment(db, officer, kase.id, { outcome: 'rejected' });
    }
    await stepCase(
      db,
      supervisor,
      kase.id,
      'close',
      { version, data: { closureReason: 'withdrawn', reason: `${givenNames} desistió por escrito.` } },
      mexico,
      on,
    );
    const row = await db
      .selectFrom('attachments')
      .select('storage_key')
      .where('id', '=', attachment.id)
      .executeTakeFirstOrThrow();
    return { id: kase.id, storageKey: row.storage_key };
  }

  const fileExists = (key: string) => existsSync(join(root, key.slice(0, 2), key));

  beforeAll(async () => {
    const { db } = database();
    root = mkdtempSync(join(tmpdir(), 'refugio-retention-'));
    roots.push(root);
    store = diskDocumentStore(root);
    const office = await createOffice(db, 'TAP');
    registrar = await createActor(db, 'registration_officer', office);
    officer = await createActor(db, 'eligibility_officer', office);
    supervisor = await createActor(db, 'supervisor', office);
    cases.due = await closedCase('Itzayana', 'Oxlajuj', closedAt, true);
    cases.recent = await closedCase('Wendolyne', 'Ixcamparij', new Date('2029-01-10T16:00:00Z'));
    cases.held = await closedCase('Yoltzin', 'Tzunun', closedAt);
    await placeHold(db, supervisor, cases.held.id, { reason: 'amparo', note: 'Amparo 123/2031' }, closedAt);
  });

  it('lists what is due without changing anything (dry run), and nothing before its last day', async () => {
    const { db } = database();
    expect((await dueReport(db, beforeDue)).totalCases).toBe(0);
    const before = await dumpText(db);
    const report = await dueReport(db, afterDue);
    expect(report.cases.map((c) => c.caseId)).toEqual([cases.due.id]);
    expect(report.cases[0]).toMatchObject({
      recordType: 'case_withdrawn',
      triggerDate: '2026-11-20',
      dueOn: '2031-11-20',
    });
    expect(report.heldCases).toBe(1);
    expect(await dumpText(db)).toBe(before);
  });

  it('disposes of a due case: nothing of the person is left, the documents are gone, a tombstone and the audit stay', async () => {
    const { db } = database();
    expect(await dumpText(db)).toContain('Oxlajuj');
    expect(fileExists(cases.due.storageKey)).toBe(true);

    const result = await runRetention(db, store, null, { now: afterDue });
    expect(result.disposedCases).toBe(1);
    expect(result.remainingCases).toBe(0);

    const dump = await dumpText(db);
    for (const text of ['Itzayana', 'Oxlajuj', 'CREDIBILIDAD-RAZONES', 'ID-Oxlajuj'])
      for (const trace of traces(text)) expect(dump).not.toContain(trace);
    // The cases not disposed of keep everything (the search above would have found them).
    for (const text of ['Wendolyne', 'Yoltzin']) expect(dump).toContain(text);
    expect(fileExists(cases.due.storageKey)).toBe(false);
    expect(fileExists(cases.recent.storageKey)).toBe(true);
    expect(fileExists(cases.held.storageKey)).toBe(true);

    const key = await db
      .selectFrom('data_keys')
      .select('case_id')
      .where('case_id', '=', cases.due.id)
      .execute();
    expect(key).toEqual([]);
    const tombstone = await db
      .selectFrom('disposals')
      .selectAll()
      .where('case_id', '=', cases.due.id)
      .executeTakeFirstOrThrow();
    expect(tombstone).toMatchObject({
      record_type: 'case_withdrawn',
      schedule_version: 0,
      period_months: 60,
    });
    expect(tombstone.counts).toMatchObject({ people: 1, attachments: 1, data_keys: 1, assessments: 1 });
    expect(tombstone.counts.case_events).toBeGreaterThanOrEqual(4);
    const audit = await db
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .where('case_id', '=', cases.due.id)
      .where('action', '=', 'retention.disposed')
      .execute();
    expect(audit).toHaveLength(1);
    // The case's earlier audit entries stay, pointing at the tombstone.
    const earlier = await db
      .selectFrom('audit_log')
      .select('id')
      .where('case_id', '=', cases.due.id)
      .execute();
    expect(earlier.length).toBeGreaterThan(3);
    const events = await db
      .selectFrom('case_events')
      .select('type')
      .where('case_id', '=', cases.due.id)
      .execute();
    expect(events).toEqual([{ type: 'disposed' }]);

    await sealAll(db);
    expect((await verifyAuditChain(db)).break).toBeNull();
  });

  it('is idempotent: a second run finds nothing left to do', async () => {
    const { db } = database();
    const before = await db.selectFrom('disposals').select('id').execute();
    const again = await runRetention(db, store, null, { now: afterDue });
    expect(again.disposedCases).toBe(0);
    expect(await db.selectFrom('disposals').select('id').execute()).toEqual(before);
  });

  it('never disposes of a held case; once the hold is lifted, the next run does', async () => {
    const { db } = database();
    expect((await dueReport(db, afterDue)).heldCases).toBe(1);
    const [hold] = await db
      .selectFrom('legal_holds')
      .select(['id', 'version'])
      .where('case_id', '=', cases.held.id)
      .execute();
    await liftHold(
      db,
      supervisor,
      cases.held.id,
      hold!.id,
      { note: 'Amparo resuelto', version: hold!.version },
      afterDue,
    );
    // No store: as if the process stopped between the commit and removing the files.
    const result = await runRetention(db, undefined, null, { now: afterDue });
    expect(result.disposedCases).toBe(1);
    const dump = await dumpText(db);
    for (const trace of traces('Tzunun')) expect(dump).not.toContain(trace);
    expect(dump).not.toContain('Amparo 123/2031');
    // The file left behind has no row any more: the orphan sweep removes it, and only it.
    expect(fileExists(cases.held.storageKey)).toBe(true);
    expect((await sweepOrphanDocuments(db, store, afterDue)).orphans).toBe(1);
    expect(fileExists(cases.held.storageKey)).toBe(false);
    expect(fileExists(cases.recent.storageKey)).toBe(true);
    expect(dump).toContain('Wendolyne');
  });

  describe('append-only tables stay append-only outside a disposal', () => {
    it('refuses deleting case events and audit entries, even with the disposal setting for the audit log', async () => {
      const { db } = database();
      await expect(
        sql`delete from case_events where case_id = ${cases.recent.id}`.execute(db),
      ).rejects.toThrow(/append-only/);
      await expect(
        db.transaction().execute(async (trx) => {
          await sql`select set_config('refugio.disposal', 'on', true)`.execute(trx);
          await sql`delete from audit_log where case_id = ${cases.recent.id}`.execute(trx);
        }),
      ).rejects.toThrow(/append-only/);
      await expect(
        sql`update case_events set data = '{}' where case_id = ${cases.recent.id}`.execute(db),
      ).rejects.toThrow(/append-only/);
    });
  });
});
