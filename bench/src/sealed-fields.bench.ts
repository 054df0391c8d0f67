import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { CaseListQuery } from '@refugio/contract';
import type { Engine } from '../../server/src/db/database';
import type { DB } from '../../server/src/db/schema';
import { migrateToLatest } from '../../server/src/db/migrator';
import { jurisdictionOf } from '../../server/src/countries/jurisdiction';
import { getCaseFile, listCases, registerApplication } from '../../server/src/cases/case.service';
import { findPeopleOfCase } from '../../server/src/cases/case.repository';
import { insertOffice } from '../../server/src/offices/office.repository';
import { insertUser } from '../../server/src/users/user.repository';
import { seededRandom } from '../../server/src/demo/random';
import { syntheticApplication } from '../../server/src/demo/synthetic-application';
import { fieldReader, fieldWriter } from '../../server/src/crypto/sealed-fields';
import { unwrapDataKey } from '../../server/src/crypto/case-cipher';
import { findDataKey } from '../../server/src/crypto/data-key.repository';
import { processKeyring } from '../../server/src/crypto/process-keyring';
import { masterKeyOf, type Keyring } from '../../server/src/crypto/master-key';
import type { Actor } from '../../server/src/access/actor';
import { machine, openBenchDatabase, percentile } from './bench-database';

interface Options {
  iterations: number;
  fields: number;
  engines: Engine[];
}

/** Median and p95 of `iterations` runs of `run`, in milliseconds (after a few left out as warm-up). */
async function measure(iterations: number, run: () => Promise<unknown> | unknown) {
  for (let i = 0; i < Math.min(20, iterations); i++) await run();
  const times: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t0 = performance.now();
    await run();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { median: percentile(times, 50), p95: percentile(times, 95) };
}

const ms = (n: number) => `${n.toFixed(3)} ms`;

async function runOn(engine: Engine, options: Options): Promise<void> {
  const { database, describe, cleanup } = await openBenchDatabase(engine);
  const db: Kysely<DB> = database.db;
  try {
    await migrateToLatest(db);
    const officeId = await insertOffice(db, { code: 'BSF', name: 'Bench', city: 'Bench' });
    const actor: Actor = {
      id: await insertUser(db, {
        email: 'bench.sealed@bench.refugio',
        name: 'Bench',
        role: 'registration_officer',
        officeId,
        passwordHash: 'x',
      }),
      name: 'Bench',
      email: 'bench.sealed@bench.refugio',
      role: 'registration_officer',
      officeId,
      clientAddress: '127.0.0.1',
    };
    const jurisdiction = jurisdictionOf('MEX');
    const random = seededRandom(11);
    let caseId = '';
    for (let i = 0; i < 50; i++) {
      const application = syntheticApplication(random, { from: '2026-10-01', days: 30 }, 3);
      caseId = (
        await registerApplication(
          db,
          actor,
          { ...application, lateFilingJustification: 'Bench' },
          jurisdiction,
        )
      ).id;
    }
    const keyring = processKeyring();
    const place = (i: number) => ({ table: 'interview_turns', column: 'text', rowId: `bench#${i}` });
    const writer = await fieldWriter(db, caseId);
    const text =
      'Relató que fue amenazado por la pandilla del barrio, que exigía el pago de una renta semanal.';
    const sealed = Array.from({ length: options.fields }, (_, i) => writer.sealText(place(i), text));

    const keyRow = (await findDataKey(db, caseId))!;
    const unwrapOnly = await measure(options.iterations, () =>
      unwrapDataKey(keyring, caseId, keyRow.master_key_id, keyRow.wrapped_key),
    );
    const lookupAndUnwrap = await measure(options.iterations, () => fieldReader(db, caseId));
    const oneReader = await measure(Math.max(10, Math.floor(options.iterations / 20)), async () => {
      const reader = await fieldReader(db, caseId);
      for (let i = 0; i < sealed.length; i++) reader.open(place(i), sealed[i]!);
    });
    const readerPerField = await measure(Math.max(10, Math.floor(options.iterations / 20)), async () => {
      for (let i = 0; i < sealed.length; i++) (await fieldReader(db, caseId)).open(place(i), sealed[i]!);
    });
    const people = await measure(options.iterations, () => findPeopleOfCase(db, caseId));
    // What findPeopleOfCase did before sealing: every column, no join, nothing to open.
    const peoplePlain = await measure(options.iterations, () =>
      db.selectFrom('people').selectAll().where('case_id', '=', caseId).orderBy('position').execute(),
    );
    const caseFile = await measure(Math.max(20, Math.floor(options.iterations / 10)), () =>
      getCaseFile(db, actor, caseId, jurisdiction),
    );
    const caseList = await measure(Math.max(20, Math.floor(options.iterations / 10)), () =>
      listCases(db, actor, CaseListQuery.parse({}), jurisdiction),
    );

    console.warn(`\n${engine}: ${describe}`);
    console.warn(
      `  unwrap a data key (AES-GCM, no database)     median ${ms(unwrapOnly.median)}  p95 ${ms(unwrapOnly.p95)}`,
    );
    console.warn(
      `  fieldReader(): find data key + unwrap        median ${ms(lookupAndUnwrap.median)}  p95 ${ms(lookupAndUnwrap.p95)}`,
    );
    console.warn(
      `  open ${options.fields} fields, one reader            median ${ms(oneReader.median)}  p95 ${ms(oneReader.p95)}`,
    );
    console.warn(
      `  open ${options.fields} fields, a reader per field    median ${ms(readerPerField.median)}  p95 ${ms(readerPerField.p95)}`,
    );
    console.warn(
      `  findPeopleOfCase (key joined, 2 fields × 3)  median ${ms(people.median)}  p95 ${ms(people.p95)}`,
    );
    console.warn(
      `  people of a case as before (no key, no open) median ${ms(peoplePlain.median)}  p95 ${ms(peoplePlain.p95)}`,
    );
    console.warn(
      `  getCaseFile (the whole case file read)      median ${ms(caseFile.median)}  p95 ${ms(caseFile.p95)}`,
    );
    console.warn(
      `  listCases (25 a page; selects no sealed col) median ${ms(caseList.median)}  p95 ${ms(caseList.p95)}`,
    );
  } finally {
    await database.close();
    await cleanup();
  }
}

/**
 * What sealing costs on the read paths: the data-key lookup and unwrap of one `fieldReader()` call
 * against opening fields and against whole requests (the case file, the case list), to answer
 * whether readers need a cache of unwrapped data keys.
 */
export async function sealedFieldsBenchmark(options: Options): Promise<void> {
  console.warn(machine());
  for (const engine of options.engines) await runOn(engine, options);
}

/** A master key for the benchmark process, as a server installs its checked keyring at start. */
export const benchKeyring = (): Keyring => ({
  current: masterKeyOf(randomBytes(32)),
  previous: [],
  source: 'the benchmark',
});
