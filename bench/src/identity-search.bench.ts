import { sql } from 'kysely';
import { migrateToLatest } from '../../server/src/db/migrator';
import { insertOffice } from '../../server/src/offices/office.repository';
import { insertUser } from '../../server/src/users/user.repository';
import { indexMatchKeys } from '../../server/src/identity/match-index.service';
import { findLikelyPeople } from '../../server/src/identity/candidate.service';
import type { Actor } from '../../server/src/access/actor';
import { machine, openBenchDatabase, percentile } from './bench-database';
import { femaleGiven, maleGiven, surnames as hispanicSurnames } from './dedup/names/hispanic';

// The names of the labelled test sets (bench/src/dedup/names), uniformly drawn: a register's frequencies
// matter less here than the number of people each blocking key reaches.
const givenNames = [...femaleGiven, ...maleGiven];
const surnames = [...hispanicSurnames];
const nationalities = ['HND', 'GTM', 'SLV', 'HTI', 'VEN', 'CUB', 'NIC', 'COL'];

const CHUNK = 50_000;
const pick = (list: string[], u: ReturnType<typeof sql>) =>
  sql`(${sql.val(list)}::text[])[1 + floor(${u} * ${sql.lit(list.length)})::int]`;

/** Cases of one principal each, written with set-based SQL (empty seals: contact details are not searched). */
async function generate(
  db: Parameters<typeof migrateToLatest>[0],
  people: number,
  officeId: string,
  userId: string,
) {
  for (let lo = 0; lo < people; lo += CHUNK) {
    const hi = Math.min(people, lo + CHUNK) - 1;
    await sql`
      with p as materialized (
        select n, gen_random_uuid() as id,
          ${pick(givenNames, sql`random()`)} || (case when random() < 0.6 then ' ' || ${pick(givenNames, sql`random()`)} else '' end) as given_names,
          ${pick(surnames, sql`random()`)} as first_surname,
          (case when random() < 0.9 then ${pick(surnames, sql`random()`)} else '' end) as second_surname,
          ${pick(nationalities, sql`random()`)} as nationality,
          (case when random() < 0.5 then 'F' else 'M' end) as sex,
          (date '2008-01-01' - floor(random() * 18000)::int) as birth_date
        from generate_series(${lo}::bigint, ${hi}::bigint) n
      ), new_cases as (
        insert into cases (id, case_number, office_id, status, entry_date, entry_place, application_date,
          late_filing, filing_deadline, filing_method, search_text, principal_name, principal_sort,
          nationalities, people_count, registered_by, track, triage)
        select id, 'BENCH-' || lpad(n::text, 8, '0'), ${officeId}::uuid, 'registered', date '2026-10-01', '',
          date '2026-10-02', false, null, 'in_person', lower(given_names || ' ' || first_surname), 
          given_names || ' ' || first_surname, lower(first_surname || ' ' || given_names), array[nationality], 1,
          ${userId}::uuid, 'regular', '{}'
        from p
      )
      insert into people (case_id, position, role, given_names, first_surname, second_surname, sex, birth_date,
        country_of_birth, nationalities, country_of_origin, languages, needs_interpreter, documents)
      select id, 0, 'principal', given_names, first_surname, second_surname, sex, birth_date,
        nationality, array[nationality], nationality, array['spa'], false, '[]'
      from p`.execute(db);
    process.stderr.write(`\rgenerated ${hi + 1}/${people} people`);
  }
  process.stderr.write('\n');
}

/** Results go to stdout, as the other benchmarks' reports do. */
const out = (line: string) => process.stdout.write(`${line}\n`);

const stripAccents = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '');

/**
 * `BENCH_PEOPLE=N BENCH_QUERIES=N npm run bench -- identity-search`: N people (default 1,000,000) in a
 * throwaway PostgreSQL, filed under their match keys by the production indexing pass, then the
 * registration-time candidate search (`findLikelyPeople`: key lookup, read, compare) for existing
 * people typed as officers do (accents lost, second surname dropped). Target: p95 ≤ 50 ms.
 */
export async function identitySearchBenchmark(options: Record<string, string>): Promise<void> {
  const arg = (name: string, fallback: number) => {
    const raw = options[name] ?? process.env[`BENCH_${name.toUpperCase()}`];
    return raw ? Number(raw) : fallback;
  };
  const people = arg('people', 1_000_000);
  const queries = arg('queries', 300);
  const { database, describe, cleanup } = await openBenchDatabase('postgresql');
  const { db } = database;
  try {
    await migrateToLatest(db);
    const officeId = await insertOffice(db, { code: 'BIS', name: 'Bench', city: 'Bench' });
    const email = 'bench.identity@bench.refugio';
    const userId = await insertUser(db, {
      email,
      name: 'Bench',
      role: 'registration_officer',
      officeId,
      passwordHash: 'x',
    });
    const actor: Actor = {
      id: userId,
      name: 'Bench',
      email,
      role: 'registration_officer',
      officeId,
      clientAddress: '127.0.0.1',
    };
    let t0 = performance.now();
    await generate(db, people, officeId, userId);
    out(`Generated ${people} people in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    t0 = performance.now();
    await indexMatchKeys(db, (p) => process.stderr.write(`\rindexing ${p.done}/${p.total}`));
    process.stderr.write('\n');
    out(`Indexed match keys in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    await sql`analyze`.execute(db);
    const sample = await sql<{
      given_names: string;
      first_surname: string;
      second_surname: string;
      sex: string;
      birth_date: string;
      nationalities: string[];
    }>`
      select given_names, first_surname, second_surname, sex, birth_date, nationalities from people
      order by random() limit ${queries}`.execute(db);
    const latencies: number[] = [];
    let shown = 0;
    for (const [i, p] of sample.rows.entries()) {
      const record = {
        id: 'query',
        givenNames: stripAccents(p.given_names),
        firstSurname: stripAccents(p.first_surname),
        secondSurname: i % 2 === 0 ? '' : p.second_surname,
        sex: p.sex,
        birthDate: p.birth_date,
        nationality: p.nationalities[0] ?? '',
      };
      const start = performance.now();
      const found = await findLikelyPeople(db, actor, record);
      latencies.push(performance.now() - start);
      shown += found.shown.length;
    }
    latencies.sort((a, b) => a - b);
    const keys = await sql<{ n: string }>`select count(*) as n from person_match_keys`.execute(db);
    out(machine());
    out(`Database: ${describe}`);
    out(
      `${people} people, ${keys.rows[0]!.n} match keys; ${queries} searches (${(shown / queries).toFixed(1)} candidates shown on average)`,
    );
    out(
      `Candidate search: p50 ${percentile(latencies, 50).toFixed(1)} ms, p95 ${percentile(latencies, 95).toFixed(1)} ms, max ${latencies.at(-1)!.toFixed(1)} ms (target p95 ≤ 50 ms)`,
    );
  } finally {
    await database.close();
    await cleanup();
  }
}
