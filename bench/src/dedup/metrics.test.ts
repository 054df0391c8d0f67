import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  counts,
  evaluate,
  falseByRelation,
  missedByError,
  nameKey,
  readPairs,
  relatedPairs,
  relationOf,
  truthFrom,
  type PersonInfo,
} from './metrics';
import type { ErrorCode } from './profiles';
import { csvLine, parseCsvLine } from './csv';

// Person p1 has records a, b, c (3 true pairs), p2 has d, e (1), p3 has f (0): 4 true pairs.
const truth = truthFrom([
  ['a', 'p1'],
  ['b', 'p1'],
  ['c', 'p1'],
  ['d', 'p2'],
  ['e', 'p2'],
  ['f', 'p3'],
]);

describe('precision, recall and F1', () => {
  it('counts the true pairs of every person', () => {
    expect(truth.truePairs).toBe(4);
    expect(() =>
      truthFrom([
        ['a', 'p1'],
        ['a', 'p2'],
      ]),
    ).toThrow(/twice/);
  });

  it('scores a hand-made prediction', () => {
    const { counts: c, problems } = evaluate(truth, [
      { idA: 'a', idB: 'b', score: 0.99 }, // true
      { idA: 'a', idB: 'c', score: 0.95 }, // true
      { idA: 'd', idB: 'e', score: 0.91 }, // true
      { idA: 'c', idB: 'f', score: 0.93 }, // false
      { idA: 'b', idB: 'a', score: 0.99 }, // the first pair again, the other way round
    ]);
    expect(c).toMatchObject({ predicted: 4, truePositives: 3, falsePositives: 1, falseNegatives: 1 });
    expect(c.precision).toBeCloseTo(0.75, 10);
    expect(c.recall).toBeCloseTo(0.75, 10);
    expect(c.f1).toBeCloseTo(0.75, 10);
    expect(problems).toEqual({ duplicates: 1, unknownIds: 0, misordered: 1, selfPairs: 0 });
  });

  it('keeps only pairs at or above a threshold', () => {
    const pairs = [
      { idA: 'a', idB: 'b', score: 0.99 },
      { idA: 'a', idB: 'c', score: 0.9 },
      { idA: 'c', idB: 'f', score: 0.8 },
    ];
    const high = evaluate(truth, pairs, 0.9).counts;
    expect(high).toMatchObject({ predicted: 2, truePositives: 2 });
    expect(high.precision).toBe(1);
    expect(high.recall).toBe(0.5);
    expect(high.f1).toBeCloseTo(2 / 3, 10);
    expect(evaluate(truth, pairs, 0.5).counts.precision).toBeCloseTo(2 / 3, 10);
  });

  it('counts pairs with unknown ids and of a record with itself as problems', () => {
    const { counts: c, problems } = evaluate(truth, [
      { idA: 'a', idB: 'zz', score: 1 },
      { idA: 'a', idB: 'a', score: 1 },
    ]);
    expect(c).toMatchObject({ predicted: 1, truePositives: 0, falsePositives: 1 });
    expect(problems).toMatchObject({ unknownIds: 1, selfPairs: 1 });
  });

  it('has no precision without predictions and an F1 of 0 without a true pair found', () => {
    const c = counts(0, 0, 4);
    expect(c.precision).toBeNaN();
    expect(c.recall).toBe(0);
    expect(c.f1).toBe(0);
  });
});

