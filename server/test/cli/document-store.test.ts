import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { migratedDataDir, testMasterKey } from '../harness/engines';
import { startS3TestServer, unusedEndpoint, type S3TestServer } from '../harness/s3-test-server';
import { runCli } from './run-cli';

// Each command is a new process on a loaded machine.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 60_000 });

const secret = 'do-not-print-this-secret';

describe('refugio with an S3 document store', () => {
  let s3: S3TestServer;
  const emptyDir = mkdtempSync(join(tmpdir(), 'refugio-s3-cli-'));
  const dataDir = migratedDataDir('refugio-s3-cli-migrated-');
  beforeAll(async () => {
    s3 = await startS3TestServer();
  });
  afterAll(async () => {
    rmSync(emptyDir, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
    await s3?.close();
  });
  const s3Env = (endpoint: string) => ({
    REFUGIO_DOCUMENT_STORE: 's3',
    REFUGIO_S3_ENDPOINT: endpoint,
    REFUGIO_S3_REGION: 'us-east-1',
    REFUGIO_S3_BUCKET: s3.bucket,
    REFUGIO_S3_PREFIX: 'refugio',
    REFUGIO_S3_ACCESS_KEY_ID: 'S3RVER',
    REFUGIO_S3_SECRET_ACCESS_KEY: 'S3RVER',
    REFUGIO_S3_FORCE_PATH_STYLE: '1',
    REFUGIO_MASTER_KEY: testMasterKey(),
  });

  it('`serve` refuses to start when nothing answers at the S3 endpoint, before touching the database', async () => {
    const endpoint = await unusedEndpoint();
    const result = await runCli(['serve'], {
      ...s3Env(endpoint),
      REFUGIO_S3_SECRET_ACCESS_KEY: secret,
      REFUGIO_DATA_DIR: emptyDir,
      PORT: '1',
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `Error: Cannot use the S3 document store (bucket "${s3.bucket}", prefix "refugio/" at ${endpoint}): S3 ListObjectsV2 failed: the store could not be reached (ECONNREFUSED)`,
    );
    expect(result.stdout + result.stderr).not.toContain(secret);
    expect(readdirSync(emptyDir)).toEqual([]);
  });

  it('`serve` refuses to start on incomplete S3 settings, naming the missing one', async () => {
    const result = await runCli(['serve'], {
      ...s3Env(s3.endpoint),
      REFUGIO_S3_BUCKET: '',
      REFUGIO_DATA_DIR: emptyDir,
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'Error: REFUGIO_S3_BUCKET must be set when REFUGIO_DOCUMENT_STORE is "s3"',
    );
  });

  it('`retention run` refuses to dispose of anything when the S3 store cannot be reached', async () => {
    const endpoint = await unusedEndpoint();
    const result = await runCli(['retention', 'run'], { ...s3Env(endpoint), REFUGIO_DATA_DIR: dataDir });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`Cannot use the S3 document store (bucket "${s3.bucket}"`);
    expect(result.stderr).not.toMatch(/Disposed of/);
  });

  it('`serve` starts on a reachable bucket and says where documents are kept', async () => {
    const port = new URL(await unusedEndpoint()).port;
    const bin = fileURLToPath(new URL('../../bin/refugio.js', import.meta.url));
    const inherited = { ...process.env };
    delete inherited.DATABASE_URL;
    const child = spawn(process.execPath, [bin, 'serve'], {
      env: {
        ...inherited,
        ...s3Env(s3.endpoint),
        REFUGIO_DEMO: '0',
        REFUGIO_DATA_DIR: dataDir,
        PORT: port,
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
      },
    });
    let stderr = '';
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    try {
      await new Promise<void>((resolve, reject) => {
        child.stderr.on('data', (chunk: Buffer) => {
          stderr += chunk.toString();
          if (stderr.includes('Documents:')) resolve();
        });
        void exited.then((code) => reject(new Error(`serve stopped (${code}): ${stderr}`)));
      });
      expect(stderr).toContain(
        `Documents: encrypted objects in the S3 bucket "${s3.bucket}" under "refugio/"`,
      );
      const health = await fetch(`http://127.0.0.1:${port}/api/health`);
      expect(health.status).toBe(200);
      // The start probe cleaned up after itself.
      expect((await s3.objects()).filter((o) => o.name.startsWith('refugio/'))).toEqual([]);
    } finally {
      child.kill('SIGTERM');
      await exited;
    }
  });
});
