/** Formatting for the dedup benchmarks' reports: markdown tables, the machine, the engine's version. */
import { execFile } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import { promisify } from 'node:util';
import { REPO_ROOT } from './run-dedup';

export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
}

export const fixed = (value: number, digits: number) => (Number.isNaN(value) ? '–' : value.toFixed(digits));
export const percent = (value: number) => (Number.isNaN(value) ? '–' : `${(value * 100).toFixed(1)} %`);

export function describeMachine(): string {
  const [one] = loadavg();
  return `${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node.js ${process.version}, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, load average ${one!.toFixed(1)} at the end`;
}

/** The commit the engine was measured at, and whether its folder had changes not yet committed. */
export async function describeEngine(): Promise<string> {
  const run = promisify(execFile);
  try {
    const { stdout: commit } = await run('git', ['log', '-1', '--format=%h'], { cwd: REPO_ROOT });
    const { stdout: changes } = await run(
      'git',
      ['status', '--porcelain', '--', 'server/src/identity', 'server/src/cli/dedup.command.ts'],
      { cwd: REPO_ROOT },
    );
    return `refugio dedup at ${commit.trim()}${changes.trim() ? ' with uncommitted changes to the engine' : ''}`;
  } catch {
    return 'refugio dedup (commit unknown)';
  }
}

/** A benchmark that cannot run says why in one message (no stack trace) and exits with 1. */
export async function reportFailure(benchmark: Promise<void>): Promise<void> {
  try {
    await benchmark;
  } catch (error) {
    process.stderr.write(`Error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
