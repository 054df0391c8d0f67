import { rmSync } from 'node:fs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../src/db/database';
import { recordAudit } from '../../src/audit/audit.repository';
import { availableEngines, migratedDataDir, openTestDatabase, type TestDatabase } from '../harness/engines';
import { runCli } from './run-cli';

vi.setConfig({ testTimeout: 90_000 });

describe('refugio audit verify on an embedded data directory', () => {
  const dataDir = migratedDataDir('refugio-audit-cli-');
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  beforeAll(async () => {
    // Entries written but never sealed: the command seals them first.
    const database = await openDatabase({ dataDir });
    try {
      for (let i = 0; i < 5; i++) {
        await recordAudit(
          database.db,
          { id: crypto.randomUUID(), clientAddress: '10.1.1.1' },
          { action: 'case.read' },
        );
      }
    } finally {
      await database.close();
    }
  }, 90_000);

  it('seals, checks every entry and prints the head hash when the chain is intact', async () => {
    const result = await runCli(['audit', 'verify'], { REFUGIO_DATA_DIR: dataDir });
    expect(result.stderr).not.toMatch(/Error/);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Audit chain intact: 5 entries checked\./);
    expect(result.stdout).toMatch(/Head hash: [0-9a-f]{64}\n/);
    const again = await runCli(['audit', 'verify'], { REFUGIO_DATA_DIR: dataDir });
    expect(again.stdout.match(/Head hash: .*/)?.[0]).toBe(result.stdout.match(/Head hash: .*/)?.[0]);
  });

  it('exits 2 and names the entry once a row is rewritten behind the triggers', async () => {
    const database = await openDatabase({ dataDir });
    try {
      await database.db.transaction().execute(async (trx) => {
        await sql`set local session_replication_role = replica`.execute(trx);
        await sql`update audit_log set client_address = '6.6.6.6' where id = 4`.execute(trx);
      });
    } finally {
      await database.close();
    }
    const result = await runCli(['audit', 'verify'], { REFUGIO_DATA_DIR: dataDir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/BROKEN after 3 intact link\(s\): audit entry #4 \(link 4\) was altered/);
    expect(result.stdout).toBe('');
  });
});

describe.skipIf(!availableEngines().includes('postgresql'))('refugio audit verify on PostgreSQL', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase('postgresql');
  });
  afterAll(async () => {
    await database.close();
  });

  it('detects a link removed from the middle of the chain', async () => {
    for (let i = 0; i < 4; i++) {
      await recordAudit(database.db, null, { action: 'auth.sign_in_failed', details: { attempt: i } });
    }
    const intact = await runCli(['audit', 'verify'], { DATABASE_URL: database.url! });
    expect(intact.code).toBe(0);
    expect(intact.stdout).toMatch(/4 entries checked/);
    await database.db.transaction().execute(async (trx) => {
      await sql`set local session_replication_role = replica`.execute(trx);
      await sql`delete from audit_chain where seq = 2`.execute(trx);
    });
    const broken = await runCli(['audit', 'verify'], { DATABASE_URL: database.url! });
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/link 2 of the chain was removed/);
  });
});
