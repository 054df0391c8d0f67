import { describe, expect, it } from 'vitest';
import { DATE_LEVELS } from './compare-dates';
import { DEFAULT_MODEL, modelWeights, type MatchModel } from './model';

const ESTIMATED = DATE_LEVELS.indexOf('estimated');
const DISAGREE = DATE_LEVELS.indexOf('disagree');

describe('modelWeights', () => {
  it('never counts an estimated date in the same year against, whatever EM estimated', () => {
    // A model as EM fits it among candidates blocked on the year of birth: same-year estimated
    // dates are frequent between different people, so log2(m/u) < 0.
    const u = DEFAULT_MODEL.u.map((row) => [...row]);
    u[2] = [0.001, 0.0005, 0.01, 0.0005, 0.3, 0.688];
    const fitted: MatchModel = { ...DEFAULT_MODEL, u };
    expect(Math.log2(DEFAULT_MODEL.m[2]![ESTIMATED]! / 0.3)).toBeLessThan(0);
    const weights = modelWeights(fitted);
    expect(weights[2]![ESTIMATED]).toBe(0);
    expect(weights[2]![DISAGREE]).toBeLessThan(-4);
  });

  it('keeps a positive estimated-date weight as estimated', () => {
    const weights = modelWeights(DEFAULT_MODEL);
    expect(weights[2]![ESTIMATED]).toBeCloseTo(Math.log2(0.03 / 0.03), 6);
  });
});
