import { describe, expect, it } from 'vitest';
import type { RiskIndicator } from '@refugio/contract';
import { drawSample, riskIndicatorsOf, type SampleCandidate } from './sampling';

const plain = (n: number): SampleCandidate[] =>
  Array.from({ length: n }, (_, i) => ({ key: String(i + 1), riskIndicators: [] }));
const flagged = (key: string, ...flags: RiskIndicator[]): SampleCandidate => ({ key, riskIndicators: flags });

describe('drawSample', () => {
  it('is reproducible from the seed, whatever order the decisions come in', () => {
    const candidates = [...plain(40), flagged('100', 'returned_twice')];
    const first = drawSample(candidates, 0.25, 1234);
    expect(drawSample([...candidates].reverse(), 0.25, 1234)).toEqual(first);
    expect(drawSample(candidates, 0.25, 4321).map((c) => c.key)).not.toEqual(first.map((c) => c.key));
  });

  it('takes every risk-flagged decision and the share of the rest, rounded', () => {
    const candidates = [
      ...plain(30),
      flagged('200', 'decision_late'),
      flagged('201', 'new_officer', 'returned_twice'),
    ];
    const drawn = drawSample(candidates, 0.1, 7);
    expect(drawn.filter((c) => c.reason === 'random')).toHaveLength(3);
    expect(drawn.filter((c) => c.reason === 'risk')).toEqual([
      { key: '200', reason: 'risk', riskIndicators: ['decision_late'] },
      { key: '201', reason: 'risk', riskIndicators: ['new_officer', 'returned_twice'] },
    ]);
    expect(drawSample(candidates, 0, 7).map((c) => c.key)).toEqual(['200', '201']);
    expect(drawSample(candidates, 1, 7)).toHaveLength(32);
  });

  it('never draws the same decision twice', () => {
    const candidates = [...plain(10), ...plain(10), flagged('5', 'decision_late')];
    const keys = drawSample(candidates, 1, 99).map((c) => c.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toHaveLength(10);
  });

  it('orders the draw by the history (numeric event ids)', () => {
    const keys = drawSample([flagged('10', 'new_officer'), flagged('9', 'new_officer')], 0, 1).map(
      (c) => c.key,
    );
    expect(keys).toEqual(['9', '10']);
  });
});

describe('riskIndicatorsOf', () => {
  const base = {
    outcome: 'rejected' as const,
    returns: 0,
    specificNeeds: [],
    decidedLate: false,
    authorEarlierDecisions: 20,
  };
  it('raises nothing on an ordinary refusal by an experienced officer', () => {
    expect(riskIndicatorsOf(base)).toEqual([]);
  });
  it('flags a refusal of someone with serious specific needs, not a recognition', () => {
    expect(riskIndicatorsOf({ ...base, specificNeeds: ['LP-RR', 'SV-VF'] })).toEqual([
      'refusal_with_specific_needs',
    ]);
    expect(riskIndicatorsOf({ ...base, outcome: 'recognized', specificNeeds: ['SV-VF'] })).toEqual([]);
  });
  it('flags two returns, a late decision and an officer’s first five decisions', () => {
    expect(riskIndicatorsOf({ ...base, returns: 2, decidedLate: true, authorEarlierDecisions: 4 })).toEqual([
      'returned_twice',
      'decision_late',
      'new_officer',
    ]);
    expect(riskIndicatorsOf({ ...base, returns: 1, authorEarlierDecisions: 5 })).toEqual([]);
  });
});
