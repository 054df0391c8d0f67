/**
 * Precision, recall and F1 of predicted pairs against a labelled set's truth, and where the errors
 * lie: missed pairs by the error the records carry, false pairs by how the two people are related.
 */
import { readCsv } from './csv';
import { ERROR_CODES, type ErrorCode } from './profiles';
import { stripAccents } from './errors';

export interface Truth {
  /** Record id → person id. */
  personOf: Map<string, string>;
  /** Person id → their record ids. */
  recordsOf: Map<string, string[]>;
  truePairs: number;
}

export function truthFrom(rows: Iterable<readonly [string, string]>): Truth {
  const personOf = new Map<string, string>();
  const recordsOf = new Map<string, string[]>();
  for (const [id, person] of rows) {
    if (personOf.has(id)) throw new Error(`record ${id} appears twice in the truth`);
    personOf.set(id, person);
    const records = recordsOf.get(person);
    if (records) records.push(id);
    else recordsOf.set(person, [id]);
  }
  let truePairs = 0;
  for (const records of recordsOf.values()) truePairs += (records.length * (records.length - 1)) / 2;
  return { personOf, recordsOf, truePairs };
}

export interface Pair {
  idA: string;
  idB: string;
  score: number;
}

/** Canonical key of an unordered pair. */
export const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

export interface Counts {
  predicted: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  f1: number;
}

export function counts(truePositives: number, predicted: number, truePairs: number): Counts {
  const falsePositives = predicted - truePositives;
  const precision = predicted === 0 ? Number.NaN : truePositives / predicted;
  const recall = truePairs === 0 ? Number.NaN : truePositives / truePairs;
  const f1 = truePositives === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return {
    predicted,
    truePositives,
    falsePositives,
    falseNegatives: truePairs - truePositives,
    precision,
    recall,
    f1,
  };
}

/** Problems with the output itself (a pair listed twice, an unknown id, id_a ≥ id_b): each is counted. */
export interface OutputProblems {
  duplicates: number;
  unknownIds: number;
  misordered: number;
  selfPairs: number;
}

/**
 * Scores `pairs` (those with score ≥ `threshold`) against the truth. A pair listed twice counts
 * once; pairs with ids outside the truth count as false.
 */
export function evaluate(
  truth: Truth,
  pairs: readonly Pair[],
  threshold: number = -Infinity,
): { counts: Counts; problems: OutputProblems; predictedKeys: Set<string> } {
  const problems: OutputProblems = { duplicates: 0, unknownIds: 0, misordered: 0, selfPairs: 0 };
  const predictedKeys = new Set<string>();
  let truePositives = 0;
  for (const { idA, idB, score } of pairs) {
    if (!(score >= threshold)) continue;
    if (idA === idB) {
      problems.selfPairs++;
      continue;
    }
    if (!(idA < idB)) problems.misordered++;
    const key = pairKey(idA, idB);
    if (predictedKeys.has(key)) {
      problems.duplicates++;
      continue;
    }
    predictedKeys.add(key);
    const a = truth.personOf.get(idA);
    const b = truth.personOf.get(idB);
    if (a === undefined || b === undefined) problems.unknownIds++;
    else if (a === b) truePositives++;
  }
  return { counts: counts(truePositives, predictedKeys.size, truth.truePairs), problems, predictedKeys };
}

/** Per error code: the true pairs in which either record carries it, and how many were missed. */
export interface ErrorBreakdownRow {
  code: ErrorCode | 'none';
  pairs: number;
  missed: number;
}

/**
 * Missed pairs by error type. A pair counts under every error either of its records carries
 * (so rows overlap); `none` is the pairs whose records carry no error at all.
 */
export function missedByError(
  truth: Truth,
  errorsOf: ReadonlyMap<string, readonly ErrorCode[]>,
  predictedKeys: ReadonlySet<string>,
): ErrorBreakdownRow[] {
  const rows = new Map<ErrorCode | 'none', ErrorBreakdownRow>();
  for (const code of [...ERROR_CODES, 'none'] as const) rows.set(code, { code, pairs: 0, missed: 0 });
  for (const records of truth.recordsOf.values()) {
    for (let i = 0; i < records.length; i++) {
      for (let j = i + 1; j < records.length; j++) {
        const missed = !predictedKeys.has(pairKey(records[i]!, records[j]!));
        const codes = new Set([...(errorsOf.get(records[i]!) ?? []), ...(errorsOf.get(records[j]!) ?? [])]);
        if (codes.size === 0) codes.add('none' as ErrorCode);
        for (const code of codes) {
          const row = rows.get(code)!;
          row.pairs++;
          if (missed) row.missed++;
        }
      }
    }
  }
  return [...rows.values()].filter((row) => row.pairs > 0);
}

export interface PersonInfo {
  groupId: string;
  groupKind: string;
  role: string;
}

export type Relation =
  | 'twins'
  | 'siblings'
  | 'father_and_son_same_name'
  | 'parent_and_child'
  | 'spouses'
  | 'namesakes'
  | 'same_name_unrelated'
  | 'unrelated';

const PARENT = new Set(['head', 'spouse']);

