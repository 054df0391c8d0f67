import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { cleanUpOnExit } from './exit-guard';
import { findPostgresBinaries, type PostgresBinaries } from './postgres-binaries';
import { startPostgresCluster, stopAbandonedCluster, type PostgresCluster } from './postgres-cluster';
import { makeOwnedTempDir, removeStaleDirs } from './stale-dirs';
import { preparePgliteTemplate, preparePostgresTemplate, TEMPLATE_DATABASE } from './templates';

/** What a test worker needs to clone a migrated database; serializable, so vitest can provide it. */
export interface TestEnvironment {
  postgres: { host: string; port: number; user: string; template: string } | null;
  /** Why the PostgreSQL tier does not run; null when it does. */
  postgresSkipReason: string | null;
  /** Tar file of a migrated PGlite data directory. */
  pgliteTemplate: string;
  /**
   * The run's master key (base64): every test process seals fields under it (keyring-setup.ts), so a
   * database seeded in one process opens in another, e.g. in a server started by an e2e journey.
   */
  masterKey: string;
}

export interface StartedTestEnvironment {
  environment: TestEnvironment;
  stop(): Promise<void>;
}

export const POSTGRES_SKIP_LINE =
  'PostgreSQL tier skipped: no initdb/pg_ctl found on PATH or /usr/lib/postgresql/*/bin';

async function startPostgres(bin: PostgresBinaries | null): Promise<PostgresCluster | null> {
  if (!bin) return null;
  const cluster = await startPostgresCluster(bin);
  try {
    await preparePostgresTemplate(cluster);
    return cluster;
  } catch (error) {
    await cluster.stop();
    throw error;
  }
}

/**
 * Prepares both engines once per run: a PostgreSQL cluster with a migrated template database (when
 * the binaries exist) and a dumped, migrated PGlite. Usable outside vitest (benchmarks) as well.
 * With requireAll, a missing PostgreSQL is an error instead of a skip.
 */
export async function startTestEnvironment(options: {
  requireAll: boolean;
}): Promise<StartedTestEnvironment> {
  const bin = findPostgresBinaries();
  if (!bin && options.requireAll) {
    throw new Error(`${POSTGRES_SKIP_LINE}, and REFUGIO_REQUIRE_ALL=1 forbids skipping a tier.`);
  }
  removeStaleDirs((stale) => bin && stopAbandonedCluster(bin, stale));
  const dir = makeOwnedTempDir('files');
  const removeDir = () => rmSync(dir, { recursive: true, force: true });
  const unguard = cleanUpOnExit(removeDir);
  // Both are slow in different places (child processes vs. this process's CPU): overlap them.
  const [cluster, pglite] = await Promise.allSettled([startPostgres(bin), preparePgliteTemplate(dir)]);
  const stop = async () => {
    if (cluster.status === 'fulfilled') await cluster.value?.stop();
    unguard();
    removeDir();
  };
  if (cluster.status === 'rejected' || pglite.status === 'rejected') {
    await stop();
    throw cluster.status === 'rejected' ? cluster.reason : (pglite as PromiseRejectedResult).reason;
  }
  const pg = cluster.value;
  return {
    environment: {
      postgres: pg ? { host: pg.host, port: pg.port, user: pg.user, template: TEMPLATE_DATABASE } : null,
      postgresSkipReason: pg ? null : POSTGRES_SKIP_LINE,
      pgliteTemplate: pglite.value,
      masterKey: randomBytes(32).toString('base64'),
    },
    stop,
  };
}
