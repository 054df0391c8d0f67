import { describe, expect, it } from 'vitest';
import type { CountryProfile, Triage } from '@refugio/contract';
import { loadAllCountryProfiles, loadCountryProfile } from '../countries/country-profile.loader';
import { checkTriageCoherence, implies } from './triage-coherence';
import { rule, testTriage } from './triage.fixtures';

/** A mutable copy of Mexico's profile (loaded profiles are frozen) with the given triage. */
function withTriage(triage: Triage): CountryProfile {
  return { ...structuredClone(loadCountryProfile('MEX')), triage };
}

const messages = (triage: Triage) => checkTriageCoherence(withTriage(triage));
const usingBoth = [
  rule('profile', 'accelerated', { indicatorsAny: ['listed_profile'] }),
  rule('economic', 'accelerated', { indicatorsAny: ['economic_only'] }),
];

describe('the seven country triages', () => {
  it.each(loadAllCountryProfiles().map((p) => [p.code, p] as const))('%s is coherent', (_code, profile) => {
    expect(checkTriageCoherence(profile)).toEqual([]);
  });
});

describe('an incoherent triage is reported with the path of the rule', () => {
  it('succeeds for the test triage once every indicator is used', () => {
    expect(messages(testTriage(usingBoth))).toEqual([]);
  });

  it('fails on tracks, indicators, codes and nationalities that do not exist', () => {
    const triage = testTriage([
      ...usingBoth,
      rule('bad', 'simplified', {
        indicatorsAny: ['made_up'],
        specificNeedsAny: ['SC-UC', 'XX-YY'],
        nationalityAny: ['NIC', 'ZZZ'],
      }),
    ]);
    triage.tracks = triage.tracks.filter((t) => t.id !== 'simplified');
    triage.defaultTrack = 'simplified';
    expect(messages(triage)).toEqual([
      { path: 'triage.defaultTrack', message: 'simplified is not a listed track' },
      { path: 'triage.rules.2.track', message: 'simplified is not a listed track' },
      { path: 'triage.rules.2.when.specificNeedsAny.1', message: 'XX-YY is not a UNHCR specific-needs code' },
      {
        path: 'triage.rules.2.when.nationalityAny.1',
        message: 'ZZZ is not an ISO 3166-1 alpha-3 country code',
      },
      { path: 'triage.rules.2.when.indicatorsAny.0', message: 'made_up is not an indicator of this profile' },
    ]);
  });

  it('fails on duplicate ids, two versions from one date and an indicator no rule uses', () => {
    const triage = testTriage([usingBoth[0]!, usingBoth[0]!]);
    triage.tracks.push(triage.tracks[0]!);
    triage.indicators.push(triage.indicators[0]!);
    expect(messages(triage)).toEqual([
      { path: 'triage.tracks', message: 'regular appears twice' },
      { path: 'triage.indicators', message: 'listed_profile appears twice' },
      { path: 'triage.rules.1', message: 'profile has two versions from the same date (rules.0)' },
      { path: 'triage.indicators.1', message: 'no rule uses economic_only' },
    ]);
  });

  it('fails on a rule hidden by an earlier one that holds whenever it does', () => {
    const triage = testTriage([
      ...usingBoth,
      rule('children', 'prioritised', { ageUnder: 18 }),
      rule('young_nicaraguans', 'simplified', { ageUnder: 12, nationalityAny: ['NIC'] }),
    ]);
    expect(messages(triage)).toEqual([
      {
        path: 'triage.rules.3',
        message: 'young_nicaraguans never applies: children comes first and holds whenever it does',
      },
    ]);
  });

  it('succeeds when the earlier rule ends or starts later, or only holds for the principal', () => {
    const young = rule('young', 'simplified', { ageUnder: 12 });
    for (const earlier of [
      rule('children', 'prioritised', { ageUnder: 18 }, { effectiveUntil: '2026-01-01' }),
      rule('children', 'prioritised', { ageUnder: 18 }, { effectiveFrom: '2026-01-01' }),
      rule('children', 'prioritised', { ageUnder: 18, who: 'principal' }),
    ]) {
      expect(messages(testTriage([...usingBoth, earlier, young]))).toEqual([]);
    }
  });

  it('fails on a condition that never holds, a rule that ends before it starts, and who without a person', () => {
    const triage = testTriage([
      ...usingBoth,
      rule('never', 'prioritised', { ageAtLeast: 18, ageUnder: 18 }),
      rule('backwards', 'prioritised', { ageUnder: 5 }, { effectiveUntil: '2019-12-31' }),
      rule('whose', 'accelerated', { indicatorsAny: ['listed_profile', 'economic_only'], who: 'principal' }),
    ]);
    expect(messages(triage)).toEqual([
      { path: 'triage.rules.2.when', message: 'no one is at least 18 and under 18: the rule never holds' },
      { path: 'triage.rules.3.effectiveUntil', message: 'backwards ends before it starts' },
      {
        path: 'triage.rules.4.when.who',
        message: 'who says whose facts count, but the rule tests no person',
      },
    ]);
  });

  it('fails on override roles that do not exist or cannot read cases', () => {
    const triage = testTriage(usingBoth);
    (triage.overrideRoles as string[]) = ['supervisor', 'statistician', 'janitor'];
    expect(messages(triage)).toEqual([
      { path: 'triage.overrideRoles.1', message: 'statistician cannot read cases' },
      { path: 'triage.overrideRoles.2', message: 'janitor is not a role' },
    ]);
  });

  it('fails on track time limits the procedure lacks or cannot replace', () => {
    const known = { status: 'known', legalBasis: 'Test art. 1', source: 'test' } as const;
    const triage = testTriage(usingBoth);
    triage.tracks[0]!.timeLimits = [
      { limit: 'first_instance_decision', length: 20, unit: 'working_days', kind: 'legal', basis: known },
    ];
    triage.tracks[1]!.timeLimits = [
      { limit: 'commission_recommendation', length: 5, unit: 'working_days', kind: 'target', basis: known },
      { limit: 'appeal_decision', length: 5, unit: 'working_days', kind: 'legal', basis: known },
      {
        limit: 'first_instance_decision',
        length: 20,
        unit: 'working_days',
        kind: 'legal',
        basis: { status: 'unknown', note: 'Not found.' },
      },
      { limit: 'first_instance_decision', length: 15, unit: 'working_days', kind: 'target', basis: known },
    ];
    expect(messages(triage)).toEqual([
      {
        path: 'triage.tracks.0.timeLimits.0',
        message: 'the regular track follows the procedure: change the procedure instead',
      },
      {
        path: 'triage.tracks.1.timeLimits.0.limit',
        message: 'commission_recommendation is not a time limit of the procedure',
      },
      {
        path: 'triage.tracks.1.timeLimits.1.limit',
        message: 'the procedure does not know when appeal_decision starts and ends',
      },
      { path: 'triage.tracks.1.timeLimits.2.basis', message: 'a legal time limit needs a known legal basis' },
    ]);
  });
});

describe('implies', () => {
  it('holds when the later condition is narrower on every criterion', () => {
    expect(
      implies({ specificNeedsAny: ['SC-UC'], ageUnder: 12 }, { specificNeedsAny: ['SC-UC', 'SC-SC'] }),
    ).toBe(true);
    expect(implies({ indicatorsAny: ['a'], ageAtLeast: 70 }, { ageAtLeast: 60 })).toBe(true);
  });

  it('fails when the later condition is wider on one criterion or tests another person', () => {
    expect(implies({ specificNeedsAny: ['SC-UC', 'SM-CC'] }, { specificNeedsAny: ['SC-UC'] })).toBe(false);
    expect(implies({ indicatorsAny: ['a'] }, { indicatorsAny: ['a'], ageUnder: 18 })).toBe(false);
    expect(implies({ ageUnder: 18 }, { ageUnder: 18, who: 'principal' })).toBe(false);
    expect(implies({ ageUnder: 18 }, { ageUnder: 12 })).toBe(false);
  });
});
