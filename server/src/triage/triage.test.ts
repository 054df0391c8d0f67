import { describe, expect, it } from 'vitest';
import { ageOn, placeOnTrack, rulesInForce, unknownIndicators } from './triage';
import { dependant, facts, principal, rule, testTriage } from './triage.fixtures';

const DAY = '2026-03-02';

describe('placeOnTrack', () => {
  it('succeeds when a person has a listed specific need: the track, the rule and which code of which person', () => {
    const triage = testTriage([rule('needs', 'prioritised', { specificNeedsAny: ['SC-UC', 'TR-PI'] })]);
    const placement = placeOnTrack(
      triage,
      facts([principal(), dependant({ specificNeeds: ['SM-OT', 'SC-UC'] })]),
      DAY,
    );
    expect(placement).toEqual({
      track: 'prioritised',
      ruleId: 'needs',
      ruleVersion: '2020-01-01',
      reasons: [{ code: 'specific_need', person: 1, need: 'SC-UC' }],
    });
  });

  it('fails over to the default track, saying no rule held, when no code is listed', () => {
    const triage = testTriage([rule('needs', 'prioritised', { specificNeedsAny: ['SC-UC'] })]);
    expect(placeOnTrack(triage, facts([principal({ specificNeeds: ['SM-OT'] })]), DAY)).toEqual({
      track: 'regular',
      ruleId: null,
      ruleVersion: null,
      reasons: [{ code: 'no_rule_held' }],
    });
  });

  it('takes the first rule that holds, in the profile order', () => {
    const rules = [
      rule('profile', 'accelerated', { indicatorsAny: ['listed_profile'] }),
      rule('needs', 'prioritised', { specificNeedsAny: ['WR-WR'] }),
    ];
    const both = facts([principal({ specificNeeds: ['WR-WR'] })], ['listed_profile']);
    expect(placeOnTrack(testTriage(rules), both, DAY).ruleId).toBe('profile');
    expect(placeOnTrack(testTriage(rules.toReversed()), both, DAY).ruleId).toBe('needs');
  });

  it('requires every criterion of a rule, and lists the reason of each', () => {
    const triage = testTriage([
      rule('nic', 'simplified', {
        nationalityAny: ['NIC'],
        indicatorsAny: ['listed_profile', 'economic_only'],
      }),
    ]);
    const nicaraguan = principal({ nationalities: ['CRI', 'NIC'] });
    expect(placeOnTrack(triage, facts([nicaraguan], ['listed_profile']), DAY).reasons).toEqual([
      { code: 'indicator', indicator: 'listed_profile' },
      { code: 'nationality', person: 0, nationality: 'NIC' },
    ]);
    expect(placeOnTrack(triage, facts([nicaraguan]), DAY).track).toBe('regular');
    expect(placeOnTrack(triage, facts([principal()], ['listed_profile']), DAY).track).toBe('regular');
  });

  it('counts dependants by default, and only the principal with who: principal', () => {
    const when = { nationalityAny: ['HTI'] };
    const family = facts([principal(), dependant({ nationalities: ['HTI'] })]);
    expect(placeOnTrack(testTriage([rule('any', 'simplified', when)]), family, DAY).reasons).toEqual([
      { code: 'nationality', person: 1, nationality: 'HTI' },
    ]);
    const principalOnly = testTriage([rule('own', 'simplified', { ...when, who: 'principal' })]);
    expect(placeOnTrack(principalOnly, family, DAY).track).toBe('regular');
  });

  it('succeeds when one person meets every person criterion, fails when they are split between two', () => {
    const triage = testTriage([rule('child', 'prioritised', { nationalityAny: ['NIC'], ageUnder: 18 })]);
    const split = facts([principal({ nationalities: ['NIC'] }), dependant({ nationalities: ['HND'] })]);
    expect(placeOnTrack(triage, split, DAY).track).toBe('regular');
    const together = facts([principal(), dependant({ nationalities: ['NIC'] })]);
    expect(placeOnTrack(triage, together, DAY).reasons).toEqual([
      { code: 'nationality', person: 1, nationality: 'NIC' },
      { code: 'age_under', person: 1, age: 10, limit: 18 },
    ]);
  });

  it('counts ages in full years on the application date', () => {
    const triage = testTriage([
      rule('child', 'prioritised', { ageUnder: 18 }),
      rule('older', 'accelerated', { ageAtLeast: 60 }),
    ]);
    const turning18 = facts([principal({ birthDate: '2008-03-02' })]);
    expect(placeOnTrack(triage, turning18, '2026-03-01').reasons).toEqual([
      { code: 'age_under', person: 0, age: 17, limit: 18 },
    ]);
    expect(placeOnTrack(triage, turning18, '2026-03-02').track).toBe('regular');
    const sixty = facts([principal({ birthDate: '1966-03-02' })]);
    expect(placeOnTrack(triage, sixty, '2026-03-01').track).toBe('regular');
    expect(placeOnTrack(triage, sixty, '2026-03-02').reasons).toEqual([
      { code: 'age_at_least', person: 0, age: 60, limit: 60 },
    ]);
  });

  it('skips a rule that takes effect after the application date, and applies it from that day', () => {
    const triage = testTriage([
      rule('new', 'accelerated', { ageUnder: 99 }, { effectiveFrom: '2026-03-02' }),
    ]);
    expect(placeOnTrack(triage, facts([principal()]), '2026-03-01').track).toBe('regular');
    expect(placeOnTrack(triage, facts([principal()]), '2026-03-02').track).toBe('accelerated');
  });

  it('applies a rule until its last day, not after', () => {
    const triage = testTriage([
      rule('old', 'accelerated', { ageUnder: 99 }, { effectiveUntil: '2026-03-01' }),
    ]);
    expect(placeOnTrack(triage, facts([principal()]), '2026-03-01').track).toBe('accelerated');
    expect(placeOnTrack(triage, facts([principal()]), '2026-03-02').track).toBe('regular');
  });

  it('places by the version of a changed rule in force on the application date', () => {
    const triage = testTriage([
      rule('profile', 'accelerated', { indicatorsAny: ['listed_profile'] }, { effectiveFrom: '2024-01-01' }),
      rule('profile', 'simplified', { indicatorsAny: ['listed_profile'] }, { effectiveFrom: '2026-01-01' }),
    ]);
    const listed = facts([principal()], ['listed_profile']);
    expect(placeOnTrack(triage, listed, '2025-12-31')).toMatchObject({
      track: 'accelerated',
      ruleVersion: '2024-01-01',
    });
    expect(placeOnTrack(triage, listed, '2026-01-01')).toMatchObject({
      track: 'simplified',
      ruleVersion: '2026-01-01',
    });
  });
});

