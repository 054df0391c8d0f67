import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import {
  availableEngines,
  openSeededDatabase,
  testMasterKey,
  type Engine,
  type TestDatabase,
} from '../../../server/test/harness/engines';
import { jurisdictionOf } from '../../../server/src/countries/jurisdiction';
import { seedDemo } from '../../../server/src/demo/demo-seed';
import { cleanUpOnExit } from '../../../server/test/harness/exit-guard';
import { freePort } from '../../../server/test/harness/free-port';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const bin = join(repoRoot, 'server/bin/refugio.js');

/** Starting means tsx compiling the server and seeding the demo cases: slow on a busy 2-core machine. */
const STARTUP_TIMEOUT_MS = 100_000;

export interface RunningRefugio {
  baseUrl: string;
  engine: Engine;
  /** What the server printed so far (the last few KB), for failure messages. */
  output(): string;
  stop(): Promise<void>;
}

// The test run's own settings must not reach the server under test: it gets exactly what an operator sets.
function inheritedEnvironment(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => !name.startsWith('REFUGIO_') && !['DATABASE_URL', 'PORT', 'HOST'].includes(name),
    ),
  );
}

/**
 * The instant the server's procedure clock starts at (REFUGIO_CLOCK_START): Friday 27/11/2026, 10:00 in
 * Mexico City. Every journey's dates are counted from it, so they hold whatever day the tests run.
 */
export const CLOCK_START = new Date('2026-11-27T16:00:00Z');

/**
 * The demo data exactly as `refugio serve` adds it to an empty system when its clock starts at
 * CLOCK_START, seeded once per run into a template database that every journey copies: seeding takes
 * a busy machine a quarter of a minute per server.
 */
const openDemoDatabase = () =>
  openSeededDatabase('refugio_demo_template', async (db) => {
    await seedDemo(db, jurisdictionOf('MEX').profile, { now: CLOCK_START });
  });

export interface StartOptions {
  /** The port to listen on (default: a free one), when a setting must name the address beforehand. */
  port?: number;
  /** More settings an operator would give, e.g. REFUGIO_OIDC_* for single sign-on. */
  env?: Record<string, string>;
}

/**
 * `node server/bin/refugio.js serve` as an operator starts it, with the demo data: on PostgreSQL, a
 * fresh copy of the run's demo database, under the run's master key; without PostgreSQL, on the
 * embedded database in a new directory, where the server adds the demo data itself. Resolves once GET
 * /api/health answers.
 */
export async function startRefugio(
  engine: Engine = availableEngines().includes('postgresql') ? 'postgresql' : 'pglite',
  options: StartOptions = {},
): Promise<RunningRefugio> {
  let database: TestDatabase | undefined;
  let dataDir: string | undefined;
  const storage: Record<string, string> = {};
  if (engine === 'postgresql') {
    database = await openDemoDatabase();
    if (!database.url) throw new Error('The PostgreSQL clone has no URL');
    storage.DATABASE_URL = database.url;
    // A PostgreSQL deployment must be given its master key (the one the demo data was sealed under);
    // documents go to a directory of their own.
    storage.REFUGIO_MASTER_KEY = testMasterKey();
    dataDir = await mkdtemp(join(tmpdir(), 'refugio-e2e-documents-'));
    storage.REFUGIO_DOCUMENTS_DIR = dataDir;
  } else {
    dataDir = await mkdtemp(join(tmpdir(), 'refugio-e2e-'));
    storage.REFUGIO_DATA_DIR = dataDir;
  }

  const port = options.port ?? (await freePort());
  const baseUrl = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [bin, 'serve'], {
    cwd: repoRoot,
    env: {
      ...inheritedEnvironment(),
      ...storage,
      PORT: String(port),
      HOST: '127.0.0.1',
      REFUGIO_DEMO: '1',
      REFUGIO_COUNTRY: 'MEX',
      LOG_LEVEL: 'warn',
      REFUGIO_CLOCK_START: CLOCK_START.toISOString(),
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let printed = '';
  const keep = (chunk: Buffer) => (printed = (printed + chunk.toString()).slice(-16_000));
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const running = () => child.exitCode === null && child.signalCode === null;
  const forget = cleanUpOnExit(() => {
    if (running()) child.kill('SIGKILL');
  });

  const stop = async () => {
    if (running()) {
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(kill);
    }
    forget();
    await database?.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  };

  try {
    const health = await waitForHealth(baseUrl, running, () => printed);
    if (health.database !== engine) {
      throw new Error(`The server runs on ${String(health.database)}, expected ${engine}`);
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, engine, output: () => printed, stop };
}

async function waitForHealth(
  baseUrl: string,
  running: () => boolean,
  output: () => string,
): Promise<{ status?: unknown; database?: unknown }> {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (!running()) throw new Error(`refugio serve exited before it was healthy:\n${output()}`);
    try {
      const response = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return (await response.json()) as { status?: unknown; database?: unknown };
    } catch {
      // Not listening yet.
    }
    await delay(250);
  }
  throw new Error(`refugio serve was not healthy within ${STARTUP_TIMEOUT_MS / 1000} s:\n${output()}`);
}

export { freePort };
