import { fileURLToPath } from 'node:url';
import type { Config } from '../config/config';
import { openConfiguredDatabase } from '../db/bootstrap';
import { jurisdictionOf, sourceOfProfile } from '../countries/jurisdiction';
import { hasAnyUser, seedDemo } from '../demo/demo-seed';
import { projectMissingDeadlines, resumeRecomputations } from '../deadlines/recomputation.service';
import { buildApp } from '../http/app';
import { clockStartingAt } from '../config/clock';
import { loggerOptions } from '../http/logger';
import { printDemoCredentials } from './demo-credentials';
import { openDocumentStore } from '../files/open-document-store';
import { sweepOrphanDocuments } from '../attachments/orphan-sweep';
import { startAuditSealer } from '../audit/audit-sealer';
import { indexMatchKeys } from '../identity/match-index.service';

const webDist = fileURLToPath(new URL('../../../web/dist/', import.meta.url));

export async function serveCommand(config: Config): Promise<void> {
  const { profile } = jurisdictionOf(config.country);
  // The document store is checked first: an unreachable S3 bucket stops the start before anything else.
  const opened = await openDocumentStore(config);
  const documents = opened.store;
  const database = await openConfiguredDatabase(config).catch((error: unknown) => {
    opened.close();
    throw error;
  });
  const now = clockStartingAt(config.clockStart);
  if (config.clockStart)
    console.warn(`REFUGIO_CLOCK_START: the procedure's clock starts at ${config.clockStart.toISOString()}`);
  if (config.demo && !(await hasAnyUser(database.db))) {
    console.warn('Empty system: adding demo data (REFUGIO_DEMO=0 to start empty)…');
    await seedDemo(database.db, profile, { now: now() });
    printDemoCredentials();
  }
  const source = sourceOfProfile(profile);
  const app = await buildApp(
    {
      db: database.db,
      engine: database.engine,
      profile,
      calendars: source.calendars,
      rules: source.rules,
      sessionPolicy: { idleMinutes: config.sessionIdleMinutes, absoluteHours: config.sessionAbsoluteHours },
      cookieSecure: config.cookieSecure,
      now,
      documents,
      maxUploadBytes: config.maxUploadBytes,
      breakGlassHours: config.breakGlassHours,
      singleSignOn: config.singleSignOn,
    },
    { webDist, logger: loggerOptions(config.logLevel), trustProxy: config.trustProxy },
  );
  // Audit entries of finished transactions are linked into the hash chain every few seconds.
  const stopSealer = startAuditSealer(database.db, app.log);
  const stop = async () => {
    await stopSealer();
    await app.close();
    await database.close();
    opened.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
  await app.listen({ port: config.port, host: config.host });
  // Deadlines left mid-recomputation by an earlier process, or never projected, are brought up to date
  // in the background: case files compute theirs live, only the dashboard and list wait for this.
  void resumeRecomputations(database.db, source)
    .then(() => projectMissingDeadlines(database.db, source))
    .catch((error: unknown) => app.log.error({ err: error }, 'deadline recomputation failed'));
  // Documents whose database row never committed (a crash between the file and the row) are removed.
  void sweepOrphanDocuments(database.db, documents)
    .then((swept) => {
      if (swept.orphans + swept.unfinished > 0)
        app.log.info(swept, 'removed documents whose upload never completed');
    })
    .catch((error: unknown) =>
      app.log.error({ err: { type: (error as Error).name } }, 'document sweep failed'),
    );
  // People not yet filed under the current match keys (a new key scheme, an import) are indexed in the background.
  void indexMatchKeys(database.db).catch((error: unknown) =>
    app.log.error({ err: { type: (error as Error).name } }, 'identity match-key indexing failed'),
  );
  console.warn(
    `Refugio (${profile.authority.acronym}, ${profile.name.es}) at http://localhost:${config.port} on ${database.engine === 'pglite' ? `the embedded database in ${config.dataDir}` : 'PostgreSQL'}`,
  );
  console.warn(`Documents: ${opened.description}`);
  if (opened.warning) console.warn(`Warning: ${opened.warning}`);
}
