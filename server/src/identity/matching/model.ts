import { decodePattern, FIELDS, PATTERN_COUNT } from './levels';

/**
 * A Fellegi–Sunter model: for each field and agreement level, m = P(level | same person) and
 * u = P(level | different people); `prior` = P(same person) for a candidate pair that blocking
 * produced. A field's weight is log2(m/u) bits; a pair's weight is the prior's log-odds plus the
 * weights of its fields (missing fields count 0), and its score is that weight as a probability.
 */
export interface MatchModel {
  prior: number;
  m: number[][];
  u: number[][];
}

/**
 * The defaults: the model used when there is too little data to estimate one (a few hundred people,
 * and the registration-time comparison of two people) and the prior that pulls estimates from small
 * inputs. m from the error rates officers make (a name misheard or mistyped in about one record in
 * ten, a date in about one in seven); u and the prior as EM estimated them among the candidate pairs
 * of a labelled development set of 20,000 people of the region (bench/src/dedup, profile dev).
 */
export const DEFAULT_MODEL: MatchModel = {
  prior: 0.1,
  m: [
    // exact, variant, subset, one_shared, typo, disagree
    [0.7, 0.06, 0.06, 0.02, 0.12, 0.04],
    // exact, phonetic, swapped, typo, second_missing, first_only, one_shared, disagree
    [0.62, 0.08, 0.04, 0.08, 0.08, 0.04, 0.03, 0.03],
    // exact, day_month_swapped, one_digit, year_off_by_one, estimated, disagree
    [0.8, 0.03, 0.05, 0.05, 0.03, 0.04],
    [0.98, 0.02],
    [0.97, 0.03],
    [0.97, 0.03],
    // exact, typo, disagree
    [0.9, 0.05, 0.05],
    [0.8, 0.2],
  ],
  u: [
    [0.12, 0.011, 0.3, 0.005, 0.23, 0.334],
    [0.023, 0.0047, 0.0015, 0.001, 0.04, 0.23, 0.6981, 0.0017],
    [0.0014, 0.00035, 0.019, 0.00012, 0.03, 0.94913],
    [0.8, 0.2],
    [0.17, 0.83],
    [0.3, 0.7],
    [0.00001, 0.0001, 0.99989],
    [0.00001, 0.99999],
  ],
};

/**
 * The least weight, in bits, that disagreement on each field counts against (log2 of m over u among
 * random pairs of people). Among candidate pairs, disagreement on a field can look typical of
 * matches, because blocking filed those people together on other fields (a given name and a date of
 * birth); the data may make disagreement count more against, never less.
 */
const DISAGREEMENT_BITS = [-9, -5.6, -4.6, -4, -4, -4, -4.3, -2.3];

/**
 * Two compound given names sharing one token (José Jorge / José Rafael) are siblings or twins more
 * often than one person: this level never counts for a match.
 */
const GIVEN_ONE_SHARED_BITS = -2;

/**
 * An estimated date (1 January of the year) against a real date of the same or the next year is
 * partial agreement: it never counts against. Among candidates, blocking on the year of birth makes
 * same-year pairs common between different people, and EM would price it below zero.
 */
const ESTIMATED_DATE = 4;

/**
 * Field weights in bits, [field][level]. Agreement on a field's best level never counts against, and
 * disagreement counts against at least as much as the defaults say: blocking files together people
 * who agree on some fields (a given name and a date of birth), so among candidates a disagreeing
 * surname can look common in the "same person" class; the data may strengthen, never weaken it.
 */
export function modelWeights(model: MatchModel): number[][] {
  return model.m.map((m, f) =>
    m.map((mLevel, l) => {
      const weight = Math.log2(mLevel / model.u[f]![l]!);
      if (l === 0) return Math.max(0, weight);
      if (f === 0 && l === 3) return Math.min(GIVEN_ONE_SHARED_BITS, weight);
      if (f === 2 && l === ESTIMATED_DATE) return Math.max(0, weight);
      if (l < m.length - 1) return weight;
      return Math.min(DISAGREEMENT_BITS[f]!, weight);
    }),
  );
}

export function priorBits(model: MatchModel): number {
  return Math.log2(model.prior / (1 - model.prior));
}

