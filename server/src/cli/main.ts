import { Command, Option } from 'commander';
import { roles } from '@refugio/contract';
import type { AddDaysOptions, ShowOptions } from './calendar.command';
import { runCommand } from './run-command';

// Commands load their modules (database, web server, PDF) only when run, so `--help` is instant.

const program = new Command()
  .name('refugio')
  .description(
    'Refugio: case management for refugee status determination.\n' +
      'Uses the embedded database in REFUGIO_DATA_DIR (default ./data), or the PostgreSQL server in DATABASE_URL.',
  )
  .showHelpAfterError();

program
  .command('serve')
  .description('Start the web application and API (PORT, default 3000)')
  .action(() => runCommand(async (config) => (await import('./serve.command')).serveCommand(config)));

program
  .command('migrate')
  .description('Bring the database schema to the latest migration')
  .action(() => runCommand(async (config) => (await import('./migrate.command')).migrateCommand(config)));

program
  .command('seed')
  .description('Add data to the database')
  .requiredOption(
    '--demo',
    'demo offices, one user per role and a few dozen cases (only into a system without users)',
  )
  .option('--cases <n>', 'number of demo cases (the demo adds one case marked sensitive)', '36')
  .action((options: { cases: string }) =>
    runCommand(async (config) => (await import('./seed.command')).seedCommand(config, options)),
  );

const users = program.command('users').description('Manage user accounts');
users
  .command('add')
  .description('Create a user; prints a generated password once unless --password-stdin is given')
  .requiredOption('--email <email>', 'e-mail used to sign in')
  .requiredOption('--name <name>', 'full name')
  .addOption(new Option('--role <role>', 'role').choices(roles).makeOptionMandatory())
  .option('--office <code>', 'office code (required for case-working roles)')
  .addOption(
    new Option('--sex <sex>', 'F, M or X (for same-sex interview requests)').choices(['F', 'M', 'X']),
  )
  .option('--password-stdin', 'read the password from standard input')
  .action(
    (options: {
      email: string;
      name: string;
      role: (typeof roles)[number];
      office?: string;
      sex?: string;
      passwordStdin?: boolean;
    }) =>
      runCommand(async (config) => (await import('./users-add.command')).usersAddCommand(config, options)),
  );

const calendar = program
  .command('calendar')
  .description(
    'Working-day calendars and legal time limits of a state (no database needed unless --declared; country defaults to REFUGIO_COUNTRY)',
  );
const calendarChoices = (command: Command) =>
  command
    .option(
      '--country <code>',
      "BLZ, CRI, SLV, GTM, HND, MEX or PAN (default: the deployment's REFUGIO_COUNTRY)",
    )
    .option(
      '--observed',
      'Mexico: also treat as non-working the labour-law observances LFPA art. 28 does not name (Monday holidays, 1 Oct 2024)',
    )
    .option('--candidates', 'also count candidate days (customary closures with no act found, half days)')
    .option(
      '--declared',
      "also count the non-working days the authority declared, read from the deployment's database",
    );
calendarChoices(
  calendar
    .command('add-days')
    .description(
      'Print the last day of a time limit (first line), then the non-working days skipped. Day 1 is the day after --from.',
    )
    .requiredOption('--from <date>', 'start date YYYY-MM-DD (filing, entry or notification)')
    .requiredOption('--days <n>', 'length of the time limit in days')
    .option(
      '--working',
      'count working days (LRPCAP art. 18, LFPA arts. 28 and 38); without it, calendar days',
    )
    .option(
      '--roll-forward',
      'calendar days: a limit ending on a non-working day moves to the next working day (LFPA art. 29)',
    ),
).action((options: AddDaysOptions) =>
  runCommand(async (config) => (await import('./calendar.command')).calendarAddDaysCommand(config, options)),
);
calendarChoices(
  calendar
    .command('show')
    .description('List the non-working weekdays of a year with their legal basis and source')
    .requiredOption('--year <year>', 'calendar year, e.g. 2026'),
).action((options: ShowOptions) =>
  runCommand(async (config) => (await import('./calendar.command')).calendarShowCommand(config, options)),
);

const audit = program.command('audit').description('The audit log');
audit
  .command('verify')
  .description(
    "Check the audit log's hash chain; names the first entry altered, inserted or removed and exits non-zero on any break",
  )
  .option('--page-size <n>', 'links read per query', '5000')
  .action((options: Record<string, unknown>) =>
    runCommand(async (config) =>
      (await import('./audit-verify.command')).auditVerifyCommand(config, options),
    ),
  );

const keys = program.command('keys').description('Encryption keys of sensitive fields and documents');
keys
  .command('rotate')
  .description(
    'Re-wrap every data key under the new master key (REFUGIO_MASTER_KEY or the key file), without downtime',
  )
  .action((options: Record<string, unknown>) =>
    runCommand(async (config) => (await import('./keys-rotate.command')).keysRotateCommand(config, options)),
  );

const retention = program
  .command('retention')
  .description('Retention schedules and disposal of closed files');
retention
  .command('run')
  .description('Dispose of the records whose retention period has ended and that no legal hold keeps')
  .option('--dry-run', 'only list what would be disposed of')
  .action((options: Record<string, unknown>) =>
    runCommand(async (config) =>
      (await import('./retention-run.command')).retentionRunCommand(config, options),
    ),
  );

const documents = program.command('documents').description('The store of encrypted case documents');
documents
  .command('copy')
  .description(
    'Copy the encrypted documents of the disk store into the configured S3 store (REFUGIO_DOCUMENT_STORE=s3)',
  )
  .option('--from <dir>', 'the disk store directory (default <data dir>/documents)')
  .action((options: { from?: string }) =>
    runCommand(async (config) =>
      (await import('../files/copy-documents')).documentsCopyCommand(config, options),
    ),
  );

program
  .command('dedup')
  .description(
    'Find records of the same person: in a CSV file (--input, no database needed) or across the register (--db, fills the review queue)',
  )
  .option(
    '--input <file>',
    'CSV with the header id,given_names,first_surname,second_surname,sex,birth_date,nationality,document_number',
  )
  .option('--output <file>', 'CSV of the pairs judged to be the same person: id_a,id_b,score')
  .option(
    '--threshold <t>',
    'the lowest score of a pair judged the same person (default: the calibrated one)',
  )
  .option('--db', 'compare the people of the register and fill the review queue of the web app')
  .action((options: Record<string, unknown>) =>
    runCommand(async (config) => (await import('./dedup.command')).dedupCommand(config, options)),
  );

await program.parseAsync(process.argv);
