import { indexPass, KEY_SLOTS, MAX_BLOCK, PASSES, WINDOW, type PassIndex } from './blocking';
import { compareRows, encodePattern, FIELDS, LEVELS, PATTERN_COUNT } from './levels';
import { DEFAULT_MODEL, estimateByEm, patternWeights, type MatchModel } from './model';
import type { MatchPair } from './person-record';
import type { PersonTable } from './person-table';
import { termFrequencyBits, tokenAgreement } from './term-frequency';

export interface Progress {
  phase: 'read' | 'block' | 'compare' | 'score';
  done: number;
  total: number;
}

export interface FindPairsOptions {
  threshold?: number;
  onProgress?: (progress: { phase: string; done: number; total: number }) => void;
  /** Use this model instead of estimating one from the data. */
  model?: MatchModel;
}

export interface FindPairsResult {
  pairs: MatchPair[];
  model: MatchModel;
  /** Candidate pairs compared (each once). */
  compared: number;
}

/**
 * The passes whose candidates the model is estimated on. Later passes look for one pattern (a given
 * name and surname written the other way round) among people the others already file together in
 * oversized blocks; their candidates, mostly namesakes, are scored but would otherwise shift the
 * estimate of how often different people agree on a name.
 */
const MODEL_PASSES = PASSES.findIndex((pass) => pass.name === 'crosswise');

/** Fewer candidate pairs than this keep the default model; fewer people, no term frequencies. */
const MIN_EM = 5000;
const MIN_TERM_FREQUENCY = 1000;

/** Lets a progress bar redraw: the comparison loop yields every so many pairs. */
const YIELD_EVERY = 200_000;
const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

// Where the given-name and surname levels sit in a pattern code.
const RADIX = LEVELS.map((levels) => levels.length + 1);
const GIVEN_DIVISOR = RADIX.slice(1).reduce((a, b) => a * b, 1);
const SURNAME_DIVISOR = RADIX.slice(2).reduce((a, b) => a * b, 1);
const DATE_DIVISOR = RADIX.slice(3).reduce((a, b) => a * b, 1);
const SEX_DIVISOR = RADIX.slice(4).reduce((a, b) => a * b, 1);
const DOCUMENT_DIVISOR = RADIX.slice(7).reduce((a, b) => a * b, 1);

/**
 * Whether a pattern agrees exactly on the full date of birth and on sex. A common name is weak
 * evidence, but an exact name on an exact full date of birth and sex is not made a stranger by its
 * commonness: the term-frequency adjustment then never counts against (twins stay apart by their
 * given names, which then disagree and get no adjustment at all).
 */
function anchoredByDateAndSex(code: number): boolean {
  const date = (Math.floor(code / DATE_DIVISOR) % RADIX[2]!) - 1;
  const sex = (Math.floor(code / SEX_DIVISOR) % RADIX[3]!) - 1;
  return date === 0 && sex === 0;
}

/** The weight of the default threshold's score (0.9), a hair above so that rounding keeps 0.9. */
const EXACT_FLOOR_BITS = Math.log2(0.9 / 0.1) + 1e-9;

/**
 * Every name token the same, the same full date of birth (a real one, not a stand-in such as
 * 1 January), no disagreement on sex and no two different documents: the same person, however
 * common the name. EM estimates agreement on a very common name among candidates as worth almost
 * nothing (different people filed together by blocking share it), and the exact date alone cannot
 * then carry the pair; such a pair weighs at least as much as the default threshold (score 0.9),
 * which keeps "Marie Joseph, F, 2015-07-31" twice a match. Twins keep their different given names
 * and get no floor.
 */
function exactNamesAndDate(code: number): boolean {
  const given = Math.floor(code / GIVEN_DIVISOR) - 1;
  const surname = (Math.floor(code / SURNAME_DIVISOR) % RADIX[1]!) - 1;
  const date = (Math.floor(code / DATE_DIVISOR) % RADIX[2]!) - 1;
  const sex = (Math.floor(code / SEX_DIVISOR) % RADIX[3]!) - 1;
  const document = (Math.floor(code / DOCUMENT_DIVISOR) % RADIX[6]!) - 1;
  return given === 0 && surname === 0 && date === 0 && sex !== 1 && document !== 2;
}

/**
 * Every pair of rows judged the same person. Blocking passes produce candidate pairs, each compared
 * once; u is estimated from random pairs, m and the prior by EM over the candidates' agreement
 * patterns; then each candidate's weight (plus a term-frequency adjustment for exact names) gives
 * its score.
 */
