/**
 * `npm run bench -- dedup-quality [--persons 20000] [--profiles dev,haitian-heavy,noisy,extra-continental]`:
 * generates each labelled set, runs `refugio dedup` on it as a child process, and prints precision,
 * recall and F1 at the default threshold and over a sweep of thresholds, with the missed pairs by
 * error type and the false pairs by relation (markdown, for docs/BENCHMARKS.md).
 *
 * The sweep runs the CLI once more with --threshold at the lowest threshold of the sweep and keeps
 * the pairs scoring at least each threshold; it checks that doing so at the default threshold gives
 * exactly the pairs of the default run (it says so when not).
 */
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_THRESHOLD } from '../../../server/src/identity/matching';
import { generateDedupSet, type GeneratedSet } from './generate';
import {
  evaluate,
  falseByRelation,
  missedByError,
  pairKey,
  readLabels,
  readNames,
  readPairs,
  readPeople,
  readTruth,
  relatedPairs,
  type Counts,
  type ErrorBreakdownRow,
  type Relation,
} from './metrics';
import { PROFILES } from './profiles';
import { runDedup, type DedupRun, type Engine } from './run-dedup';
import { describeEngine, describeMachine, fixed, percent, table } from './report';

export interface QualityOptions {
  persons: number;
  profiles: string[];
  seed: string;
  thresholds: number[];
  engine: Engine;
  out: string;
}

export interface ProfileQuality {
  profile: string;
  set: GeneratedSet;
  run: DedupRun;
  atDefault: Counts;
  sweep: { threshold: number; counts: Counts }[];
  /** Pairs of the default run that the low-threshold run filtered at the default threshold lacks, or the reverse. */
  sweepMismatch: number | undefined;
  missed: ErrorBreakdownRow[];
  falsePairs: Map<Relation, number>;
  related: Map<Relation, number>;
  problems: string[];
}

export function qualityOptions(options: Record<string, string | undefined>): QualityOptions {
  const profiles = (options.profiles ?? Object.keys(PROFILES).join(',')).split(',').filter(Boolean);
  for (const profile of profiles)
    if (!PROFILES[profile])
      throw new Error(`unknown profile "${profile}" (known: ${Object.keys(PROFILES).join(', ')})`);
  const thresholds = (options.thresholds ?? '0.5,0.7,0.8,0.9,0.95,0.98,0.99')
    .split(',')
    .filter(Boolean)
    .map(Number);
  if (thresholds.some((t) => !Number.isFinite(t)))
    throw new Error('--thresholds must be numbers, comma-separated');
  const engine = (options.engine ?? 'refugio') as Engine;
  if (engine !== 'refugio' && engine !== 'baseline') throw new Error('--engine must be refugio or baseline');
  const persons = Number(options.persons ?? 20000);
  if (!Number.isInteger(persons) || persons < 2)
    throw new Error('--persons must be a whole number of at least 2');
  return {
    persons,
    profiles,
    seed: options.seed ?? '1',
    thresholds: thresholds.sort((a, b) => a - b),
    engine,
    out: options.out ?? join(tmpdir(), 'refugio-dedup-quality'),
  };
}

async function measureProfile(profile: string, options: QualityOptions): Promise<ProfileQuality> {
  const dir = join(options.out, profile);
  await mkdir(dir, { recursive: true });
  const set = await generateDedupSet({ persons: options.persons, profile, seed: options.seed, out: dir });
  const problems: string[] = [];
  const defaultOutput = join(dir, 'pairs.csv');
  const run = await runDedup({ engine: options.engine, input: set.personsCsv, output: defaultOutput });
  if (run.exitCode !== 0) {
    throw new Error(
      `${options.engine} dedup failed on ${profile} (exit ${run.exitCode}):\n  ${run.messages.slice(-10).join('\n  ')}`,
    );
  }
  const [truth, labels, people, names, pairs] = await Promise.all([
    readTruth(set.truthCsv),
    readLabels(set.labelsCsv),
    readPeople(set.peopleCsv),
    readNames(set.personsCsv),
    readPairs(defaultOutput),
  ]);
  const atDefault = evaluate(truth, pairs);
  const p = atDefault.problems;
  if (p.duplicates) problems.push(`${p.duplicates} pairs listed more than once`);
  if (p.misordered) problems.push(`${p.misordered} pairs with id_a ≥ id_b`);
  if (p.unknownIds) problems.push(`${p.unknownIds} pairs with ids not in the input`);
  if (p.selfPairs) problems.push(`${p.selfPairs} pairs of a record with itself`);

  let sweep: ProfileQuality['sweep'] = [];
  let sweepMismatch: number | undefined;
  const lowest = options.thresholds[0];
  if (lowest !== undefined) {
    const sweepOutput = join(dir, `pairs-${lowest}.csv`);
    const low = await runDedup({
      engine: options.engine,
      input: set.personsCsv,
      output: sweepOutput,
      threshold: lowest,
    });
    if (low.exitCode !== 0) {
      problems.push(
        `the run with --threshold ${lowest} failed (exit ${low.exitCode}): ${low.messages.at(-1) ?? ''}`,
      );
    } else {
      const lowPairs = await readPairs(sweepOutput);
      sweep = options.thresholds.map((threshold) => ({
        threshold,
        counts: evaluate(truth, lowPairs, threshold).counts,
      }));
      if (options.engine === 'refugio' && lowest <= DEFAULT_THRESHOLD) {
        const filtered = evaluate(truth, lowPairs, DEFAULT_THRESHOLD).predictedKeys;
        // Scores are written rounded: a pair written as exactly the threshold may lie just under it.
        const roundedToThreshold = new Set(
          lowPairs
            .filter((p) => Math.abs(p.score - DEFAULT_THRESHOLD) < 1e-4)
            .map((p) => pairKey(p.idA, p.idB)),
        );
        let mismatch = 0;
        for (const key of filtered)
          if (!atDefault.predictedKeys.has(key) && !roundedToThreshold.has(key)) mismatch++;
        for (const key of atDefault.predictedKeys)
          if (!filtered.has(key) && !roundedToThreshold.has(key)) mismatch++;
        sweepMismatch = mismatch;
        if (mismatch)
          problems.push(
            `the sweep is not the default run filtered: ${mismatch} pairs differ at the default threshold ${DEFAULT_THRESHOLD} (does --threshold change more than the cut?)`,
          );
      }
    }
  }
  return {
    profile,
    set,
    run,
    atDefault: atDefault.counts,
    sweep,
    sweepMismatch,
    missed: missedByError(truth, labels, atDefault.predictedKeys),
    falsePairs: falseByRelation(truth, people, names, atDefault.predictedKeys),
    related: relatedPairs(truth, people),
    problems,
  };
}

