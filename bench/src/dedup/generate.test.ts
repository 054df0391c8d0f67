import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsvLine } from './csv';
import { generateDedupSet, PERSONS_HEADER, type GeneratedSet } from './generate';
import { readLabels, readPeople, readTruth } from './metrics';
import { peopleOfGroup } from './people';
import { ERROR_CODES, PROFILES } from './profiles';
import { Rng } from './random';
import { runDedup, treeRss } from './run-dedup';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'refugio-dedup-set-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const rowsOf = async (path: string) => (await readFile(path, 'utf8')).trimEnd().split('\n').map(parseCsvLine);

async function generate(name: string, persons: number, profile = 'dev', seed = '7'): Promise<GeneratedSet> {
  return generateDedupSet({ persons, profile, seed, out: join(dir, name) });
}

describe('generateDedupSet', () => {
  it('writes the same files for the same seed, and other files for another seed or profile', async () => {
    const a = await generate('a', 800);
    const b = await generate('b', 800);
    const c = await generate('c', 800, 'dev', '8');
    const d = await generate('d', 800, 'noisy');
    for (const file of ['persons.csv', 'truth.csv', 'labels.csv', 'people.csv'] as const) {
      expect(await readFile(join(b.dir, file), 'utf8')).toBe(await readFile(join(a.dir, file), 'utf8'));
    }
    expect(await readFile(c.personsCsv, 'utf8')).not.toBe(await readFile(a.personsCsv, 'utf8'));
    expect(await readFile(d.personsCsv, 'utf8')).not.toBe(await readFile(a.personsCsv, 'utf8'));
  });

  it('writes the input of refugio dedup and a truth that agrees with it', async () => {
    const set = await generate('truth', 3000);
    const persons = await rowsOf(set.personsCsv);
    expect(persons[0]).toEqual([...PERSONS_HEADER]);
    const rows = persons.slice(1);
    expect(rows).toHaveLength(set.records);
    expect(rows.every((r) => r.length === 8)).toBe(true);
    const ids = rows.map((r) => r[0]!);
    expect(new Set(ids).size).toBe(ids.length);
    expect(
      rows.every(
        (r) => /^(\d{4}-\d{2}-\d{2})?$/.test(r[5]!) && /^(F|M)$/.test(r[4]!) && /^([A-Z]{3})?$/.test(r[6]!),
      ),
    ).toBe(true);
    expect(rows.every((r) => !r[5] || !Number.isNaN(new Date(`${r[5]}T00:00:00Z`).getTime()))).toBe(true);

    const truth = await readTruth(set.truthCsv);
    expect([...truth.personOf.keys()].sort()).toEqual([...ids].sort());
    expect(truth.truePairs).toBe(set.truePairs);
    expect(truth.recordsOf.size).toBe(3000);
    const people = await readPeople(set.peopleCsv);
    expect([...people.keys()].sort()).toEqual([...truth.recordsOf.keys()].sort());
    const labels = await readLabels(set.labelsCsv);
    expect([...labels.keys()].sort()).toEqual([...ids].sort());
    const codes = new Set<string>(ERROR_CODES);
    expect([...labels.values()].flat().every((code) => codes.has(code))).toBe(true);

    // About 30 % of the people of dev have 2 to 4 records.
    const sizes = [...truth.recordsOf.values()].map((r) => r.length);
    const repeated = sizes.filter((n) => n > 1).length / sizes.length;
    expect(repeated).toBeGreaterThan(0.25);
    expect(repeated).toBeLessThan(0.35);
    expect(Math.max(...sizes)).toBe(4);
  });

  it('puts re-registrations after all first registrations', async () => {
    const set = await generate('order', 500);
    const ids = (await rowsOf(set.personsCsv)).slice(1).map((r) => r[0]!);
    const truth = await readTruth(set.truthCsv);
    const position = new Map(ids.map((id, i) => [id, i]));
    const firsts = [...truth.recordsOf.values()].map((records) => position.get(records[0]!)!);
    const later = [...truth.recordsOf.values()].flatMap((records) =>
      records.slice(1).map((id) => position.get(id)!),
    );
    expect(Math.max(...firsts)).toBeLessThan(Math.min(...later));
  });

  it('gives the first people the same data whatever the size of the set', async () => {
    const small = await generate('small', 200);
    const large = await generate('large', 1000);
    const smallPeople = (await readFile(small.peopleCsv, 'utf8')).split('\n').slice(0, 150);
    const largePeople = (await readFile(large.peopleCsv, 'utf8')).split('\n').slice(0, 150);
    expect(largePeople).toEqual(smallPeople);
  });

  it('refuses an unknown profile and a size that is not a positive whole number', async () => {
    await expect(generate('bad', 10, 'nowhere')).rejects.toThrow(/unknown profile/);
    await expect(generate('bad', 0)).rejects.toThrow(/positive/);
  });
});

