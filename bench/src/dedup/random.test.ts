import { describe, expect, it } from 'vitest';
import { permute40, Rng, Weighted, zipf } from './random';

describe('Rng', () => {
  it('gives the same numbers for the same seed and stream, others for another', () => {
    const draw = (seed: string, stream: number) => {
      const rng = new Rng(seed, stream);
      return Array.from({ length: 5 }, () => rng.next32());
    };
    expect(draw('s', 3)).toEqual(draw('s', 3));
    expect(draw('s', 3)).not.toEqual(draw('s', 4));
    expect(draw('s', 3)).not.toEqual(draw('t', 3));
  });

  it('draws uniformly in [0, 1) and integers within both bounds', () => {
    const rng = new Rng(1);
    const buckets = new Array<number>(10).fill(0);
    const ints = new Set<number>();
    let outside = 0;
    for (let i = 0; i < 20_000; i++) {
      const x = rng.next();
      if (!(x >= 0 && x < 1)) outside++;
      else buckets[Math.floor(x * 10)]!++;
      ints.add(rng.int(3, 6));
    }
    expect(outside).toBe(0);
    for (const count of buckets) expect(count).toBeGreaterThan(1700);
    expect([...ints].sort()).toEqual([3, 4, 5, 6]);
  });
});

describe('Weighted and zipf', () => {
  it('picks in proportion to the weights', () => {
    const list = new Weighted([
      ['a', 3],
      ['b', 1],
      ['c', 0],
    ]);
    const rng = new Rng(2);
    const seen = { a: 0, b: 0, c: 0 };
    for (let i = 0; i < 40_000; i++) seen[list.pick(rng) as 'a' | 'b' | 'c']++;
    expect(seen.c).toBe(0);
    expect(seen.a / 40_000).toBeCloseTo(0.75, 1);
  });

  it('gives the head of a ranked list a large share and the tail a small one', () => {
    const names = zipf(
      Array.from({ length: 300 }, (_, i) => `n${i}`),
      0.7,
      1.5,
    );
    expect(names.share(0)).toBeGreaterThan(0.03);
    expect(names.share(0)).toBeLessThan(0.1);
    expect(names.share(0)).toBeGreaterThan(names.share(1));
    expect(names.share(299)).toBeLessThan(names.share(0) / 20);
  });

  it('refuses an empty list or one without weight', () => {
    expect(() => new Weighted([])).toThrow();
    expect(() => new Weighted([['a', 0]])).toThrow();
  });
});

describe('permute40', () => {
  it('maps distinct numbers to distinct numbers below 2^40, keyed by the seed', () => {
    const seen = new Set<number>();
    let outside = 0;
    for (let i = 0; i < 100_000; i++) {
      const p = permute40(i, 'k');
      if (!(p >= 0 && p < 2 ** 40 && Number.isInteger(p))) outside++;
      seen.add(p);
    }
    expect(outside).toBe(0);
    expect(seen.size).toBe(100_000);
    expect(permute40(7, 'k')).not.toBe(permute40(7, 'other'));
    expect(permute40(7, 'k')).toBe(permute40(7, 'k'));
  });
});