/** The weight of every pattern code (prior included), for the comparison loop to look up. */
export function patternWeights(model: MatchModel): Float64Array {
  const weights = modelWeights(model);
  const prior = priorBits(model);
  const table = new Float64Array(PATTERN_COUNT);
  const levels = new Int32Array(FIELDS.length);
  for (let code = 0; code < PATTERN_COUNT; code++) {
    decodePattern(code, levels);
    let w = prior;
    for (let f = 0; f < FIELDS.length; f++) if (levels[f]! >= 0) w += weights[f]![levels[f]!]!;
    table[code] = w;
  }
  return table;
}

export interface EmOptions {
  iterations?: number;
  /**
   * Pseudo-pairs of the default m: held strongly, since blocking breaks the independence EM assumes
   * and a free m drifts toward whatever the blocking keys share.
   */
  mStrength?: number;
  /** Pseudo-pairs of the default u, only to keep small inputs sane. */
  uStrength?: number;
}

/**
 * Expectation–maximisation of m, u and the prior over the agreement patterns of the candidate pairs
 * (counts by pattern code), starting from the defaults with a small prior. u is estimated among the
 * candidates, not from random pairs: blocking makes candidates agree on the blocked fields far more
 * often than random pairs do, and weights learned against random-pair u then mistake "shares a common
 * surname" for "same person" (the EM drifts to that class). The score is therefore calibrated for a
 * candidate pair, which is what the engine and the registration-time search score.
 */
export function estimateByEm(histogram: Float64Array, base: MatchModel, options: EmOptions = {}): MatchModel {
  const iterations = options.iterations ?? 40;
  let total = 0;
  for (let code = 0; code < histogram.length; code++) total += histogram[code]!;
  // As much weight as the data's own expected matches (at the default prior): the estimate moves
  // halfway from the default, however large the input.
  const mStrength = options.mStrength ?? Math.max(5000, total * base.prior);
  const uStrength = options.uStrength ?? 500;
  const codes: number[] = [];
  const counts: number[] = [];
  for (let code = 0; code < histogram.length; code++)
    if (histogram[code]! > 0) {
      codes.push(code);
      counts.push(histogram[code]!);
    }
  const patterns = codes.map((code) => {
    const levels = new Int32Array(FIELDS.length);
    decodePattern(code, levels);
    return levels;
  });
  let m = base.m.map((row) => [...row]);
  // u starts from the candidates' own level frequencies (almost all candidates are different people).
  let u = levelFrequencies(patterns, counts, base.u);
  let prior = Math.min(base.prior, 0.02);
  for (let iteration = 0; iteration < iterations; iteration++) {
    const expectedM = m.map((row) => row.map(() => 0));
    const expectedU = u.map((row) => row.map(() => 0));
    let matches = 0;
    let total = 0;
    for (let p = 0; p < patterns.length; p++) {
      const levels = patterns[p]!;
      let logRatio = Math.log(prior / (1 - prior));
      for (let f = 0; f < levels.length; f++) {
        const l = levels[f]!;
        if (l >= 0) logRatio += Math.log(m[f]![l]! / u[f]![l]!);
      }
      const probability = 1 / (1 + Math.exp(-logRatio));
      const count = counts[p]!;
      matches += probability * count;
      total += count;
      for (let f = 0; f < levels.length; f++) {
        const l = levels[f]!;
        if (l < 0) continue;
        expectedM[f]![l]! += probability * count;
        expectedU[f]![l]! += (1 - probability) * count;
      }
    }
    prior = Math.min(0.5, Math.max(1e-6, matches / total));
    m = smooth(expectedM, base.m, mStrength);
    u = smooth(expectedU, base.u, uStrength);
  }
  return { prior, m, u };
}

function smooth(expected: number[][], base: number[][], strength: number): number[][] {
  return expected.map((row, f) => {
    const sum = row.reduce((a, b) => a + b, 0);
    return row.map((value, l) => (value + strength * base[f]![l]!) / (sum + strength));
  });
}

function levelFrequencies(patterns: Int32Array[], counts: number[], base: number[][]): number[][] {
  const frequencies = base.map((row) => row.map(() => 0));
  patterns.forEach((levels, p) => {
    for (let f = 0; f < levels.length; f++) if (levels[f]! >= 0) frequencies[f]![levels[f]!]! += counts[p]!;
  });
  return smooth(frequencies, base, 10);
}
