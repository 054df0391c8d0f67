/**
 * Labelled test sets for identity resolution (`refugio dedup`): realistic people of the region
 * registered once or several times with the errors officers make, and the truth of who is who.
 *
 * Run:
 *
 *     npm run bench -- dedup-data --persons 20000 --profile dev --seed 1 --out /tmp/dedup-dev
 *     node server/bin/refugio.js dedup --input /tmp/dedup-dev/persons.csv --output /tmp/dedup-dev/pairs.csv
 *     npm run bench -- dedup-quality --persons 20000 --profiles dev   # precision, recall, F1, errors missed
 *     npm run bench -- dedup --persons 1000000                        # time and peak memory of the CLI
 *
 * `--engine baseline` on either benchmark runs a naive equality matcher (baseline.ts) instead of the
 * CLI: what plain equality of name and birth date finds on the same sets.
 *
 * Profiles (profiles.ts): `dev` to tune on; `haitian-heavy`, `noisy` and `extra-continental` held
 * out — check the default threshold on them, never tune on them.
 *
 * Files written to --out:
 * - `persons.csv`: `refugio dedup`'s input, header
 *   `id,given_names,first_surname,second_surname,sex,birth_date,nationality,document_number`
 *   (UTF-8, ids are random-looking strings; first registrations first, re-registrations after).
 * - `truth.csv`: `id,person_id`. True pairs are all pairs of ids with the same person_id.
 * - `labels.csv`: `id,person_id,errors` — the error codes (profiles.ts ERROR_CODES, `|`-separated)
 *   the record carries relative to the person's true data.
 * - `people.csv`: `person_id,group_id,group_kind,role,culture` — families (roles head, spouse,
 *   child, twin, junior) and namesakes are the hard negatives.
 *
 * Deterministic: the same --seed, --profile and --persons give the same files, and group n is the
 * same whatever --persons is. Streamed: a million people (about 1.44 million records) take well
 * under a minute and about 400 MB.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, open, rm } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { join } from 'node:path';
import { registerRecord, type DedupRow } from './errors';
import { peopleOfGroup } from './people';
import { permute40, Rng } from './random';
import { profileNamed, type Profile } from './profiles';
import { BufferedWriter, csvLine } from './csv';

/** Changes whenever the same options would give other files: a kept set of another version is remade. */
export const GENERATOR_VERSION = 2;

export const PERSONS_HEADER = [
  'id',
  'given_names',
  'first_surname',
  'second_surname',
  'sex',
  'birth_date',
  'nationality',
  'document_number',
] as const;

export interface GenerateOptions {
  persons: number;
  profile: string;
  seed: string | number;
  out: string;
}

export interface GeneratedSet {
  dir: string;
  personsCsv: string;
  truthCsv: string;
  labelsCsv: string;
  peopleCsv: string;
  persons: number;
  records: number;
  /** Pairs of records of the same person. */
  truePairs: number;
}

const BASE36 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
/** Every pair of base-36 digits, so that an id is four lookups (Number#toString(36) is slow). */
const DIGIT_PAIRS = Array.from({ length: 36 * 36 }, (_, i) => BASE36[Math.floor(i / 36)]! + BASE36[i % 36]!);
const HALF = 0x100000;

/** A record id: 8 base-36 characters, a bijection of the record's number keyed by the seed. */
export function recordId(n: number, seed: string | number): string {
  const p = permute40(n, seed);
  const high = Math.floor(p / HALF);
  const low = p % HALF;
  // 20 bits fit in 4 base-36 digits (36^4 > 2^20).
  return (
    DIGIT_PAIRS[Math.floor(high / 1296)]! +
    DIGIT_PAIRS[high % 1296]! +
    DIGIT_PAIRS[Math.floor(low / 1296)]! +
    DIGIT_PAIRS[low % 1296]!
  );
}

const rowLine = (row: DedupRow) =>
  csvLine([
    row.id,
    row.givenNames,
    row.firstSurname,
    row.secondSurname,
    row.sex,
    row.birthDate,
    row.nationality,
    row.documentNumber,
  ]);

