import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it, vi } from 'vitest';
import { openDatabase } from '../../src/db/database';
import { migrations } from '../../src/db/migrations';
import { adminQuery, postgresUrl } from '../harness/templates';
import { runCli } from './run-cli';
import type {} from '../harness/provided';

// Each command is a new process that opens the embedded database: allow for a loaded machine.
vi.setConfig({ testTimeout: 90_000 });

const dataDir = mkdtempSync(join(tmpdir(), 'refugio-cli-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
const embedded = { REFUGIO_DATA_DIR: dataDir };

describe('the refugio command on a fresh embedded data directory', () => {
  it('prints help for every command', async () => {
    for (const args of [
      ['--help'],
      ['serve', '--help'],
      ['migrate', '--help'],
      ['seed', '--help'],
      ['users', 'add', '--help'],
    ]) {
      const result = await runCli(args, embedded);
      expect(result.code, args.join(' ')).toBe(0);
      expect(result.stdout).toMatch(/Usage: refugio/);
    }
  });

  it('migrates, then says the schema is up to date', async () => {
    const first = await runCli(['migrate'], embedded);
    expect(first.code).toBe(0);
    expect(first.stderr).toContain(`Applied ${Object.keys(migrations).length} migration`);
    const second = await runCli(['migrate'], embedded);
    expect(second.stderr).toMatch(/up to date/);
  });

  it('adds an administrator with a password from standard input, and refuses a duplicate', async () => {
    const args = [
      'users',
      'add',
      '--email',
      'Ana@Comar.gob.mx',
      '--name',
      'Ana Pérez Núñez',
      '--role',
      'administrator',
      '--password-stdin',
    ];
    const added = await runCli(args, embedded, 'una-contraseña-larga\n');
    expect(added.stderr).toContain('Created administrator ana@comar.gob.mx');
    expect(added.code).toBe(0);
    expect(added.stdout).not.toContain('una-contraseña-larga');
    const again = await runCli(args, embedded, 'una-contraseña-larga\n');
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/exists already/);
  });

  it('prints a generated password once when none is given', async () => {
    const result = await runCli(
      ['users', 'add', '--email', 'aud@comar.gob.mx', '--name', 'Audit', '--role', 'auditor'],
      embedded,
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Password \(shown once\): \S{20,}\n$/);
  });

  it('names the field when input is bad', async () => {
    const noOffice = await runCli(
      ['users', 'add', '--email', 'x@y.mx', '--name', 'X', '--role', 'registration_officer'],
      embedded,
    );
    expect(noOffice.code).toBe(1);
    expect(noOffice.stderr).toMatch(/office: The role registration_officer needs an office/);
    const shortPassword = await runCli(
      ['users', 'add', '--email', 'z@y.mx', '--name', 'Z', '--role', 'auditor', '--password-stdin'],
      embedded,
      'corta',
    );
    expect(shortPassword.stderr).toMatch(/password: At least 12 characters/);
    const badRole = await runCli(
      ['users', 'add', '--email', 'x@y.mx', '--name', 'X', '--role', 'king'],
      embedded,
    );
    expect(badRole.code).not.toBe(0);
    expect(badRole.stderr).toMatch(/Allowed choices are registration_officer/);
  });

  it('refuses demo data in a system that has users', async () => {
    const result = await runCli(['seed', '--demo', '--cases', '1'], embedded);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/already has users/);
  });
});

describe.skipIf(!inject('refugioTestEnvironment').postgres)(
  'the refugio command on a PostgreSQL server',
  () => {
    const pg = inject('refugioTestEnvironment').postgres!;
    const name = `refugio_cli_${process.pid}`;
    const url = postgresUrl(pg, name);
    // A PostgreSQL deployment needs its master key for any command that reads or writes case data.
    const key = { REFUGIO_MASTER_KEY: Buffer.alloc(32, 7).toString('base64') };
    afterAll(() => adminQuery(pg, `drop database if exists ${name}`));

    it('refuses an outdated schema and names the migrate command, then works after it', async () => {
      await adminQuery(pg, `create database ${name}`);
      const refused = await runCli(['seed', '--demo', '--cases', '2'], { DATABASE_URL: url, ...key });
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain('npx refugio migrate');

      expect((await runCli(['migrate'], { DATABASE_URL: url })).code).toBe(0);
      const seeded = await runCli(['seed', '--demo', '--cases', '2'], { DATABASE_URL: url, ...key });
      // The full demo adds its sensitive case and the identity demo's two registrations of one person
      // to the cases asked for.
      expect(seeded.stderr).toMatch(/Added 4 offices, 8 users and 5 cases/);
      expect(seeded.code).toBe(0);

      const database = await openDatabase({ url });
      const cases = await database.db.selectFrom('cases').select('case_number').execute();
      await database.close();
      expect(cases).toHaveLength(5);
    });
  },
);
