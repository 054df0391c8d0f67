import { CompiledQuery, sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeEachEngine } from '../../test/harness/engines';
import { clockEventsQuery } from './clock-inputs.repository';

class Rollback extends Error {}

describeEachEngine('reading the events that move clocks', (database) => {
  it('stays inside the partial index of clock events, so the planner can read only those', async () => {
    const { db } = database();
    let plan = '';
    await expect(
      db.transaction().execute(async (trx) => {
        // Any table is small in a test: forbid the sequential scan so the indexes are compared.
        await sql`set local enable_seqscan = off`.execute(trx);
        const query = clockEventsQuery(trx, [crypto.randomUUID(), crypto.randomUUID()]).compile();
        const explained = await trx.executeQuery<{ 'QUERY PLAN': unknown }>(
          CompiledQuery.raw(`explain (format json) ${query.sql}`, [...query.parameters]),
        );
        plan = JSON.stringify(explained.rows);
        throw new Rollback();
      }),
    ).rejects.toBeInstanceOf(Rollback);
    expect(plan).toContain('case_events_clock_idx');
  });
});
