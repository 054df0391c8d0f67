import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { availableEngines, openTestDatabase, type TestDatabase } from '../../test/harness/engines';
import { openDatabase } from '../db/database';
import { recordAudit } from './audit.repository';
import { sealAuditLog } from './audit-sealer';
import { verifyAuditChain } from './audit-verify';
import { sealAll } from '../../test/fixtures/seal-all';

// What only a server with several connections can show: concurrent writers and database roles.
describe.skipIf(!availableEngines().includes('postgresql'))('the audit log on a PostgreSQL server', () => {
  let database: TestDatabase;
  const clients: pg.Client[] = [];
  const connect = async (url: string) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    clients.push(client);
    return client;
  };
  beforeAll(async () => {
    database = await openTestDatabase('postgresql');
  });
  afterAll(async () => {
    for (const client of clients) await client.end().catch(() => {});
    await database.close();
  });

  it('seals transactions that commit out of id order without waiting for them, and verifies', async () => {
    const url = database.url!;
    const early = await connect(url);
    const late = await connect(url);
    await early.query('begin');
    await early.query('select pg_current_xact_id()'); // takes the older transaction id
    await late.query('begin');
    await late.query(`insert into audit_log (action, details) values ('case.read', '{"who":"late"}')`);
    await late.query('commit');
    // `late` has finished but `early` is older and still running: nothing may be sealed past it.
    const whileRunning = await sealAuditLog(database.db);
    expect(whileRunning).toEqual({ ran: true, sealed: 0 });

    await early.query(`insert into audit_log (action, details) values ('case.read', '{"who":"early"}')`);
    await early.query('commit');
    expect(await sealAll(database.db)).toBe(2);

    const { rows } = await early.query<{ who: string; id: string }>(
      `select a.details->>'who' as who, a.id::text as id from audit_chain c join audit_log a on a.id = c.audit_id
       order by c.seq`,
    );
    // Chained in transaction order: the higher id of the older transaction comes first.
    expect(rows.map((r) => r.who)).toEqual(['early', 'late']);
    expect(Number(rows[0]!.id)).toBeGreaterThan(Number(rows[1]!.id));
    const verification = await verifyAuditChain(database.db);
    expect(verification.break).toBeNull();
    expect(verification.checked).toBe(2);
  });

  it("denies the application's role every way of rewriting or hiding history", async () => {
    const role = `refugio_app_${randomBytes(4).toString('hex')}`;
    const owner = await connect(database.url!);
    await owner.query(`create role ${role} login`);
    let app: pg.Client | undefined;
    try {
      await owner.query(`grant usage on schema public to ${role}`);
      await owner.query(`grant select, insert on audit_log, audit_chain, case_events to ${role}`);
      app = new pg.Client({ connectionString: database.url!.replace('//postgres@', `//${role}@`) });
      await app.connect();
      const asApp = app;
      expect((await app.query('select current_user as u')).rows[0].u).toBe(role);

      // What it needs works: writing an entry (the identity column needs no further grant).
      const written = await app.query(`insert into audit_log (action) values ('case.read') returning id`);
      expect(written.rowCount).toBe(1);

      const denied = async (statement: string) => {
        const error = await asApp.query(statement).then(
          () => null,
          (e: { code?: string }) => e,
        );
        expect(error?.code, statement).toBe('42501');
      };
      for (const table of ['audit_log', 'audit_chain', 'case_events'] as const) {
        const column = { audit_log: 'details', audit_chain: 'hash', case_events: 'case_id' }[table];
        await denied(`update ${table} set ${column} = ${column}`);
        await denied(`delete from ${table}`);
        await denied(`truncate ${table}`);
        await denied(`alter table ${table} disable trigger user`);
        await denied(`drop table ${table}`);
      }
      await denied('set session_replication_role = replica');

      // The application's own code works under that role: it writes, seals and verifies the chain.
      const asRole = await openDatabase({ url: database.url!.replace('//postgres@', `//${role}@`) });
      try {
        await recordAudit(asRole.db, null, { action: 'auth.sign_in_failed' });
        expect(await sealAll(asRole.db)).toBeGreaterThan(0);
        expect((await verifyAuditChain(asRole.db)).break).toBeNull();
      } finally {
        await asRole.close();
      }
      const { rows } = await owner.query<{ n: number }>(
        `select count(*)::int as n from audit_log where id = $1`,
        [written.rows[0].id],
      );
      expect(rows[0]!.n).toBe(1);
    } finally {
      await app?.end().catch(() => {});
      await owner.query(`drop owned by ${role}`);
      await owner.query(`drop role ${role}`);
    }
  });
});