describe('rulesInForce', () => {
  it('prefers a dated version in force to one whose date is unknown, and keeps the profile order', () => {
    const undated = rule(
      'a',
      'accelerated',
      { ageUnder: 18 },
      {
        effectiveFrom: { status: 'unknown', note: 'Not found.' },
      },
    );
    const dated = rule('a', 'simplified', { ageUnder: 18 }, { effectiveFrom: '2026-01-01' });
    const other = rule('b', 'prioritised', { ageAtLeast: 60 });
    expect(rulesInForce([undated, other, dated], '2025-06-01')).toEqual([undated, other]);
    expect(rulesInForce([undated, other, dated], '2026-06-01')).toEqual([other, dated]);
  });
});

describe('ageOn', () => {
  it('adds a year on the birthday and not the day before', () => {
    expect(ageOn('2000-07-20', '2026-07-19')).toBe(25);
    expect(ageOn('2000-07-20', '2026-07-20')).toBe(26);
  });

  it('makes someone born on 29 February a year older on 1 March of a common year', () => {
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18);
    expect(ageOn('2008-02-29', '2028-02-29')).toBe(20);
  });
});

describe('unknownIndicators', () => {
  it('returns the ticked ids the profile does not list, and nothing when all are listed', () => {
    const triage = testTriage();
    expect(unknownIndicators(triage, ['listed_profile', 'made_up'])).toEqual(['made_up']);
    expect(unknownIndicators(triage, ['listed_profile', 'economic_only'])).toEqual([]);
  });
});
