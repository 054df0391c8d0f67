import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { SingleBar } from 'cli-progress';
import type { Config } from '../config/config';
import { validationFailed } from '../errors/app-error';
import { DEFAULT_THRESHOLD, findPairsInTable } from '../identity/matching';
import { readPersonsCsv } from '../identity/matching/persons-csv';

const PHASE_LABELS: Record<string, string> = {
  read: 'Reading  ',
  block: 'Blocking ',
  compare: 'Comparing',
  score: 'Scoring  ',
  queue: 'Queueing ',
};

/**
 * Progress on stderr, one bar per phase with its rate and ETA; on a non-terminal (a log, a test) one
 * line per finished phase with its count and duration instead.
 */
function progressReporter() {
  const tty = process.stderr.isTTY === true;
  let phase = '';
  let bar: SingleBar | null = null;
  let started = Date.now();
  let last = { done: 0, total: 0 };
  const finish = () => {
    if (!phase) return;
    const seconds = (Date.now() - started) / 1000;
    if (bar) bar.stop();
    else
      process.stderr.write(
        `${PHASE_LABELS[phase]?.trim() ?? phase}: ${last.total.toLocaleString('en')} in ${seconds.toFixed(1)} s\n`,
      );
    bar = null;
  };
  return {
    update(progress: { phase: string; done: number; total: number }) {
      if (progress.phase !== phase) {
        finish();
        phase = progress.phase;
        started = Date.now();
        if (tty) {
          bar = new SingleBar({
            stream: process.stderr,
            format: `${PHASE_LABELS[phase] ?? phase} [{bar}] {percentage}% | {value}/{total} | {rate}/s | ETA {eta_formatted}`,
            hideCursor: true,
            etaBuffer: 50,
          });
          bar.start(Math.max(1, progress.total), 0, { rate: '0' });
        }
      }
      last = progress;
      if (bar) {
        const seconds = Math.max((Date.now() - started) / 1000, 0.001);
        bar.setTotal(Math.max(1, progress.total));
        bar.update(progress.done, { rate: Math.round(progress.done / seconds).toLocaleString('en') });
      }
    },
    finish,
  };
}

function parseThreshold(value: unknown): number {
  if (value === undefined) return DEFAULT_THRESHOLD;
  const threshold = Number(value);
  if (typeof value !== 'string' || value.trim() === '' || !(threshold > 0 && threshold < 1))
    throw validationFailed([
      { path: '--threshold', code: 'invalid', message: 'must be a number between 0 and 1 (exclusive)' },
    ]);
  return threshold;
}

/**
 * `refugio dedup --input persons.csv --output pairs.csv [--threshold T]`: the pairs of rows judged to
 * be the same person, without a database. `refugio dedup --db`: the same across the register, filling
 * the supervisors' review queue.
 */
export async function dedupCommand(config: Config, options: Record<string, unknown>): Promise<void> {
  const threshold = parseThreshold(options.threshold);
  const input = typeof options.input === 'string' ? options.input : undefined;
  if (options.db && input)
    throw new Error('give either --input (a CSV file) or --db (the register), not both');
  if (options.db) return dedupRegister(config, threshold);
  if (!input) throw new Error('give --input persons.csv (with --output pairs.csv) or --db');
  const output = typeof options.output === 'string' ? options.output : undefined;
  if (!output) throw new Error('give --output pairs.csv (use - for standard output)');

  const progress = progressReporter();
  const text = readInput(input);
  const table = readPersonsCsv(text, (done, total) => progress.update({ phase: 'read', done, total }));
  const { pairs, compared } = await findPairsInTable(table, { threshold, onProgress: progress.update });
  progress.finish();

  const lines = ['id_a,id_b,score'];
  for (const pair of pairs)
    lines.push(`${csvField(pair.idA)},${csvField(pair.idB)},${pair.score.toFixed(4)}`);
  const content = `${lines.join('\n')}\n`;
  if (output === '-') process.stdout.write(content);
  else {
    // Written aside and renamed, so a crash never leaves half a file that looks complete.
    const partial = `${output}.partial`;
    try {
      writeFileSync(partial, content);
      renameSync(partial, output);
    } catch (error) {
      rmSync(partial, { force: true });
      throw new Error(`cannot write ${output}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`, {
        cause: error,
      });
    }
  }
  process.stderr.write(
    `${table.size.toLocaleString('en')} persons, ${compared.toLocaleString('en')} pairs compared, ` +
      `${pairs.length.toLocaleString('en')} judged the same person (threshold ${threshold}).\n`,
  );
}

function readInput(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`, {
      cause: error,
    });
  }
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

async function dedupRegister(config: Config, threshold: number): Promise<void> {
  const { openConfiguredDatabase } = await import('../db/bootstrap');
  const { runRegisterDedup } = await import('../identity/register-dedup.service');
  const database = await openConfiguredDatabase(config);
  const progress = progressReporter();
  try {
    const result = await runRegisterDedup(database.db, { threshold, onProgress: progress.update });
    progress.finish();
    process.stderr.write(
      `${result.compared.toLocaleString('en')} pairs compared, ${result.candidates.toLocaleString('en')} candidates, ` +
        `${result.queued.toLocaleString('en')} added to the review queue.\n`,
    );
  } finally {
    progress.finish();
    await database.close();
  }
}
