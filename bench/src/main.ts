/**
 * `npm run bench -- NAME [options]`: runs one benchmark and prints its figures. Record what you
 * measured, with the machine and date, in docs/BENCHMARKS.md.
 */
import { Command } from 'commander';
import { DEFAULT_WORKERS } from '../../server/src/deadlines/recomputation.service';
import { deadlinesBenchmark } from './deadlines.bench';
import { lettersBenchmark } from './letters.bench';
import { registrationBenchmark } from './registration.bench';
import { benchKeyring, sealedFieldsBenchmark } from './sealed-fields.bench';
import { installKeyring } from '../../server/src/crypto/process-keyring';
import { dedupBenchmark } from './dedup/dedup.bench';
import { dedupQualityBenchmark } from './dedup/dedup-quality.bench';
import { dedupDataCommand } from './dedup/generate';
import { reportFailure } from './dedup/report';
import { identitySearchBenchmark } from './identity-search.bench';

// Registration and every read of a case seal and open fields: a bench process holds a master key of
// its own, as a server installs its checked keyring at start.
installKeyring(benchKeyring());

const program = new Command().name('npm run bench --').description('Refugio benchmarks').showHelpAfterError();

program
  .command('sealed-fields')
  .description('Time the data-key lookup and unwrap of a field reader against opening fields and whole reads')
  .option('--iterations <n>', 'timed runs of each measure', '1000')
  .option('--fields <n>', 'sealed fields of one case to open', '1000')
  .option('--engine <engine>', 'pglite, postgresql or both', 'pglite')
  .action(async (options: Record<string, string>) => {
    await sealedFieldsBenchmark({
      iterations: Number(options.iterations),
      fields: Number(options.fields),
      engines:
        options.engine === 'both' ? ['pglite', 'postgresql'] : [options.engine as 'pglite' | 'postgresql'],
    });
  });

program
  .command('dedup-data')
  .description(
    'Write a labelled set for identity resolution: persons.csv (refugio dedup input), truth.csv, labels',
  )
  .option(
    '--persons <n>',
    'people to generate (records are more: some people register 2 to 4 times)',
    '20000',
  )
  .option(
    '--profile <name>',
    'dev, haitian-heavy, noisy or extra-continental (see bench/src/dedup/profiles.ts)',
    'dev',
  )
  .option('--seed <seed>', 'the same seed gives the same files', '1')
  .option('--out <dir>', 'directory to write the files to', 'data/dedup')
  .action(async (options: { persons: string; profile: string; seed: string; out: string }) =>
    reportFailure(dedupDataCommand(options)),
  );

program
  .command('dedup')
  .description('Run persons through `refugio dedup --input`: wall time and peak memory')
  .option('--persons <n>', 'people to generate (not timed; the set is kept and reused)', '1000000')
  .option('--profile <name>', 'profile of the set', 'dev')
  .option('--seed <seed>', 'seed of the set', '1')
  .option('--threshold <t>', "passed to refugio dedup (default: the CLI's own)")
  .option('--engine <engine>', 'refugio (the CLI) or baseline (naive equality)', 'refugio')
  .option(
    '--out <dir>',
    'where the set and the pairs are written (default: a folder in the temporary directory)',
  )
  .action(async (options: Record<string, string | undefined>) => reportFailure(dedupBenchmark(options)));

program
  .command('dedup-quality')
  .description('Precision, recall and F1 of `refugio dedup` on labelled sets of differently shaped data')
  .option('--persons <n>', 'people per labelled set', '20000')
  .option('--profiles <list>', 'profiles, comma-separated', 'dev,haitian-heavy,noisy,extra-continental')
  .option('--seed <seed>', 'seed of the sets', '1')
  .option('--thresholds <list>', 'thresholds of the sweep, comma-separated', '0.5,0.7,0.8,0.9,0.95,0.98,0.99')
  .option('--engine <engine>', 'refugio (the CLI) or baseline (naive equality, for comparison)', 'refugio')
  .option(
    '--out <dir>',
    'where the sets and pairs are written (default: a folder in the temporary directory)',
  )
  .action(async (options: Record<string, string | undefined>) =>
    reportFailure(dedupQualityBenchmark(options)),
  );

program
  .command('identity-search')
  .description('Registration-time candidate search over a large register on PostgreSQL: p50/p95')
  .allowUnknownOption()
  .action(async (options: Record<string, string>) => identitySearchBenchmark(options));

program
  .command('registration')
  .description('Register synthetic families through the service layer on each engine')
  .option('--families <n>', 'families to register per engine', '2000')
  .option('--size <n>', 'people per family', '3')
  .option('--concurrency <n>', 'registrations in flight at once (PostgreSQL; PGlite is one connection)', '8')
  .option('--offices <n>', 'offices the registrations are spread over', '4')
  .option('--engine <engine>', 'pglite, postgresql or both', 'both')
  .action(async (options: Record<string, string>) => {
    await registrationBenchmark({
      families: Number(options.families),
      size: Number(options.size),
      concurrency: Number(options.concurrency),
      offices: Number(options.offices),
      engines:
        options.engine === 'both' ? ['pglite', 'postgresql'] : [options.engine as 'pglite' | 'postgresql'],
    });
  });

program
  .command('deadlines')
  .description('Declare a non-working day over many open cases on PostgreSQL and recompute every deadline')
  .option('--cases <n>', 'open cases to generate', '200000')
  .option('--offices <n>', 'offices the cases are spread over', '8')
  .option('--months <n>', 'applications are spread over this many months before today', '9')
  .option('--batch-sizes <list>', 'batch sizes to compare, comma-separated', '500,1000,2000,5000')
  .option(
    '--workers <n>',
    'batches run at once in the runs of each batch size (the service runs use its default)',
    String(DEFAULT_WORKERS),
  )
  .option('--date <YYYY-MM-DD>', 'day to declare non-working (default: the working day in the most counts)')
  .option('--today <YYYY-MM-DD>', "the dataset's today (default: today in Mexico City)")
  .option('--probe-interval <ms>', 'pause between two requests of each probe', '100')
  .option(
    '--writes <cases>',
    'interviews scheduled on random cases, on the batches in flight (targeted) or none',
    'random',
  )
  .action(async (options: Record<string, string | undefined>) => {
    await deadlinesBenchmark({
      cases: Number(options.cases),
      offices: Number(options.offices),
      months: Number(options.months),
      batchSizes: String(options.batchSizes).split(',').filter(Boolean).map(Number),
      workers: Number(options.workers),
      date: options.date,
      today: options.today,
      probeInterval: Number(options.probeInterval),
      writes: options.writes as 'random' | 'targeted' | 'none',
    });
  });

program
  .command('letters')
  .description('Render decision letters from the MEX refusal model one after another, as the server does')
  .option('--letters <n>', 'letters to measure', '20')
  .option('--warmup <n>', 'letters rendered first and left out of the figures', '2')
  .action(async (options: Record<string, string>) => {
    await lettersBenchmark({ letters: Number(options.letters), warmup: Number(options.warmup) });
  });

await program.parseAsync(process.argv);