describe('breakdowns', () => {
  it('counts missed pairs under each error either record carries', () => {
    const errors = new Map<string, ErrorCode[]>([
      ['a', []],
      ['b', ['phonetic']],
      ['c', ['date_missing', 'phonetic']],
      ['d', []],
      ['e', []],
      ['f', ['sex_typo']],
    ]);
    const predicted = evaluate(truth, [{ idA: 'a', idB: 'b', score: 1 }]).predictedKeys;
    const rows = missedByError(truth, errors, predicted);
    const row = (code: string) => rows.find((r) => r.code === code);
    // a–b (phonetic, found), a–c (date_missing, phonetic; missed), b–c (same; missed), d–e (none; missed).
    expect(row('phonetic')).toEqual({ code: 'phonetic', pairs: 3, missed: 2 });
    expect(row('date_missing')).toEqual({ code: 'date_missing', pairs: 2, missed: 2 });
    expect(row('none')).toEqual({ code: 'none', pairs: 1, missed: 1 });
    expect(row('sex_typo')).toBeUndefined();
  });

  it('names the relation of two people', () => {
    const info = (groupId: string, groupKind: string, role: string): PersonInfo => ({
      groupId,
      groupKind,
      role,
    });
    expect(relationOf(info('g1', 'family', 'twin'), info('g1', 'family', 'twin'), false)).toBe('twins');
    expect(relationOf(info('g1', 'family', 'child'), info('g1', 'family', 'twin'), false)).toBe('siblings');
    expect(relationOf(info('g1', 'family', 'junior'), info('g1', 'family', 'head'), true)).toBe(
      'father_and_son_same_name',
    );
    expect(relationOf(info('g1', 'family', 'spouse'), info('g1', 'family', 'junior'), false)).toBe(
      'parent_and_child',
    );
    expect(relationOf(info('g1', 'family', 'head'), info('g1', 'family', 'spouse'), false)).toBe('spouses');
    expect(relationOf(info('g2', 'namesakes', 'namesake'), info('g2', 'namesakes', 'namesake'), true)).toBe(
      'namesakes',
    );
    expect(relationOf(info('g1', 'single', 'single'), info('g3', 'single', 'single'), true)).toBe(
      'same_name_unrelated',
    );
    expect(relationOf(info('g1', 'single', 'single'), info('g3', 'single', 'single'), false)).toBe(
      'unrelated',
    );
  });

  it('classifies false pairs and counts the record pairs of each relation', () => {
    const family = truthFrom([
      ['h1', 'F.0'],
      ['h2', 'F.0'],
      ['s1', 'F.1'],
      ['t1', 'F.2'],
      ['u1', 'U.0'],
    ]);
    const people = new Map<string, PersonInfo>([
      ['F.0', { groupId: 'F', groupKind: 'family', role: 'head' }],
      ['F.1', { groupId: 'F', groupKind: 'family', role: 'spouse' }],
      ['F.2', { groupId: 'F', groupKind: 'family', role: 'junior' }],
      ['U.0', { groupId: 'U', groupKind: 'single', role: 'single' }],
    ]);
    const names = new Map([
      ['h1', nameKey('José Luis', 'Hernández')],
      ['h2', nameKey('JOSE LUIS', 'HERNANDEZ')],
      ['s1', nameKey('Rosa', 'López')],
      ['t1', nameKey('José Luis', 'Hernández')],
      ['u1', nameKey('José-Luis', 'Hernández')],
    ]);
    const predicted = evaluate(family, [
      { idA: 'h1', idB: 'h2', score: 1 },
      { idA: 'h1', idB: 't1', score: 1 },
      { idA: 'h2', idB: 't1', score: 1 },
      { idA: 'h1', idB: 'u1', score: 1 },
    ]).predictedKeys;
    const falsePairs = falseByRelation(family, people, names, predicted);
    expect(Object.fromEntries(falsePairs)).toEqual({ father_and_son_same_name: 2, same_name_unrelated: 1 });
    expect(Object.fromEntries(relatedPairs(family, people))).toEqual({
      spouses: 2,
      father_and_son_same_name: 2,
      parent_and_child: 1,
    });
  });
});

describe('readPairs', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'refugio-metrics-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads id_a,id_b,score and refuses anything else', async () => {
    const good = join(dir, 'good.csv');
    await writeFile(good, 'id_a,id_b,score\nA,B,0.97\r\n"C,1",D,1\n');
    expect(await readPairs(good)).toEqual([
      { idA: 'A', idB: 'B', score: 0.97 },
      { idA: 'C,1', idB: 'D', score: 1 },
    ]);
    const header = join(dir, 'header.csv');
    await writeFile(header, 'a,b,score\nA,B,1\n');
    await expect(readPairs(header)).rejects.toThrow(/header/);
    const score = join(dir, 'score.csv');
    await writeFile(score, 'id_a,id_b,score\nA,B,high\n');
    await expect(readPairs(score)).rejects.toThrow(/score.csv:2/);
  });
});

describe('csv lines', () => {
  it('quotes only the fields that need it and reads them back', () => {
    expect(csvLine(['A1', 'María José', '', 'F'])).toBe('A1,María José,,F\n');
    const line = csvLine(['A2', 'de la "Cruz"', 'Pérez, hijo']);
    expect(line).toBe('A2,"de la ""Cruz""","Pérez, hijo"\n');
    expect(parseCsvLine(line.trimEnd())).toEqual(['A2', 'de la "Cruz"', 'Pérez, hijo']);
  });
});
