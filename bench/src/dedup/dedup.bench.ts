/**
 * `npm run bench -- dedup [--persons 1000000] [--profile dev] [--seed 1] [--threshold T]`: generates
 * a labelled set (not timed; kept and reused for the same parameters), then runs
 * `refugio dedup --input persons.csv --output pairs.csv` as a child process and measures wall time,
 * CPU time and peak resident memory. Issue 6's target: a million people in ≤ 60 s and < 2 GB on the
 * 2-core machine.
 */
import { createReadStream } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GENERATOR_VERSION, generateDedupSet, type GeneratedSet } from './generate';
import { describeEngine, describeMachine, table } from './report';
import { runDedup, type Engine } from './run-dedup';

export const TARGET_SECONDS = 60;
export const TARGET_BYTES = 2 * 2 ** 30;

/** Lines of a file minus its header: the pairs a run wrote. */
async function countRows(path: string): Promise<number> {
  let lines = 0;
  for await (const chunk of createReadStream(path)) {
    const bytes = chunk as Buffer;
    for (let i = bytes.indexOf(10); i !== -1; i = bytes.indexOf(10, i + 1)) lines++;
  }
  return Math.max(0, lines - 1);
}

/** The set for these parameters: reused when the directory holds one made with them. */
async function setFor(options: {
  persons: number;
  profile: string;
  seed: string;
  out: string;
}): Promise<GeneratedSet> {
  const marker = join(options.out, 'set.json');
  const wanted = {
    persons: options.persons,
    profile: options.profile,
    seed: options.seed,
    version: GENERATOR_VERSION,
  };
  try {
    const saved = JSON.parse(await readFile(marker, 'utf8')) as {
      parameters: typeof wanted;
      set: GeneratedSet;
    };
    if (JSON.stringify(saved.parameters) === JSON.stringify(wanted)) {
      process.stderr.write(`dedup: reusing the set in ${options.out}\n`);
      return saved.set;
    }
  } catch {
    // No set yet, or an unreadable marker: generate.
  }
  process.stderr.write(
    `dedup: generating ${options.persons} people (profile ${options.profile}, not timed)…\n`,
  );
  const started = performance.now();
  const set = await generateDedupSet({ ...options });
  process.stderr.write(
    `dedup: ${set.records} records in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
  );
  await writeFile(marker, JSON.stringify({ parameters: wanted, set }));
  return set;
}

const gb = (bytes: number | undefined) => (bytes === undefined ? '–' : `${(bytes / 2 ** 30).toFixed(2)} GiB`);

/** `npm run bench -- dedup`: persons through `refugio dedup --input`, time and peak memory. */
export async function dedupBenchmark(raw: Record<string, string | undefined>): Promise<void> {
  const persons = Number(raw.persons ?? 1_000_000);
  if (!Number.isInteger(persons) || persons < 1) throw new Error('--persons must be a positive whole number');
  const engine = (raw.engine ?? 'refugio') as Engine;
  if (engine !== 'refugio' && engine !== 'baseline') throw new Error('--engine must be refugio or baseline');
  const threshold = raw.threshold === undefined ? undefined : Number(raw.threshold);
  if (threshold !== undefined && !Number.isFinite(threshold)) throw new Error('--threshold must be a number');
  const profile = raw.profile ?? 'dev';
  const seed = raw.seed ?? '1';
  const out = raw.out ?? join(tmpdir(), `refugio-dedup-speed-${profile}-${persons}-${seed}`);
  const set = await setFor({ persons, profile, seed, out });
  const output = join(out, 'pairs.csv');
  process.stderr.write(`dedup: running ${engine} dedup on ${set.records} records…\n`);
  const run = await runDedup({ engine, input: set.personsCsv, output, threshold });
  if (run.exitCode !== 0) {
    throw new Error(
      `${engine} dedup failed (exit ${run.exitCode}):\n  ${run.messages.slice(-10).join('\n  ')}`,
    );
  }
  const pairs = await countRows(output);
  const cpu =
    run.userSeconds !== undefined ? `${(run.userSeconds + (run.systemSeconds ?? 0)).toFixed(1)} s` : '–';
  const meets =
    run.wallSeconds <= TARGET_SECONDS && run.peakRssBytes !== undefined && run.peakRssBytes < TARGET_BYTES;
  const engineName = engine === 'baseline' ? 'naive baseline' : await describeEngine();
  const lines = [
    `**Engine:** ${engineName}. **Machine:** ${describeMachine()}.`,
    '',
    table(
      [
        'people',
        'records',
        'profile',
        'wall time',
        'CPU time (user + system)',
        'peak RSS (time -v)',
        'peak RSS of the process tree (sampled)',
        'pairs written',
        `target ≤ ${TARGET_SECONDS} s, < 2 GiB`,
      ],
      [
        [
          persons.toLocaleString('en'),
          set.records.toLocaleString('en'),
          profile,
          `**${run.wallSeconds.toFixed(1)} s**`,
          cpu,
          `**${gb(run.peakRssBytes)}**`,
          gb(run.sampledTreePeakBytes),
          pairs.toLocaleString('en'),
          meets ? 'met' : 'not met',
        ],
      ],
    ),
  ];
  if (run.messages.length) {
    lines.push('', 'What the CLI printed on stderr (phase timings), besides its progress bar:', '');
    lines.push(...run.messages.slice(-20).map((m) => `    ${m}`));
  }
  process.stdout.write(lines.join('\n') + '\n');
}