/** How many records person k of a group gets (1 to 4), from the group's own stream. */
function recordCount(rng: Rng, profile: Profile): number {
  if (!rng.chance(profile.duplicateShare)) return 1;
  const [two, three] = profile.recordCounts;
  const total = profile.recordCounts[0] + profile.recordCounts[1] + profile.recordCounts[2];
  const x = rng.next() * total;
  return x < two ? 2 : x < two + three ? 3 : 4;
}

/** Writes a labelled set to `options.out` and says what it holds. */
export async function generateDedupSet(options: GenerateOptions): Promise<GeneratedSet> {
  const profile = profileNamed(options.profile);
  if (!Number.isInteger(options.persons) || options.persons < 1)
    throw new Error('--persons must be a positive integer');
  await mkdir(options.out, { recursive: true });
  const set: GeneratedSet = {
    dir: options.out,
    personsCsv: join(options.out, 'persons.csv'),
    truthCsv: join(options.out, 'truth.csv'),
    labelsCsv: join(options.out, 'labels.csv'),
    peopleCsv: join(options.out, 'people.csv'),
    persons: 0,
    records: 0,
    truePairs: 0,
  };
  const laterPath = join(options.out, '.re-registrations.csv');
  const persons = new BufferedWriter(set.personsCsv);
  const later = new BufferedWriter(laterPath);
  const truth = new BufferedWriter(set.truthCsv);
  const labels = new BufferedWriter(set.labelsCsv);
  const people = new BufferedWriter(set.peopleCsv);
  persons.add(csvLine(PERSONS_HEADER));
  truth.add('id,person_id\n');
  labels.add('id,person_id,errors\n');
  people.add('person_id,group_id,group_kind,role,culture\n');

  // Each profile draws its own people: the same seed gives unrelated sets for two profiles.
  const streamSeed = `${options.seed}:${profile.name}`;
  const idSeed = `id:${streamSeed}`;
  for (let group = 0; set.persons < options.persons; group++) {
    const rng = new Rng(streamSeed, group);
    const members = peopleOfGroup(rng, profile, group).slice(0, options.persons - set.persons);
    for (const person of members) {
      set.persons++;
      people.add(csvLine([person.personId, person.groupId, person.groupKind, person.role, person.culture]));
      const count = recordCount(rng, profile);
      set.truePairs += (count * (count - 1)) / 2;
      for (let k = 0; k < count; k++) {
        const id = recordId(set.records++, idSeed);
        const { row, errors } = registerRecord(rng, person, id, profile.errorRates);
        // Re-registrations come later in the register than first registrations, as they do.
        (k === 0 ? persons : later).add(rowLine(row));
        truth.add(`${id},${person.personId}\n`);
        labels.add(`${id},${person.personId},${errors.join('|')}\n`);
      }
    }
    if ((group & 255) === 255) {
      for (const writer of [persons, later, truth, labels, people]) await writer.flushIfFull();
    }
  }
  await Promise.all([later.close(), truth.close(), labels.close(), people.close()]);
  await persons.close();
  await appendFile(set.personsCsv, laterPath);
  await rm(laterPath);
  return set;
}

async function appendFile(target: string, source: string): Promise<void> {
  const handle = await open(target, 'a');
  try {
    await pipeline(
      createReadStream(source),
      createWriteStream(target, { fd: handle.fd, flags: 'a', autoClose: false }),
    );
  } finally {
    await handle.close();
  }
}

/** `npm run bench -- dedup-data`. */
export async function dedupDataCommand(options: {
  persons: string;
  profile: string;
  seed: string;
  out: string;
}) {
  const started = performance.now();
  const set = await generateDedupSet({
    persons: Number(options.persons),
    profile: options.profile,
    seed: options.seed,
    out: options.out,
  });
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(
    `${set.persons} people, ${set.records} records, ${set.truePairs} true pairs (profile ${options.profile}, seed ${options.seed}) in ${seconds.toFixed(1)} s\n` +
      `  ${set.personsCsv}\n  ${set.truthCsv}\n  ${set.labelsCsv}\n  ${set.peopleCsv}\n`,
  );
}