/** How two different people of a set are related (families and namesakes are the hard negatives). */
export function relationOf(a: PersonInfo, b: PersonInfo, sameName: boolean): Relation {
  if (a.groupId !== b.groupId) return sameName ? 'same_name_unrelated' : 'unrelated';
  if (a.groupKind === 'namesakes') return 'namesakes';
  if (PARENT.has(a.role) && PARENT.has(b.role)) return 'spouses';
  if (PARENT.has(a.role) || PARENT.has(b.role)) {
    const [parent, child] = PARENT.has(a.role) ? [a, b] : [b, a];
    return parent.role === 'head' && child.role === 'junior'
      ? 'father_and_son_same_name'
      : 'parent_and_child';
  }
  return a.role === 'twin' && b.role === 'twin' ? 'twins' : 'siblings';
}

/** A record's name for the "same name" test: accents, case and spacing ignored. */
export const nameKey = (given: string, firstSurname: string) =>
  stripAccents(`${given} ${firstSurname}`)
    .toLowerCase()
    .replace(/[\s-]+/g, ' ')
    .trim();

/** False pairs by relation. */
export function falseByRelation(
  truth: Truth,
  people: ReadonlyMap<string, PersonInfo>,
  nameOf: ReadonlyMap<string, string>,
  predictedKeys: ReadonlySet<string>,
): Map<Relation, number> {
  const byRelation = new Map<Relation, number>();
  for (const key of predictedKeys) {
    const [idA, idB] = key.split('\u0000') as [string, string];
    const a = truth.personOf.get(idA);
    const b = truth.personOf.get(idB);
    if (a === undefined || b === undefined || a === b) continue;
    const infoA = people.get(a);
    const infoB = people.get(b);
    if (!infoA || !infoB) continue;
    const relation = relationOf(infoA, infoB, nameOf.get(idA) === nameOf.get(idB));
    byRelation.set(relation, (byRelation.get(relation) ?? 0) + 1);
  }
  return byRelation;
}

/** Record pairs between different people of the same family or namesake group, by relation. */
export function relatedPairs(truth: Truth, people: ReadonlyMap<string, PersonInfo>): Map<Relation, number> {
  const byGroup = new Map<string, string[]>();
  for (const [person, info] of people) {
    if (info.groupKind === 'single') continue;
    const members = byGroup.get(info.groupId);
    if (members) members.push(person);
    else byGroup.set(info.groupId, [person]);
  }
  const out = new Map<Relation, number>();
  for (const members of byGroup.values()) {
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const relation = relationOf(people.get(members[i]!)!, people.get(members[j]!)!, false);
        const n =
          (truth.recordsOf.get(members[i]!)?.length ?? 0) * (truth.recordsOf.get(members[j]!)?.length ?? 0);
        out.set(relation, (out.get(relation) ?? 0) + n);
      }
    }
  }
  return out;
}

// Readers of the files a set and `refugio dedup` write.

export async function readTruth(path: string): Promise<Truth> {
  const rows: [string, string][] = [];
  let header = true;
  for await (const [id, person] of readCsv(path)) {
    if (header) {
      header = false;
      continue;
    }
    rows.push([id!, person!]);
  }
  return truthFrom(rows);
}

/** Reads `id_a,id_b,score`; a malformed line is an error (the CLI must write what it promises). */
export async function readPairs(path: string): Promise<Pair[]> {
  const pairs: Pair[] = [];
  let line = 0;
  for await (const fields of readCsv(path)) {
    line++;
    if (line === 1) {
      if (fields.join(',') !== 'id_a,id_b,score')
        throw new Error(`${path}: header is "${fields.join(',')}", expected "id_a,id_b,score"`);
      continue;
    }
    const [idA, idB, score] = fields;
    const value = Number(score);
    if (fields.length !== 3 || !idA || !idB || score === '' || !Number.isFinite(value))
      throw new Error(`${path}:${line}: expected id_a,id_b,score, got "${fields.join(',')}"`);
    pairs.push({ idA, idB, score: value });
  }
  return pairs;
}

export async function readLabels(path: string): Promise<Map<string, ErrorCode[]>> {
  const errorsOf = new Map<string, ErrorCode[]>();
  let header = true;
  for await (const [id, , errors] of readCsv(path)) {
    if (header) {
      header = false;
      continue;
    }
    errorsOf.set(id!, errors ? (errors.split('|') as ErrorCode[]) : []);
  }
  return errorsOf;
}

export async function readPeople(path: string): Promise<Map<string, PersonInfo>> {
  const people = new Map<string, PersonInfo>();
  let header = true;
  for await (const [person, groupId, groupKind, role] of readCsv(path)) {
    if (header) {
      header = false;
      continue;
    }
    people.set(person!, { groupId: groupId!, groupKind: groupKind!, role: role! });
  }
  return people;
}

/** Record id → name key, from the persons file. */
export async function readNames(path: string): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  let header = true;
  for await (const [id, given, first] of readCsv(path)) {
    if (header) {
      header = false;
      continue;
    }
    names.set(id!, nameKey(given ?? '', first ?? ''));
  }
  return names;
}
