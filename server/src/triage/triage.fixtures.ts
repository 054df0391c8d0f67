import type { Triage, TriageRule } from '@refugio/contract';
import type { PersonFacts, TriageFacts } from './triage';

const basis = { status: 'unknown', note: 'Test rule.' } as const;
const name = (en: string) => ({ es: en, en });

/** A rule of the test triage; `effectiveFrom` defaults to a date before every test application. */
export function rule(
  id: string,
  track: TriageRule['track'],
  when: TriageRule['when'],
  more: Partial<TriageRule> = {},
) {
  return {
    id,
    name: name(id),
    track,
    when,
    basis,
    effectiveFrom: '2020-01-01',
    ...more,
  } satisfies TriageRule;
}

/** A small triage with every track and one rule per kind of criterion, in a known order. */
export function testTriage(rules: TriageRule[] = []): Triage {
  return {
    tracks: (['regular', 'accelerated', 'simplified', 'merged_registration_rsd', 'prioritised'] as const).map(
      (id) => ({ id, name: name(id), basis, timeLimits: [] }),
    ),
    indicators: [
      { id: 'listed_profile', kind: 'inclusion_profile', name: name('Listed profile'), basis },
      { id: 'economic_only', kind: 'manifestly_unfounded', name: name('Economic reasons only'), basis },
    ],
    rules,
    defaultTrack: 'regular',
    overrideRoles: ['supervisor'],
  };
}

export function principal(more: Partial<PersonFacts> = {}): PersonFacts {
  return { role: 'principal', birthDate: '1990-06-15', nationalities: ['HND'], specificNeeds: [], ...more };
}

export function dependant(more: Partial<PersonFacts> = {}): PersonFacts {
  return { role: 'dependant', birthDate: '2015-03-10', nationalities: ['HND'], specificNeeds: [], ...more };
}

export function facts(people: PersonFacts[], indicators: string[] = []): TriageFacts {
  return { people, indicators };
}
