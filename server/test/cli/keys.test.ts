import { randomBytes } from 'node:crypto';
import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../src/db/database';
import { registerApplication } from '../../src/cases/case.service';
import { jurisdictionOf } from '../../src/countries/jurisdiction';
import { openField, sealField } from '../../src/crypto/case-cipher';
import { fingerprintOf, parseKeyFile, type Keyring } from '../../src/crypto/master-key';
import { installKeyring, processKeyring } from '../../src/crypto/process-keyring';
import { openUserSecret } from '../../src/crypto/user-secret';
import { saveUnconfirmedMfa } from '../../src/auth/mfa.repository';
import { createActor, createOffice } from '../fixtures/actors';
import { familyOfThree } from '../fixtures/applications';
import { migratedDataDir } from '../harness/engines';
import { runCli } from './run-cli';

// Each command is a new process that opens the embedded database: allow for a loaded machine.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

const dirs: string[] = [];
// Migrated already (the run's template): what is tested is the key, not the first initdb.
const tempDir = (prefix: string) => {
  const dir = migratedDataDir(prefix);
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const addUser = (env: Record<string, string>, email = `u${randomBytes(4).toString('hex')}@x.mx`) =>
  runCli(['users', 'add', '--email', email, '--name', 'Auditora', '--role', 'auditor'], env);
const place = { table: 'interview_turns', column: 'text', rowId: 'cli-test' };
const noStack = (stderr: string) => expect(stderr).not.toMatch(/\n\s+at /);

const totpSecret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

/**
 * Registers a case (its contact details sealed), seals one more field of it and enrols its registrar
 * in MFA (the TOTP secret sealed under the master key), in the embedded database of `dataDir`, in this
 * process, with `keyring` as the process keyring meanwhile (as the CLI would hold it).
 */
async function sealOneField(dataDir: string, keyring: Keyring) {
  const database = await openDatabase({ dataDir });
  const testKeyring = processKeyring();
  installKeyring(keyring);
  try {
    const office = await createOffice(database.db, `K${randomBytes(2).toString('hex').toUpperCase()}`);
    const registrar = await createActor(database.db, 'registration_officer', office);
    const kase = await registerApplication(
      database.db,
      registrar,
      familyOfThree(),
      jurisdictionOf('MEX'),
      new Date('2026-11-12T16:00:00Z'),
    );
    await saveUnconfirmedMfa(database.db, registrar.id, totpSecret, new Date('2026-11-12T16:00:00Z'));
    return {
      caseId: kase.id,
      userId: registrar.id,
      sealed: await sealField(database.db, keyring, kase.id, place, 'Relato del solicitante'),
    };
  } finally {
    installKeyring(testKeyring);
    await database.close();
  }
}

describe('the master key of the embedded database', () => {
  const dataDir = tempDir('refugio-keys-');
  const env = { REFUGIO_DATA_DIR: dataDir };

  it('is generated on the first start (mode 0600), said once on stderr, and reused afterwards', async () => {
    const first = await addUser(env);
    expect(first.code).toBe(0);
    const keyFile = join(dataDir, 'master.key');
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    const ring = parseKeyFile(readFileSync(keyFile, 'utf8'), keyFile);
    expect(first.stderr).toContain(`Generated a master key (${ring.current.id}) in ${keyFile}`);
    const second = await addUser(env);
    expect(second.code).toBe(0);
    expect(second.stderr).not.toContain('Generated a master key');
  });

  it('stops clearly when encrypted data exists and the key file is gone, and never makes a new key then', async () => {
    const keyFile = join(dataDir, 'master.key');
    const text = readFileSync(keyFile, 'utf8');
    const ring = parseKeyFile(text, keyFile);
    await sealOneField(dataDir, ring);
    rmSync(keyFile);
    const refused = await addUser(env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`data keys wrapped under master key ${ring.current.id}`);
    expect(refused.stderr).toMatch(/REFUGIO_MASTER_KEY_FILE/);
    noStack(refused.stderr);
    expect(() => statSync(keyFile)).toThrow();
    writeFileSync(keyFile, text, { mode: 0o600 });
    expect((await addUser(env)).code).toBe(0);
  });
});

describe('a master key that cannot be used', () => {
  it('refuses a key of the wrong length or format, naming the variable and never printing the value', async () => {
    const dataDir = tempDir('refugio-keys-bad-');
    const short = randomBytes(16).toString('base64');
    const result = await addUser({ REFUGIO_DATA_DIR: dataDir, REFUGIO_MASTER_KEY: short });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/REFUGIO_MASTER_KEY holds 16 bytes/);
    expect(result.stderr).not.toContain(short);
    noStack(result.stderr);
    const file = join(dataDir, 'keys');
    writeFileSync(file, `${randomBytes(32).toString('base64')}\nnot-base64!\n`);
    const badFile = await addUser({ REFUGIO_DATA_DIR: dataDir, REFUGIO_MASTER_KEY_FILE: file });
    expect(badFile.code).toBe(1);
    expect(badFile.stderr).toMatch(/REFUGIO_MASTER_KEY_FILE \(.*\) line 2 is not base64/);
    const missing = await addUser({
      REFUGIO_DATA_DIR: dataDir,
      REFUGIO_MASTER_KEY_FILE: join(dataDir, 'none'),
    });
    expect(missing.stderr).toMatch(/REFUGIO_MASTER_KEY_FILE names .* which cannot be read \(ENOENT\)/);
  });

  it('requires a key on a PostgreSQL server, before connecting', async () => {
    const result = await addUser({ DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /A PostgreSQL server \(DATABASE_URL\) needs a master key: set REFUGIO_MASTER_KEY/,
    );
    noStack(result.stderr);
  });
});

describe('refugio keys rotate', () => {
  const dataDir = tempDir('refugio-rotate-');
  const oldKey = randomBytes(32).toString('base64');
  const newKey = randomBytes(32).toString('base64');
  const keyFile = join(dataDir, 'keys');
  let sealed: { caseId: string; userId: string; sealed: Buffer };

  beforeAll(async () => {
    writeFileSync(keyFile, `${oldKey}\n`, { mode: 0o600 });
    expect((await addUser({ REFUGIO_DATA_DIR: dataDir, REFUGIO_MASTER_KEY_FILE: keyFile })).code).toBe(0);
    sealed = await sealOneField(dataDir, parseKeyFile(`${oldKey}\n`, 'old'));
  });

  it('re-wraps under the new key, says the old one can go; then only the new key opens the data', async () => {
    const oldId = fingerprintOf(Buffer.from(oldKey, 'base64'));
    const newId = fingerprintOf(Buffer.from(newKey, 'base64'));
    writeFileSync(keyFile, `${newKey}\n${oldKey}\n`);
    const rotated = await runCli(['keys', 'rotate'], {
      REFUGIO_DATA_DIR: dataDir,
      REFUGIO_MASTER_KEY_FILE: keyFile,
    });
    expect(rotated.stderr).toContain(`Current master key: ${newId}`);
    expect(rotated.stderr).toMatch(/Re-wrapping data keys .* 1\/1/);
    expect(rotated.stderr).toContain(`Re-wrapped 1 data key(s) under ${newId}.`);
    expect(rotated.stderr).toContain(`Re-sealed 1 TOTP secret(s) under ${newId}.`);
    expect(rotated.stderr).toContain(`No data key is left under an old key: ${oldId} can now be removed`);
    expect(rotated.code).toBe(0);

    const again = await runCli(['keys', 'rotate'], {
      REFUGIO_DATA_DIR: dataDir,
      REFUGIO_MASTER_KEY_FILE: keyFile,
    });
    expect(again.stderr).toContain('Re-wrapped 0 data key(s)');
    expect(again.stderr).toContain('Re-sealed 0 TOTP secret(s)');
    expect(again.code).toBe(0);

    const onlyNew = await addUser({ REFUGIO_DATA_DIR: dataDir, REFUGIO_MASTER_KEY: newKey });
    expect(onlyNew.code).toBe(0);
    const onlyOld = await addUser({ REFUGIO_DATA_DIR: dataDir, REFUGIO_MASTER_KEY: oldKey });
    expect(onlyOld.code).toBe(1);
    expect(onlyOld.stderr).toContain(`2 data key(s) or secret(s) are wrapped under master key ${newId}`);
    noStack(onlyOld.stderr);

    const database = await openDatabase({ dataDir });
    try {
      const ring = parseKeyFile(`${newKey}\n`, 'new');
      expect(await openField(database.db, ring, sealed.caseId, place, sealed.sealed)).toBe(
        'Relato del solicitante',
      );
      const mfa = await database.db
        .selectFrom('user_mfa')
        .select(['totp_secret', 'totp_key_id'])
        .where('user_id', '=', sealed.userId)
        .executeTakeFirstOrThrow();
      expect(mfa.totp_key_id).toBe(newId);
      expect(mfa.totp_secret.toString('latin1')).not.toContain(totpSecret);
      expect(openUserSecret(ring, 'totp', sealed.userId, mfa.totp_key_id, mfa.totp_secret)).toBe(totpSecret);
      const audit = await database.db
        .selectFrom('audit_log')
        .select('action')
        .where('action', '=', 'keys.rotated')
        .execute();
      expect(audit).toHaveLength(2);
    } finally {
      await database.close();
    }
  });
});