export async function findPairsInTable(
  table: PersonTable,
  options: FindPairsOptions = {},
): Promise<FindPairsResult> {
  const threshold = options.threshold ?? 0.9;
  const report = options.onProgress ?? (() => undefined);
  const n = table.size;
  const rowBits = Math.max(1, Math.ceil(Math.log2(n * KEY_SLOTS + 1)));

  const indexes: PassIndex[] = [];
  for (let p = 0; p < PASSES.length; p++) {
    report({ phase: 'block', done: p, total: PASSES.length });
    indexes.push(indexPass(table, PASSES[p]!, p, rowBits));
    await tick();
  }
  report({ phase: 'block', done: PASSES.length, total: PASSES.length });
  const totalPairs = indexes.reduce((sum, index) => sum + index.pairs, 0);

  const levels = new Int32Array(FIELDS.length);
  const histogram = new Float64Array(PATTERN_COUNT);
  // Candidates that can be the same person: rows and pattern code, grown as needed.
  let kept = 0;
  let rowsA = new Uint32Array(1 << 16);
  let rowsB = new Uint32Array(1 << 16);
  let codes = new Uint32Array(1 << 16);
  let visited = 0;
  let compared = 0;
  let sinceYield = 0;

  const visit = (i: number, j: number, pass: number, key: number): void => {
    visited++;
    if (coveredEarlier(indexes, pass, key, i, j)) return;
    compared++;
    compareRows(table, i, table, j, levels);
    const code = encodePattern(levels);
    if (pass < MODEL_PASSES) histogram[code]!++;
    const given = levels[0]!;
    const surname = levels[1]!;
    const strongId = levels[6] === 0 || levels[6] === 1 || levels[7] === 0;
    if ((given === 5 || given === -1) && (surname === 7 || surname === -1) && !strongId) return;
    if (kept === codes.length) {
      rowsA = grow(rowsA);
      rowsB = grow(rowsB);
      codes = grow(codes);
    }
    rowsA[kept] = i;
    rowsB[kept] = j;
    codes[kept] = code;
    kept++;
  };

  const scale = 2 ** rowBits;
  const members: number[] = [];
  for (let p = 0; p < PASSES.length; p++) {
    const { entries } = indexes[p]!;
    let start = 0;
    while (start < entries.length) {
      const key = Math.floor(entries[start]! / scale);
      let end = start + 1;
      while (end < entries.length && Math.floor(entries[end]! / scale) === key) end++;
      members.length = 0;
      for (let e = start; e < end; e++) {
        const row = Math.floor((entries[e]! % scale) / KEY_SLOTS);
        if (members[members.length - 1] !== row) members.push(row);
      }
      const size = members.length;
      if (end - start <= MAX_BLOCK) {
        for (let x = 0; x < size; x++)
          for (let y = x + 1; y < size; y++) visit(members[x]!, members[y]!, p, key);
      } else {
        const pass = PASSES[p]!;
        members.sort((a, b) => pass.order(table, a) - pass.order(table, b) || a - b);
        for (let x = 0; x < size; x++)
          for (let y = x + 1; y <= x + WINDOW && y < size; y++) visit(members[x]!, members[y]!, p, key);
      }
      sinceYield += end - start <= MAX_BLOCK ? (size * (size - 1)) / 2 : size * WINDOW;
      if (sinceYield >= YIELD_EVERY) {
        sinceYield = 0;
        report({ phase: 'compare', done: visited, total: totalPairs });
        await tick();
      }
      start = end;
    }
  }
  report({ phase: 'compare', done: totalPairs, total: totalPairs });

  const model = options.model ?? fitModel(histogram, compared);
  const weights = patternWeights(model);
  const agreement = n >= MIN_TERM_FREQUENCY ? tokenAgreement(table) : null;
  const pairs: MatchPair[] = [];
  const seen = new Set<number>();
  const minimumWeight = Math.log2(threshold / (1 - threshold));
  for (let k = 0; k < kept; k++) {
    const code = codes[k]!;
    const i = rowsA[k]!;
    const j = rowsB[k]!;
    const given = Math.floor(code / GIVEN_DIVISOR) - 1;
    const surname = (Math.floor(code / SURNAME_DIVISOR) % RADIX[1]!) - 1;
    let adjustment = agreement ? termFrequencyBits(table, i, given, surname, agreement) : 0;
    if (adjustment < 0 && anchoredByDateAndSex(code)) adjustment = 0;
    let weight = weights[code]! + adjustment;
    if (weight < EXACT_FLOOR_BITS && exactNamesAndDate(code) && !table.estimated[i] && !table.estimated[j])
      weight = EXACT_FLOOR_BITS;
    if (weight < minimumWeight || table.isEmpty(i)) continue;
    const pairKey = i < j ? i * n + j : j * n + i;
    if (seen.has(pairKey)) continue;
    seen.add(pairKey);
    const idI = table.ids[i]!;
    const idJ = table.ids[j]!;
    const score = 1 / (1 + 2 ** -weight);
    pairs.push(idI < idJ ? { idA: idI, idB: idJ, score } : { idA: idJ, idB: idI, score });
    if (k % YIELD_EVERY === 0) report({ phase: 'score', done: k, total: kept });
  }
  report({ phase: 'score', done: kept, total: kept });
  pairs.sort((a, b) => (a.idA < b.idA ? -1 : a.idA > b.idA ? 1 : a.idB < b.idB ? -1 : a.idB > b.idB ? 1 : 0));
  return { pairs, model, compared };
}

function grow(array: Uint32Array<ArrayBuffer>): Uint32Array<ArrayBuffer> {
  const next = new Uint32Array(array.length * 2);
  next.set(array);
  return next;
}

/**
 * Whether rows i and j share a key of an earlier pass, or a smaller key of this pass, whose block
 * compared all its pairs: then they were compared there, and are not compared again.
 */
function coveredEarlier(indexes: PassIndex[], pass: number, key: number, i: number, j: number): boolean {
  for (let q = 0; q <= pass; q++) {
    const { keys, sizes } = indexes[q]!;
    for (let x = 0; x < KEY_SLOTS; x++) {
      const k = keys[i * KEY_SLOTS + x]!;
      if (k === 0 || sizes[i * KEY_SLOTS + x]! > MAX_BLOCK) continue;
      if (q === pass && k >= key) continue;
      for (let y = 0; y < KEY_SLOTS; y++) if (keys[j * KEY_SLOTS + y] === k) return true;
    }
  }
  return false;
}

/** m, u and the prior by EM over the candidates' patterns; the defaults when there are too few. */
export function fitModel(histogram: Float64Array, compared: number): MatchModel {
  if (compared < MIN_EM) return DEFAULT_MODEL;
  return estimateByEm(histogram, DEFAULT_MODEL);
}
