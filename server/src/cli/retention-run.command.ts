import { SingleBar } from 'cli-progress';
import type { Config } from '../config/config';
import { openConfiguredDatabase } from '../db/bootstrap';
import { openDocumentStore } from '../files/open-document-store';
import { dueReport, runRetention } from '../retention/disposal.service';

/**
 * `refugio retention run [--dry-run]`: disposes of the account records past their period and of every
 * closed case file whose period has ended and that no legal hold keeps, one transaction per case, with
 * progress on stderr. `--dry-run` only lists what is due. Rerun after a crash: it takes what is left.
 */
export async function retentionRunCommand(config: Config, options: Record<string, unknown>): Promise<void> {
  const database = await openConfiguredDatabase(config);
  const now = new Date();
  try {
    if (options.dryRun) {
      const report = await dueReport(database.db, now, Number.MAX_SAFE_INTEGER);
      // The list goes to stdout (one line per record, tab-separated, for scripts); messages to stderr.
      for (const item of report.cases)
        process.stdout.write(
          `${item.caseNumber}\t${item.recordType}\tclosed ${item.triggerDate}\tdue ${item.dueOn}\n`,
        );
      for (const records of report.records)
        process.stdout.write(`${records.recordType}\t${records.count} record(s) before ${records.before}\n`);
      console.warn(
        `Dry run: ${report.totalCases} case file(s) due, ${report.heldCases} more kept by a legal hold; nothing was changed.`,
      );
      return;
    }
    const bar = new SingleBar({
      stream: process.stderr,
      format: 'Disposing of case files [{bar}] {value}/{total} | {rate} cases/s | ETA {eta_formatted}',
      noTTYOutput: true,
      notTTYSchedule: 2000,
      hideCursor: true,
    });
    const started = Date.now();
    // Checked before the first disposal: documents of disposed cases must leave the store too.
    const documents = await openDocumentStore(config);
    try {
      const result = await runRetention(database.db, documents.store, null, {
        now,
        onStart: (total) => bar.start(total, 0, { rate: '0' }),
        onCase: (done) => {
          const seconds = Math.max((Date.now() - started) / 1000, 0.001);
          bar.update(done, { rate: (done / seconds).toFixed(1) });
        },
      });
      bar.stop();
      for (const records of result.records)
        console.warn(`Disposed of ${records.count} ${records.recordType} record(s).`);
      console.warn(
        `Disposed of ${result.disposedCases} case file(s); each left a tombstone and an audit entry.`,
      );
    } finally {
      bar.stop();
      documents.close();
    }
  } finally {
    await database.close();
  }
}
