import { Command, Option } from 'commander';
import { roles } from '@refugio/contract';
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
  .option('--cases <n>', 'number of demo cases', '36')
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
  .option('--password-stdin', 'read the password from standard input')
  .action(
    (options: {
      email: string;
      name: string;
      role: (typeof roles)[number];
      office?: string;
      passwordStdin?: boolean;
    }) =>
      runCommand(async (config) => (await import('./users-add.command')).usersAddCommand(config, options)),
  );

await program.parseAsync(process.argv);
