import { freePort } from './free-port';
import { appendFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { cleanUpOnExit } from './exit-guard';
import type { PostgresBinaries } from './postgres-binaries';
import { chownTo, clusterOwner, runAs, runAsSync, type ClusterOwner } from './run-as';
import { makeOwnedTempDir } from './stale-dirs';

export interface PostgresCluster {
  host: string;
  port: number;
  user: string;
  /** Temporary directory holding data, socket and log; removed by stop(). */
  dir: string;
  stop(): Promise<void>;
}

// Durability buys nothing for a cluster that is deleted after the run; these settings make
// CREATE DATABASE, DDL and commits cheap. Autovacuum only adds noise to timings.
const TEST_SETTINGS = `
listen_addresses = '127.0.0.1'
fsync = off
synchronous_commit = off
full_page_writes = off
wal_level = minimal
max_wal_senders = 0
checkpoint_timeout = 1h
max_wal_size = 4GB
autovacuum = off
max_connections = 200
log_min_messages = warning
`;

// Trust is safe here: the cluster listens on loopback only and lives for one test run.
const INITDB_ARGS = [
  '--username=postgres',
  '--auth=trust',
  '--encoding=UTF8',
  '--locale=C.UTF-8',
  '--no-sync',
];

function logTail(logFile: string): string {
  return existsSync(logFile) ? readFileSync(logFile, 'utf8').split('\n').slice(-15).join('\n') : '(no log)';
}

const stopArgs = (dir: string) => ['stop', `--pgdata=${join(dir, 'data')}`, '--mode=immediate', '--wait'];

function stopSync(owner: ClusterOwner, bin: PostgresBinaries, dir: string): void {
  try {
    runAsSync(owner, dir, bin.pgCtl, stopArgs(dir));
  } catch {
    // Not running (any more): nothing to stop.
  }
}

/** Stops the postmaster of a cluster directory left behind by a killed run. */
export function stopAbandonedCluster(bin: PostgresBinaries, dir: string): void {
  stopSync(clusterOwner(), bin, dir);
}

async function start(owner: ClusterOwner, bin: PostgresBinaries, dir: string): Promise<number> {
  const logFile = join(dir, 'postgres.log');
  // The port is free when probed but may be taken before the postmaster binds it (another run):
  // retry with a new one instead of failing the whole suite.
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const options = `-p ${port} -k ${join(dir, 'socket')}`;
    try {
      const startArgs = [
        'start',
        '--wait',
        '--timeout=60',
        `--pgdata=${join(dir, 'data')}`,
        `--log=${logFile}`,
      ];
      await runAs(owner, dir, bin.pgCtl, [...startArgs, `--options=${options}`]);
      return port;
    } catch (error) {
      const log = logTail(logFile);
      if (attempt < 3 && /already in use|could not bind|lock file/i.test(log)) continue;
      throw new Error(`pg_ctl start failed: ${(error as Error).message}\n${log}`, { cause: error });
    }
  }
}

/** Starts a throwaway PostgreSQL cluster on a free loopback port in a new temporary directory. */
export async function startPostgresCluster(bin: PostgresBinaries): Promise<PostgresCluster> {
  const owner = clusterOwner();
  const dir = makeOwnedTempDir('pg');
  mkdirSync(join(dir, 'socket'));
  chownTo(owner, dir, join(dir, 'socket'));

  // Stopping a cluster that never started is harmless, so one cleanup covers every failure point.
  const stopNow = () => {
    stopSync(owner, bin, dir);
    rmSync(dir, { recursive: true, force: true });
  };
  const unguard = cleanUpOnExit(stopNow);
  try {
    await runAs(owner, dir, bin.initdb, [`--pgdata=${join(dir, 'data')}`, ...INITDB_ARGS]);
    appendFileSync(join(dir, 'data', 'postgresql.conf'), TEST_SETTINGS);
    const port = await start(owner, bin, dir);
    return {
      host: '127.0.0.1',
      port,
      user: 'postgres',
      dir,
      stop: async () => {
        unguard();
        await runAs(owner, dir, bin.pgCtl, stopArgs(dir)).catch(() => {});
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    unguard();
    stopNow();
    throw error;
  }
}