const RELATIONS: readonly Relation[] = [
  'twins',
  'siblings',
  'father_and_son_same_name',
  'parent_and_child',
  'spouses',
  'namesakes',
  'same_name_unrelated',
  'unrelated',
];

/** The markdown report of a quality run. */
export function qualityReport(
  results: readonly ProfileQuality[],
  options: QualityOptions,
  engine: string,
  machine: string,
): string {
  const lines: string[] = [];
  lines.push(
    `**Engine:** ${engine}. **Sets:** ${options.persons.toLocaleString('en')} people per profile, seed ${options.seed}. **Machine:** ${machine}.`,
    '',
  );
  lines.push(`At the default threshold${options.engine === 'refugio' ? ` (${DEFAULT_THRESHOLD})` : ''}:`, '');
  lines.push(
    table(
      ['profile', 'records', 'true pairs', 'pairs found', 'precision', 'recall', 'F1', 'wall time (CPU)'],
      results.map((r) => [
        r.profile,
        r.set.records.toLocaleString('en'),
        r.set.truePairs.toLocaleString('en'),
        r.atDefault.predicted.toLocaleString('en'),
        `**${fixed(r.atDefault.precision, 4)}**`,
        `**${fixed(r.atDefault.recall, 4)}**`,
        fixed(r.atDefault.f1, 4),
        `${r.run.wallSeconds.toFixed(1)} s` +
          (r.run.userSeconds !== undefined
            ? ` (${(r.run.userSeconds + (r.run.systemSeconds ?? 0)).toFixed(1)} s)`
            : ''),
      ]),
    ),
  );
  if (results.some((r) => r.sweep.length > 0)) {
    lines.push('', 'Threshold sweep (precision / recall):', '');
    lines.push(
      table(
        ['threshold', ...results.map((r) => r.profile)],
        options.thresholds.map((threshold) => [
          String(threshold),
          ...results.map((r) => {
            const c = r.sweep.find((s) => s.threshold === threshold)?.counts;
            return c ? `${fixed(c.precision, 3)} / ${fixed(c.recall, 3)}` : '–';
          }),
        ]),
      ),
    );
  }
  lines.push(
    '',
    'Recall by the error the records carry (true pairs in which either record has it; a pair counts under each of its errors):',
    '',
  );
  const codes = [...new Set(results.flatMap((r) => r.missed.map((m) => m.code)))];
  lines.push(
    table(
      ['error', ...results.map((r) => `${r.profile}: recall (pairs)`)],
      codes.map((code) => [
        code,
        ...results.map((r) => {
          const row = r.missed.find((m) => m.code === code);
          return row ? `${percent(1 - row.missed / row.pairs)} (${row.pairs})` : '–';
        }),
      ]),
    ),
  );
  lines.push(
    '',
    'False pairs by how the two people are related (false / record pairs of that relation in the set):',
    '',
  );
  lines.push(
    table(
      ['relation', ...results.map((r) => r.profile)],
      RELATIONS.map((relation) => [
        relation,
        ...results.map((r) => {
          const found = r.falsePairs.get(relation) ?? 0;
          const total = r.related.get(relation);
          return total !== undefined ? `${found} / ${total}` : String(found);
        }),
      ]),
    ),
  );
  const problems = results.flatMap((r) => r.problems.map((p) => `- ${r.profile}: ${p}`));
  if (problems.length) lines.push('', 'Problems with the output:', '', ...problems);
  const messages = results.flatMap((r) => r.run.messages.slice(-8).map((m) => `    ${r.profile}: ${m}`));
  if (messages.length) lines.push('', 'What the CLI printed (besides its progress bar):', '', ...messages);
  return lines.join('\n') + '\n';
}

/** `npm run bench -- dedup-quality`: precision, recall and F1 of `refugio dedup` on labelled sets. */
export async function dedupQualityBenchmark(raw: Record<string, string | undefined>): Promise<void> {
  const options = qualityOptions(raw);
  const results: ProfileQuality[] = [];
  for (const profile of options.profiles) {
    process.stderr.write(`dedup-quality: ${profile} (${options.persons} people)…\n`);
    results.push(await measureProfile(profile, options));
  }
  const engine =
    options.engine === 'baseline'
      ? 'naive baseline (bench/src/dedup/baseline.ts: equal name, first surname and birth date)'
      : await describeEngine();
  process.stdout.write(qualityReport(results, options, engine, describeMachine()));
}
