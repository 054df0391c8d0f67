import { sql, type Kysely } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import {
  availableEngines,
  describeEachEngine,
  ENGINES,
  openTestDatabase,
  type TestDatabase,
} from '../../test/harness/engines';
import { findLinksAfter } from './audit-chain.repository';
import { linkHash } from './audit-hash';
import type { DB } from '../db/schema';
import { recordAudit } from './audit.repository';
import { sealAuditLog, startAuditSealer } from './audit-sealer';
import { verifyAuditChain } from './audit-verify';
import { sealAll } from '../../test/fixtures/seal-all';

const actor = { id: null as unknown as string, clientAddress: '10.0.0.9' };

async function writeEntries(db: Kysely<DB>, n: number, action = 'case.read'): Promise<void> {
  for (let i = 0; i < n; i++) {
    await recordAudit(
      db,
      { ...actor, id: crypto.randomUUID() },
      { action, details: { n: i, outcome: 'ok' } },
    );
  }
}

/** As a superuser that switched triggers off: how an attacker with the database's keys would work. */
async function asAttacker(db: Kysely<DB>, statement: (trx: Kysely<DB>) => Promise<unknown>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await sql`set local session_replication_role = replica`.execute(trx);
    await statement(trx);
  });
}

async function idOfNth(db: Kysely<DB>, seq: number): Promise<string> {
  const { rows } = await sql<{
    id: string;
  }>`select audit_id::text as id from audit_chain where seq = ${seq}`.execute(db);
  return rows[0]!.id;
}

describeEachEngine('the audit hash chain', (database) => {
  it('stamps the time and transaction of an entry, whatever the writer sends', async () => {
    const { db } = database();
    const { rows } = await sql<{ occurred_at: Date; txid: string; current: string; now: Date }>`
      with written as (
        insert into audit_log (action, occurred_at, txid) values ('forged.time', '2001-01-01', '5')
        returning occurred_at, txid::text)
      select occurred_at, txid, pg_current_xact_id()::text as current, now() from written`.execute(db);
    expect(rows[0]!.txid).toBe(rows[0]!.current);
    expect(rows[0]!.occurred_at.getTime()).toBe(rows[0]!.now.getTime());
  });

  it('seals every finished entry once, in order, and an intact chain verifies', async () => {
    const { db } = database();
    await writeEntries(db, 7);
    expect(await sealAll(db)).toBeGreaterThanOrEqual(7);
    expect((await sealAuditLog(db)).sealed).toBe(0);
    await writeEntries(db, 3);
    expect(await sealAll(db)).toBe(3);

    const result = await verifyAuditChain(db, { pageSize: 4 });
    expect(result.break).toBeNull();
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from audit_log`.execute(db);
    expect(result.checked).toBe(rows[0]!.n);
    expect(result.head?.seq).toBe(String(rows[0]!.n));
    expect(result.head?.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('keeps sealing in the background until stopped', async () => {
    const { db } = database();
    await sealAuditLog(db);
    const stop = startAuditSealer(db, undefined, 50);
    try {
      await writeEntries(db, 2, 'background.entry');
      const deadline = Date.now() + 10_000;
      let sealed = 0;
      while (sealed < 2 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        const { rows } = await sql<{ n: number }>`
          select count(*)::int as n from audit_chain c join audit_log a on a.id = c.audit_id
          where a.action = 'background.entry'`.execute(db);
        sealed = rows[0]!.n;
      }
      expect(sealed).toBe(2);
    } finally {
      await stop();
    }
    expect((await verifyAuditChain(db)).break).toBeNull();
  });

  it('refuses to let anyone, even the owner, rewrite a link', async () => {
    const { db } = database();
    await expect(
      sql`update audit_chain set hash = repeat('0', 64) where seq = 1`.execute(db),
    ).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_chain`.execute(db)).rejects.toThrow(/append-only/);
    await expect(sql`truncate audit_chain`.execute(db)).rejects.toThrow(/append-only/);
  });

  it('does not seal while another process holds the sealer lock', async () => {
    const { db, engine } = database();
    if (engine === 'pglite') return; // one connection: there is no other process to race with
    await writeEntries(db, 1);
    let outcome: Awaited<ReturnType<typeof sealAuditLog>> | undefined;
    await db.transaction().execute(async (trx) => {
      await sql`select pg_advisory_xact_lock(7236541001)`.execute(trx);
      outcome = await sealAuditLog(db);
    });
    expect(outcome).toEqual({ ran: false, sealed: 0 });
    expect(await sealAll(db)).toBe(1);
  });
});