describe('people of a set', () => {
  const groups = (profile: string, n: number) =>
    Array.from({ length: n }, (_, i) => peopleOfGroup(new Rng('t', i), PROFILES[profile]!, i)).flat();

  it('has a few very common names and a long tail (Zipf-like)', () => {
    const people = groups('dev', 20_000).filter((p) => p.culture === 'hispanic');
    const bySurname = new Map<string, number>();
    for (const p of people) bySurname.set(p.firstSurname, (bySurname.get(p.firstSurname) ?? 0) + 1);
    const ranked = [...bySurname.values()].sort((a, b) => b - a);
    expect(ranked[0]! / people.length).toBeGreaterThan(0.03);
    expect(ranked[0]! / people.length).toBeLessThan(0.12);
    expect(ranked.length).toBeGreaterThan(300);
    // The tail: many surnames held by a handful of people each (fewer than 0.1 % of them).
    expect(ranked.filter((n) => n < people.length / 1000).length).toBeGreaterThan(30);
  });

  it('makes the hard negatives: twins, a "Jr", spouses and namesakes', () => {
    const people = groups('dev', 6000);
    const byGroup = new Map<string, typeof people>();
    for (const p of people) byGroup.set(p.groupId, [...(byGroup.get(p.groupId) ?? []), p]);
    const twins = [...byGroup.values()]
      .map((members) => members.filter((p) => p.role === 'twin'))
      .filter((t) => t.length === 2);
    expect(twins.length).toBeGreaterThan(10);
    for (const [a, b] of twins as [(typeof people)[number], (typeof people)[number]][]) {
      expect(a.birthDate).toBe(b.birthDate);
      expect(a.firstSurname).toBe(b.firstSurname);
      expect(a.givenNames).not.toBe(b.givenNames);
    }
    const juniors = people.filter((p) => p.role === 'junior');
    expect(juniors.length).toBeGreaterThan(10);
    for (const junior of juniors) {
      const father = byGroup.get(junior.groupId)!.find((p) => p.role === 'head')!;
      expect(junior.givenNames).toBe(father.givenNames);
      expect(junior.firstSurname).toBe(father.firstSurname);
      expect(junior.birthDate > father.birthDate).toBe(true);
    }
    const wives = people.filter((p) => p.role === 'spouse');
    expect(
      wives.every(
        (w) => w.spouseSurname === byGroup.get(w.groupId)!.find((p) => p.role === 'head')!.firstSurname,
      ),
    ).toBe(true);
    const namesakes = [...byGroup.values()].filter((m) => m[0]!.groupKind === 'namesakes');
    expect(namesakes.length).toBeGreaterThan(50);
    for (const [a, b] of namesakes as [(typeof people)[number], (typeof people)[number]][]) {
      expect(`${b.givenNames} ${b.firstSurname} ${b.secondSurname}`).toBe(
        `${a.givenNames} ${a.firstSurname} ${a.secondSurname}`,
      );
      expect(b.birthDate).not.toBe(a.birthDate);
    }
  });

  it('follows each profile’s mix of naming cultures', () => {
    const share = (profile: string, culture: string) => {
      const people = groups(profile, 3000);
      return people.filter((p) => p.culture === culture).length / people.length;
    };
    expect(share('dev', 'hispanic')).toBeGreaterThan(0.7);
    expect(share('haitian-heavy', 'haitian')).toBeGreaterThan(0.65);
    const haitians = groups('haitian-heavy', 2000).filter((p) => p.culture === 'haitian');
    expect(haitians.every((p) => p.secondSurname === '')).toBe(true);
    expect(
      share('extra-continental', 'portuguese') + share('extra-continental', 'anglophone'),
    ).toBeGreaterThan(0.4);
  });
});

describe('runDedup', () => {
  it('sums the resident memory of a process tree', async () => {
    const own = await treeRss(process.pid);
    expect(own).toBeGreaterThan(10 * 2 ** 20);
    expect(await treeRss(2 ** 22 + 12345)).toBe(0);
  });

  it('runs a dedup program as a child process and measures it', async () => {
    const set = await generate('run', 400);
    const output = join(set.dir, 'pairs.csv');
    const run = await runDedup({ engine: 'baseline', input: set.personsCsv, output });
    expect(run.exitCode).toBe(0);
    expect(run.wallSeconds).toBeGreaterThan(0);
    expect(run.peakRssBytes).toBeGreaterThan(10 * 2 ** 20);
    expect(run.sampledTreePeakBytes).toBeGreaterThan(10 * 2 ** 20);
    expect((await readFile(output, 'utf8')).startsWith('id_a,id_b,score\n')).toBe(true);
    const failed = await runDedup({ engine: 'baseline', input: join(set.dir, 'missing.csv'), output });
    expect(failed.exitCode).not.toBe(0);
    expect(failed.messages.join('\n')).toMatch(/ENOENT|no such file/);
  });
});
