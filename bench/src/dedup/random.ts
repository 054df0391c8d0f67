/**
 * Deterministic randomness for the labelled sets: a small fast generator (sfc32) seeded from
 * (seed, stream), so that group n of a set is the same whatever the set's size, and weighted
 * choices over frequency-ranked lists (Zipf-like: a few very common names and a long tail).
 */

/** 32-bit mix of a string or numbers (FNV-1a then murmur3's finaliser). */
export function hash32(...parts: (string | number)[]): number {
  let h = 0x811c9dc5;
  for (const part of parts) {
    const text = String(part);
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    h ^= 0xff;
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** 32-bit mix of two integers (murmur3's finaliser over a combination): no allocation. */
export function mix32(a: number, b: number): number {
  let h = (Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + 0x7f4a7c15, 0xc2b2ae35)) | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const seedHashes = new Map<string | number, number>();
/** hash32 of a seed, remembered: a set's generator hashes the same few seeds for every group. */
function seedHash(seed: string | number): number {
  let hash = seedHashes.get(seed);
  if (hash === undefined) {
    if (seedHashes.size > 64) seedHashes.clear();
    hash = hash32(seed);
    seedHashes.set(seed, hash);
  }
  return hash;
}

/** sfc32: small, fast, passes PractRand far beyond what a test set needs. */
export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: string | number, stream: number = 0) {
    const base = mix32(seedHash(seed), stream);
    this.a = mix32(base, 1);
    this.b = mix32(base, 2);
    this.c = mix32(base, 3);
    this.d = 1;
    for (let i = 0; i < 12; i++) this.next32();
  }

  next32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.next32() / 4294967296;
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return p > 0 && this.next() < p;
  }

  /** Integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(values: readonly T[]): T {
    if (values.length === 0) throw new Error('pick from an empty list');
    return values[Math.floor(this.next() * values.length)]!;
  }
}

/** A list with cumulative weights, for choices in O(log n). */
export class Weighted<T> {
  readonly values: readonly T[];
  private readonly cumulative: Float64Array;

  constructor(entries: readonly (readonly [T, number])[]) {
    if (entries.length === 0) throw new Error('a weighted list needs entries');
    this.values = entries.map(([value]) => value);
    this.cumulative = new Float64Array(entries.length);
    let total = 0;
    entries.forEach(([, weight], i) => {
      if (!(weight >= 0)) throw new Error(`negative weight at ${i}`);
      total += weight;
      this.cumulative[i] = total;
    });
    if (total <= 0) throw new Error('a weighted list needs a positive total');
  }

  /** Share of the whole weight held by entry `i` (for tests and documentation). */
  share(i: number): number {
    const total = this.cumulative[this.cumulative.length - 1]!;
    return (this.cumulative[i]! - (i > 0 ? this.cumulative[i - 1]! : 0)) / total;
  }

  pick(rng: Rng): T {
    const x = rng.next() * this.cumulative[this.cumulative.length - 1]!;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.cumulative[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    return this.values[lo]!;
  }
}

/**
 * Zipf-like weights over a list ranked from most to least frequent: weight 1 / (rank + offset)^s.
 * The offset flattens the head a little, as real name frequencies are flatter than pure Zipf.
 */
export function zipf<T>(ranked: readonly T[], exponent: number, offset: number = 1): Weighted<T> {
  return new Weighted(ranked.map((value, rank) => [value, 1 / Math.pow(rank + offset, exponent)] as const));
}

/**
 * A bijection of [0, 2^40) keyed by the seed (a 4-round Feistel network): record ids that look
 * random, never collide and do not reveal which records belong together.
 */
export function permute40(value: number, seed: string | number): number {
  const mask = 0xfffff;
  const key = seedHash(seed);
  let left = Math.floor(value / 0x100000) & mask;
  let right = value & mask;
  for (let round = 0; round < 4; round++) {
    const f = mix32(key + round, right) & mask;
    [left, right] = [right, (left ^ f) & mask];
  }
  return left * 0x100000 + right;
}
