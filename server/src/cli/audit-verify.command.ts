import { Presets, SingleBar } from 'cli-progress';
import type { Config } from '../config/config';
import { openDatabase, type Database } from '../db/database';
import { OutdatedSchemaError, pendingMigrations } from '../db/migrator';
import { sealAuditLog } from '../audit/audit-sealer';
import { describeBreak, verifyAuditChain } from '../audit/audit-verify';
import { countUnsealed } from '../audit/audit-chain.repository';

/** Exit status when the chain is broken (1 is any other failure: no database, bad configuration). */
export const CHAIN_BROKEN_EXIT = 2;

/**
 * The database as it is: verifying reads no encrypted field, so it needs no master key, and it never
 * migrates (a schema without the chain is refused, not changed under the auditor).
 */
async function openForVerification(config: Config): Promise<Database> {
  const database = config.databaseUrl
    ? await openDatabase({ url: config.databaseUrl })
    : await openDatabase({ dataDir: config.dataDir });
  try {
    const pending = await pendingMigrations(database.db);
    if (pending.length > 0) throw new OutdatedSchemaError(pending);
    return database;
  } catch (error) {
    await database.close();
    throw error;
  }
}

/**
 * `refugio audit verify`: seals what has finished, then walks the whole chain recomputing every hash.
 * Prints a summary and the head hash (to record elsewhere: only an outside copy shows the tail cut
 * off); names the first break and exits 2 when the chain is broken.
 */
export async function auditVerifyCommand(config: Config, options: Record<string, unknown>): Promise<void> {
  // `--page-size <n>` once main.ts registers it: links read per query (memory stays bounded either way).
  const pageSize = options.pageSize === undefined ? 5000 : Number(options.pageSize);
  if (!Number.isInteger(pageSize) || pageSize < 1)
    throw new Error('--page-size must be a whole number of at least 1');
  const database = await openForVerification(config);
  try {
    const seal = await sealAuditLog(database.db);
    const bar = process.stderr.isTTY
      ? new SingleBar(
          { format: 'Verifying {bar} {value}/{total} links', stream: process.stderr },
          Presets.shades_classic,
        )
      : null;
    let started = false;
    const result = await verifyAuditChain(database.db, {
      pageSize,
      onProgress: (checked, total) => {
        if (!bar) return;
        if (!started) bar.start(total, 0);
        started = true;
        bar.update(checked);
      },
    });
    bar?.stop();
    if (result.break) {
      console.error(
        `Audit chain BROKEN after ${result.checked} intact link(s): ${describeBreak(result.break)}.`,
      );
      console.error('Investigate before anything else: restore the log from a backup and compare.');
      process.exitCode = CHAIN_BROKEN_EXIT;
      return;
    }
    const unsealed = await countUnsealed(database.db, result.head?.horizon ?? '0');
    const head = result.head;
    const lines = [`Audit chain intact: ${result.checked} entries checked.`];
    if (head) {
      lines.push(
        `Head: link ${head.seq}, audit entry #${head.auditId}, sealed ${head.sealedAt.toISOString()}`,
      );
      lines.push(`Head hash: ${head.hash}`);
    }
    lines.push(
      `Not yet sealed: ${unsealed} (entries of transactions still running)${seal.ran ? '' : '; another process was sealing'}.`,
    );
    process.stdout.write(`${lines.join('\n')}\n`);
    console.error(
      'Record the head hash outside this database: a later run must reach a head that continues it.',
    );
  } finally {
    await database.close();
  }
}
