import { sql, type Kysely } from 'kysely';
import { expect, it } from 'vitest';
import { describeEachEngine } from '../../test/harness/engines';
import { down, up } from '../db/migrations/2026_12_02_1000_chain_audit_log';
import type { DB } from '../db/schema';

class Rollback extends Error {}

const columns = async (db: Kysely<DB>) =>
  (
    await sql<{ column_name: string }>`
      select column_name from information_schema.columns where table_name = 'audit_log'`.execute(db)
  ).rows.map((r) => r.column_name);

const chainExists = async (db: Kysely<DB>) =>
  (await sql<{ t: string | null }>`select to_regclass('audit_chain')::text as t`.execute(db)).rows[0]?.t !==
  null;

describeEachEngine('the audit chain migration', (database) => {
  it('goes down to the plain append-only log and up again, stamping entries written before it', async () => {
    await expect(
      database()
        .db.transaction()
        .execute(async (trx) => {
          await down(trx);
          expect(await columns(trx)).not.toContain('txid');
          expect(await chainExists(trx)).toBe(false);
          // Before the chain, a writer could choose the time: an entry from "2001".
          await sql`insert into audit_log (action, occurred_at) values ('old.entry', '2001-01-01')`.execute(
            trx,
          );

          await up(trx);
          expect(await columns(trx)).toContain('txid');
          expect(await chainExists(trx)).toBe(true);
          const { rows } = await sql<{ stamped: boolean }>`
            select txid = pg_current_xact_id() as stamped from audit_log where action = 'old.entry'`.execute(
            trx,
          );
          expect(rows[0]?.stamped).toBe(true);
          await sql`insert into audit_log (action, occurred_at) values ('new.entry', '2001-01-01')`.execute(
            trx,
          );
          const stamped = await sql<{ year: number }>`
            select extract(year from occurred_at)::int as year from audit_log where action = 'new.entry'`.execute(
            trx,
          );
          expect(stamped.rows[0]?.year).not.toBe(2001);
          throw new Rollback();
        }),
    ).rejects.toBeInstanceOf(Rollback);
  });
});
