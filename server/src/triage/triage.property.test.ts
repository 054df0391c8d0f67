import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TrackPlacement, TriageCondition, trackIds, type Triage, type TriageRule } from '@refugio/contract';
import { loadAllCountryProfiles } from '../countries/country-profile.loader';
import { ageOn, placeOnTrack, rulesInForce, type TriageFacts } from './triage';
import { testTriage } from './triage.fixtures';

const needs = ['SC-UC', 'WR-WR', 'SM-CC', 'LP-RR', 'LP-ND'];
const nationalities = ['HND', 'NIC', 'HTI'];
const indicators = [
  'listed_profile',
  'economic_only',
  'cartagena_public_order_presumption',
  'haiti_support_package',
  'common_nicaraguan_profile',
];

const isoDate = (min: string, max: string) =>
  fc
    .date({ min: new Date(`${min}T00:00:00Z`), max: new Date(`${max}T00:00:00Z`), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));

const person = fc.record({
  birthDate: isoDate('1940-01-01', '2025-12-31'),
  nationalities: fc.subarray(nationalities, { maxLength: 2 }),
  specificNeeds: fc.subarray(needs, { maxLength: 3 }),
});

const caseFacts: fc.Arbitrary<TriageFacts> = fc
  .record({ people: fc.array(person, { minLength: 1, maxLength: 5 }), indicators: fc.subarray(indicators) })
  .map(({ people, indicators }) => ({
    people: people.map((p, i) => ({ ...p, role: i === 0 ? ('principal' as const) : ('dependant' as const) })),
    indicators,
  }));

const condition = fc
  .record(
    {
      who: fc.constantFrom('principal', 'anyone'),
      specificNeedsAny: fc.subarray(needs, { minLength: 1, maxLength: 3 }),
      nationalityAny: fc.subarray(nationalities, { minLength: 1, maxLength: 2 }),
      indicatorsAny: fc.subarray(['listed_profile', 'economic_only'], { minLength: 1 }),
      ageUnder: fc.constantFrom(12, 18, 60, 120),
      ageAtLeast: fc.constantFrom(0, 18, 60),
    },
    { requiredKeys: [] },
  )
  // One or two criteria, so that rules often hold and often overlap.
  .filter((c) => Object.keys(c).filter((k) => k !== 'who').length <= 2)
  .filter((c) => TriageCondition.safeParse(c).success);

const testRule: fc.Arbitrary<TriageRule> = fc.record(
  {
    id: fc.constantFrom('a', 'b', 'c', 'd'),
    name: fc.constant({ es: 'Regla', en: 'Rule' }),
    track: fc.constantFrom(...trackIds),
    when: condition,
    basis: fc.constant({ status: 'unknown' as const, note: 'Test.' }),
    effectiveFrom: fc.oneof(
      isoDate('2015-01-01', '2027-12-31'),
      fc.constant({ status: 'unknown' as const, note: 'Not found.' }),
    ),
    effectiveUntil: isoDate('2024-01-01', '2027-12-31'),
  },
  { requiredKeys: ['id', 'name', 'track', 'when', 'basis', 'effectiveFrom'] },
);

const applicationDate = isoDate('2024-01-01', '2027-12-31');

/** The placement fits the contract, and every reason names a person of the case and a value they really have. */
function reasonsAreTrue(triage: Triage, facts: TriageFacts, date: string): void {
  const placement = placeOnTrack(triage, facts, date);
  expect(TrackPlacement.parse(placement)).toEqual(placement);
  for (const reason of placement.reasons) {
    switch (reason.code) {
      case 'specific_need':
        expect(facts.people[reason.person]?.specificNeeds).toContain(reason.need);
        break;
      case 'nationality':
        expect(facts.people[reason.person]?.nationalities).toContain(reason.nationality);
        break;
      case 'age_under':
      case 'age_at_least': {
        const age = ageOn(facts.people[reason.person]!.birthDate, date);
        expect(reason.age).toBe(age);
        expect(reason.code === 'age_under' ? age < reason.limit : age >= reason.limit).toBe(true);
        break;
      }
      case 'indicator':
        expect(facts.indicators).toContain(reason.indicator);
        break;
      case 'no_rule_held':
        expect(placement.ruleId).toBeNull();
        break;
    }
  }
}

describe('placeOnTrack on random rules and cases', () => {
  it('places by the first rule in force that holds on its own, and no earlier one holds', () => {
    fc.assert(
      fc.property(fc.array(testRule, { maxLength: 6 }), caseFacts, applicationDate, (rules, facts, date) => {
        const triage = testTriage(rules);
        const placement = placeOnTrack(triage, facts, date);
        const inForce = rulesInForce(rules, date);
        const winner = inForce.findIndex((r) => r.id === placement.ruleId);
        const alone = (r: TriageRule) => placeOnTrack(testTriage([r]), facts, date).ruleId;
        if (placement.ruleId === null) {
          expect(placement.track).toBe('regular');
          for (const r of inForce) expect(alone(r)).toBeNull();
          return;
        }
        expect(winner).toBeGreaterThanOrEqual(0);
        const version = inForce[winner]!.effectiveFrom;
        expect(placement.ruleVersion).toBe(typeof version === 'string' ? version : null);
        expect(inForce[winner]!.track).toBe(placement.track);
        expect(alone(inForce[winner]!)).toBe(placement.ruleId);
        for (const r of inForce.slice(0, winner)) expect(alone(r)).toBeNull();
      }),
    );
  });

  it('gives only reasons that are true of the case', () => {
    fc.assert(
      fc.property(fc.array(testRule, { maxLength: 6 }), caseFacts, applicationDate, (rules, facts, date) =>
        reasonsAreTrue(testTriage(rules), facts, date),
      ),
    );
  });
});

describe.each(loadAllCountryProfiles().map((p) => [p.code, p.triage] as const))(
  '%s: any case',
  (_code, triage) => {
    const listed = new Set(triage.tracks.map((t) => t.id));

    it('lands on a listed track, with reasons that are true of the case', () => {
      fc.assert(
        fc.property(caseFacts, applicationDate, (facts, date) => {
          expect(listed.has(placeOnTrack(triage, facts, date).track)).toBe(true);
          reasonsAreTrue(triage, facts, date);
        }),
      );
    });

    it('keeps its placement when a rule is added that takes effect after the application', () => {
      fc.assert(
        fc.property(caseFacts, applicationDate, testRule, (facts, date, added) => {
          const later = { ...added, id: 'added_later', effectiveFrom: '2028-01-01' };
          const changed = { ...triage, rules: [later, ...triage.rules] };
          expect(placeOnTrack(changed, facts, date)).toEqual(placeOnTrack(triage, facts, date));
        }),
      );
    });
  },
);
