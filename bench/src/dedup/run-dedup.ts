/**
 * Runs `refugio dedup --input … --output …` as a child process, as an operator would, and measures
 * it: wall time, CPU time and peak resident memory (through /usr/bin/time -v where it exists, else
 * by reading VmHWM from /proc while it runs).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

export const REPO_ROOT = join(import.meta.dirname, '..', '..', '..');
const TIME = '/usr/bin/time';

/** Which program finds the pairs: the real CLI, or the naive baseline kept here for comparison. */
export type Engine = 'refugio' | 'baseline';

export interface DedupRun {
  exitCode: number;
  wallSeconds: number;
  userSeconds: number | undefined;
  systemSeconds: number | undefined;
  /** Peak resident set size of the process (the largest one, if it starts others), in bytes. */
  peakRssBytes: number | undefined;
  /** Peak of the summed resident memory of the process and its descendants, sampled every 100 ms. */
  sampledTreePeakBytes: number | undefined;
  /** What the CLI printed on stderr besides its progress bar (phase timings, warnings). */
  messages: string[];
}

function commandOf(engine: Engine): string[] {
  switch (engine) {
    case 'refugio':
      return [process.execPath, join(REPO_ROOT, 'server', 'bin', 'refugio.js'), 'dedup'];
    case 'baseline':
      return [process.execPath, '--import', 'tsx', join(REPO_ROOT, 'bench', 'src', 'dedup', 'baseline.ts')];
  }
}

/** Lines of a progress bar (redrawn with \r, drawn with block characters) are not messages. */
const isProgress = (line: string) => /[█░▓▒■□]|\[[=#\-> ]{5,}\]|\d+%/.test(line);

/** Terminal colour and cursor sequences a progress bar writes. */
const ANSI_ESCAPE = new RegExp(`${String.fromCharCode(27)}\\[[0-9;?]*[A-Za-z]`, 'g');

const TIME_FIELDS = {
  user: /User time \(seconds\): ([\d.]+)/,
  system: /System time \(seconds\): ([\d.]+)/,
  rss: /Maximum resident set size \(kbytes\): (\d+)/,
};

async function readOr<T>(path: string, parse: (text: string) => T, fallback: T): Promise<T> {
  try {
    return parse(await readFile(path, 'utf8'));
  } catch {
    return fallback; // the process ended meanwhile
  }
}

/** Resident memory of a process and all its descendants now (VmRSS from /proc), in bytes. */
export async function treeRss(pid: number): Promise<number> {
  const rss = await readOr(
    `/proc/${pid}/status`,
    (text) => Number(/VmRSS:\s+(\d+) kB/.exec(text)?.[1] ?? 0) * 1024,
    0,
  );
  const children = await readOr(
    `/proc/${pid}/task/${pid}/children`,
    (text) => text.split(/\s+/).filter(Boolean).map(Number),
    [] as number[],
  );
  const below = await Promise.all(children.map(treeRss));
  return rss + below.reduce((a, b) => a + b, 0);
}

export async function runDedup(options: {
  engine: Engine;
  input: string;
  output: string;
  threshold?: number | undefined;
}): Promise<DedupRun> {
  const args = [...commandOf(options.engine), '--input', options.input, '--output', options.output];
  if (options.threshold !== undefined) args.push('--threshold', String(options.threshold));
  const timed = existsSync(TIME);
  const [program, ...rest] = timed ? [TIME, '-v', ...args] : args;
  const started = performance.now();
  const child = spawn(program!, rest, { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => {
    stderr += chunk;
    // A progress bar redraws many times: keep the tail only.
    if (stderr.length > 1 << 20) stderr = stderr.slice(-(1 << 19));
  });
  // Sampled too: /usr/bin/time reports the largest single process, this the whole tree (workers
  // in other processes included), every 100 ms.
  let treePeak = 0;
  let sampling = Promise.resolve();
  const poll = setInterval(() => {
    sampling = sampling.then(async () => {
      treePeak = Math.max(treePeak, await treeRss(child.pid!));
    });
  }, 100);
  const exitCode = await new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
  const wallSeconds = (performance.now() - started) / 1000;
  clearInterval(poll);
  await sampling;
  const field = (pattern: RegExp) => {
    const match = pattern.exec(stderr);
    return match ? Number(match[1]) : undefined;
  };
  const rssKb = timed ? field(TIME_FIELDS.rss) : undefined;
  const timeReportAt = timed ? stderr.lastIndexOf('\tCommand being timed:') : -1;
  const own = timeReportAt >= 0 ? stderr.slice(0, timeReportAt) : stderr;
  const messages = own
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(ANSI_ESCAPE, '').trim())
    .filter((line) => line && !isProgress(line) && !line.startsWith('Command exited with non-zero status'));
  return {
    exitCode,
    wallSeconds,
    userSeconds: timed ? field(TIME_FIELDS.user) : undefined,
    systemSeconds: timed ? field(TIME_FIELDS.system) : undefined,
    peakRssBytes: rssKb !== undefined ? rssKb * 1024 : treePeak || undefined,
    sampledTreePeakBytes: treePeak || undefined,
    messages,
  };
}
