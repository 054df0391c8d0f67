import { sql, type Kysely } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeEachEngine } from '../../test/harness/engines';
import { migrations } from './migrations';
import { pendingMigrations } from './migrator';
import type { DB } from './schema';

const firstMigration = Object.keys(migrations)[0]!;

// Rolls back whatever the callback did: tests that damage the schema leave the file's database intact.
class Rollback extends Error {}
async function inRolledBackTransaction(db: Kysely<DB>, fn: (trx: Kysely<DB>) => Promise<void>) {
  await expect(
    db.transaction().execute(async (trx) => {
      await fn(trx);
      throw new Rollback();
    }),
  ).rejects.toBeInstanceOf(Rollback);
}

/** Minimal office, case, case event and audit entry, with raw SQL so it follows the migration, not the types. */
async function insertHistory(db: Kysely<DB>): Promise<{ caseId: string }> {
  const office = await sql<{ id: string }>`
    insert into offices (code, name) values ('TST', 'Oficina de prueba') returning id`.execute(db);
  const officeId = office.rows[0]!.id;
  const created = await sql<{ id: string }>`
    insert into cases (case_number, office_id, status, entry_date, application_date, late_filing,
                       filing_method, search_text, principal_name, principal_sort, people_count)
    values ('TST-2026-0001', ${officeId}, 'registered', '2026-01-10', '2026-01-12', false,
            'calendar_days', 'juan perez', 'Juan Pérez', 'perez juan', 1)
    returning id`.execute(db);
  const caseId = created.rows[0]!.id;
  await sql`insert into case_events (case_id, type) values (${caseId}, 'registered')`.execute(db);
  await sql`insert into audit_log (action, case_id) values ('case.read', ${caseId})`.execute(db);
  return { caseId };
}

async function count(db: Kysely<DB>, table: 'case_events' | 'audit_log'): Promise<number> {
  const result = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}`.execute(db);
  return result.rows[0]!.n;
}

describeEachEngine('migrations', (database) => {
  let caseId: string;
  beforeAll(async () => {
    ({ caseId } = await insertHistory(database().db));
  });

  describe('history', () => {
    it('has no pending migration once migrated', async () => {
      expect(await pendingMigrations(database().db)).toEqual([]);
    });

    it('reports a migration missing from the history as pending', async () => {
      await inRolledBackTransaction(database().db, async (trx) => {
        await sql`delete from kysely_migration where name = ${firstMigration}`.execute(trx);
        expect(await pendingMigrations(trx)).toEqual([firstMigration]);
      });
    });
  });

  describe.each(['case_events', 'audit_log'] as const)('%s is append-only', (table) => {
    it('accepts inserts', async () => {
      const before = await count(database().db, table);
      await inRolledBackTransaction(database().db, async (trx) => {
        await sql`insert into ${sql.table(table)} ${
          table === 'audit_log'
            ? sql`(action, case_id) values ('case.read', ${caseId})`
            : sql`(case_id, type) values (${caseId}, 'note_added')`
        }`.execute(trx);
        expect(await count(trx, table)).toBe(before + 1);
      });
    });

    it('refuses UPDATE of an existing row', async () => {
      const update =
        table === 'audit_log'
          ? sql`update audit_log set action = 'forged' where case_id = ${caseId}`
          : sql`update case_events set type = 'forged' where case_id = ${caseId}`;
      await expect(update.execute(database().db)).rejects.toMatchObject({
        code: '42501',
        message: expect.stringContaining('append-only'),
      });
    });

    it('refuses DELETE of an existing row', async () => {
      await expect(
        sql`delete from ${sql.table(table)} where case_id = ${caseId}`.execute(database().db),
      ).rejects.toMatchObject({ code: '42501' });
    });

    it('refuses TRUNCATE', async () => {
      // `cascade`: tables that reference the events (appeals, quality draws) would refuse a plain one
      // on their own; the append-only trigger must refuse it even when they are swept along.
      await expect(sql`truncate ${sql.table(table)} cascade`.execute(database().db)).rejects.toMatchObject({
        code: '42501',
      });
    });

    it('still holds every row after the refused changes', async () => {
      const rows = await sql<{ case_id: string }>`
        select case_id from ${sql.table(table)} where case_id = ${caseId}`.execute(database().db);
      expect(rows.rows).toEqual([{ case_id: caseId }]);
    });
  });

  describe('ordinary tables', () => {
    // The contrast to the append-only tables: the trigger is theirs, not a general ban on changes.
    it('accept UPDATE and DELETE', async () => {
      await inRolledBackTransaction(database().db, async (trx) => {
        const updated = await sql`update offices set name = 'Renombrada' where code = 'TST'`.execute(trx);
        expect(updated.numAffectedRows).toBe(1n);
        await sql`insert into offices (code, name) values ('TMP', 'Temporal')`.execute(trx);
        const deleted = await sql`delete from offices where code = 'TMP'`.execute(trx);
        expect(deleted.numAffectedRows).toBe(1n);
      });
    });
  });

  describe('pg_trgm', () => {
    it('is installed and its similarity operator and GIN index work', async () => {
      const db = database().db;
      const ext = await sql<{ extname: string }>`
        select extname from pg_extension where extname = 'pg_trgm'`.execute(db);
      expect(ext.rows).toEqual([{ extname: 'pg_trgm' }]);
      const match = await sql<{ id: string }>`
        select id from cases where search_text % 'perez juan'`.execute(db);
      expect(match.rows).toEqual([{ id: caseId }]);
      const index = await sql<{ indexdef: string }>`
        select indexdef from pg_indexes where indexname = 'cases_search_trgm_idx'`.execute(db);
      expect(index.rows[0]?.indexdef).toContain('gin_trgm_ops');
    });

    it('finds nothing for an unrelated name', async () => {
      const miss = await sql`select id from cases where search_text % 'zzyzx qwv'`.execute(database().db);
      expect(miss.rows).toEqual([]);
    });

    it('is told apart from an extension that is not installed', async () => {
      // The same kind of check fails for fuzzystrmatch, which no migration creates.
      await expect(sql`select levenshtein('a', 'b')`.execute(database().db)).rejects.toMatchObject({
        code: '42883',
      });
    });
  });
});