// Each case damages the chain for good, so each gets a database of its own.
for (const engine of ENGINES)
  describe.skipIf(!availableEngines().includes(engine))(
    `tampering with the audit log is detected [${engine}]`,
    () => {
      let database: TestDatabase | undefined;
      afterEach(async () => {
        await database?.close();
        database = undefined;
      });

      async function sealedDatabase(): Promise<Kysely<DB>> {
        database = await openTestDatabase(engine);
        await writeEntries(database.db, 6);
        await sealAll(database.db);
        expect((await verifyAuditChain(database.db)).break).toBeNull();
        return database.db;
      }

      it('an updated entry is named as altered', async () => {
        const db = await sealedDatabase();
        const id = await idOfNth(db, 3);
        await asAttacker(db, (trx) =>
          sql`update audit_log set details = '{"n": 99, "outcome": "ok"}' where id = ${id}`.execute(trx),
        );
        expect((await verifyAuditChain(db)).break).toEqual({ kind: 'altered', seq: '3', auditId: id });
      });

      it('a deleted entry is named as removed', async () => {
        const db = await sealedDatabase();
        const id = await idOfNth(db, 4);
        await asAttacker(db, (trx) => sql`delete from audit_log where id = ${id}`.execute(trx));
        expect((await verifyAuditChain(db)).break).toEqual({ kind: 'removed', seq: '4', auditId: id });
      });

      it('an entry and its link deleted together leave a gap, named as removed', async () => {
        const db = await sealedDatabase();
        const id = await idOfNth(db, 2);
        await asAttacker(db, async (trx) => {
          await sql`delete from audit_log where id = ${id}`.execute(trx);
          await sql`delete from audit_chain where seq = 2`.execute(trx);
        });
        expect((await verifyAuditChain(db)).break).toEqual({ kind: 'removed', seq: '2', auditId: null });
      });

      it('an entry inserted by hand with an old transaction id is named as inserted', async () => {
        const db = await sealedDatabase();
        let forgedId = '';
        await asAttacker(db, async (trx) => {
          const { rows } = await sql<{ id: string }>`
        insert into audit_log (id, occurred_at, action, client_address, details, txid)
        overriding system value
        values (3, '2026-01-05T10:00:00Z', 'case.read', '10.0.0.1', '{}', '3')
        on conflict do nothing returning id::text as id`.execute(trx);
          forgedId = rows[0]?.id ?? '';
        });
        // id 3 may be taken on this template: then forge with a fresh id instead.
        if (forgedId === '') {
          await asAttacker(db, async (trx) => {
            const { rows } = await sql<{ id: string }>`
          insert into audit_log (occurred_at, action, client_address, details, txid)
          values ('2026-01-05T10:00:00Z', 'case.read', '10.0.0.1', '{}', '3') returning id::text as id`.execute(
              trx,
            );
            forgedId = rows[0]!.id;
          });
        }
        // The sealer never links it: it lies below the horizon already sealed.
        await sealAuditLog(db);
        expect((await verifyAuditChain(db)).break).toEqual({ kind: 'inserted', auditId: forgedId });
      });

      it("a link's hash rewritten is named as a link altered", async () => {
        const db = await sealedDatabase();
        const id = await idOfNth(db, 5);
        await asAttacker(db, (trx) =>
          sql`update audit_chain set hash = repeat('a', 64) where seq = 5`.execute(trx),
        );
        expect((await verifyAuditChain(db)).break).toEqual({ kind: 'link_altered', seq: '5', auditId: id });
      });

      it('an entry altered and its link rehashed still breaks the chain at the next link', async () => {
        const db = await sealedDatabase();
        const id = await idOfNth(db, 2);
        await asAttacker(db, async (trx) => {
          await sql`update audit_log set action = 'nothing.here' where id = ${id}`.execute(trx);
          const [link] = await findLinksAfter(trx, '1', 1);
          const rehashed = linkHash(link!.prevHash, link!.entry!);
          await sql`update audit_chain set hash = ${rehashed} where seq = 2`.execute(trx);
        });
        expect((await verifyAuditChain(db)).break).toEqual({
          kind: 'link_altered',
          seq: '3',
          auditId: await idOfNth(db, 3),
        });
      });
    },
  );
