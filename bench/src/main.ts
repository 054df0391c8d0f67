/**
 * `npm run bench -- NAME [options]`: runs one benchmark and prints its figures. Record what you
 * measured, with the machine and date, in docs/BENCHMARKS.md.
 */
import { Command } from 'commander';
import { registrationBenchmark } from './registration.bench';

const program = new Command().name('npm run bench --').description('Refugio benchmarks').showHelpAfterError();

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

await program.parseAsync(process.argv);
