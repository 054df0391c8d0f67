import type { TrackPlacement, Triage, TriageCondition, TriageReason, TriageRule } from '@refugio/contract';

/** What triage reads of one person: no names, only what a rule may test. */
export interface PersonFacts {
  readonly role: 'principal' | 'dependant';
  /** YYYY-MM-DD. */
  readonly birthDate: string;
  readonly nationalities: readonly string[];
  readonly specificNeeds: readonly string[];
}

/**
 * What triage reads of a case at registration: its people in position order (the principal first, then
 * the dependants as registered, the order of `people.position`) and the indicator ids the officer ticked.
 */
export interface TriageFacts {
  readonly people: readonly PersonFacts[];
  readonly indicators: readonly string[];
}

/**
 * Places a case on a track: the first rule in force on the application date whose condition holds, with
 * the reasons it held; the default track when none does. Pure: call it once at registration and store the
 * result, so that a later change of rules never moves a case silently.
 */
export function placeOnTrack(triage: Triage, facts: TriageFacts, applicationDate: string): TrackPlacement {
  for (const rule of rulesInForce(triage.rules, applicationDate)) {
    const reasons = reasonsIfHolds(rule.when, facts, applicationDate);
    if (reasons !== null) {
      return { track: rule.track, ruleId: rule.id, ruleVersion: versionOf(rule), reasons };
    }
  }
  return { track: triage.defaultTrack, ruleId: null, ruleVersion: null, reasons: [{ code: 'no_rule_held' }] };
}

/**
 * The rules that apply to an application of this date, in the profile's order. Of several versions of a
 * rule, the one with the latest `effectiveFrom` on or before the date applies; a version whose date is
 * unknown applies only when no dated one does (as time limits in procedure/time-limits.ts).
 */
export function rulesInForce(rules: readonly TriageRule[], date: string): TriageRule[] {
  const applicable = rules.filter(
    (r) =>
      (typeof r.effectiveFrom !== 'string' || r.effectiveFrom <= date) &&
      (r.effectiveUntil === undefined || date <= r.effectiveUntil),
  );
  const chosen = new Map<string, TriageRule>();
  for (const rule of applicable) {
    const current = chosen.get(rule.id);
    if (current === undefined || (versionOf(rule) ?? '') > (versionOf(current) ?? ''))
      chosen.set(rule.id, rule);
  }
  return applicable.filter((r) => chosen.get(r.id) === r);
}

/** The ticked indicator ids the profile does not list: the caller refuses them instead of ignoring them. */
export function unknownIndicators(triage: Triage, ids: readonly string[]): string[] {
  const listed = new Set(triage.indicators.map((i) => i.id));
  return ids.filter((id) => !listed.has(id));
}

/** Full years on `date` (both YYYY-MM-DD); someone born on 29 February turns a year older on 1 March. */
export function ageOn(birthDate: string, date: string): number {
  const years = Number(date.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return date.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

export function hasPersonCriteria(when: TriageCondition): boolean {
  return (
    when.specificNeedsAny !== undefined ||
    when.nationalityAny !== undefined ||
    when.ageUnder !== undefined ||
    when.ageAtLeast !== undefined
  );
}

function versionOf(rule: TriageRule): string | null {
  return typeof rule.effectiveFrom === 'string' ? rule.effectiveFrom : null;
}

function reasonsIfHolds(when: TriageCondition, facts: TriageFacts, date: string): TriageReason[] | null {
  const reasons: TriageReason[] = [];
  if (when.indicatorsAny !== undefined) {
    const ticked = when.indicatorsAny.filter((id) => facts.indicators.includes(id));
    if (ticked.length === 0) return null;
    reasons.push(...ticked.map((indicator) => ({ code: 'indicator' as const, indicator })));
  }
  if (hasPersonCriteria(when)) {
    const people = facts.people.flatMap((person, position) =>
      when.who === 'principal' && person.role !== 'principal'
        ? []
        : [personReasons(when, person, position, date)],
    );
    const matched = people.filter((r): r is TriageReason[] => r !== null);
    if (matched.length === 0) return null;
    reasons.push(...matched.flat());
  }
  return reasons;
}

/** The reasons one person meets every person criterion, or null when one fails. */
function personReasons(
  when: TriageCondition,
  person: PersonFacts,
  position: number,
  date: string,
): TriageReason[] | null {
  const reasons: TriageReason[] = [];
  if (when.specificNeedsAny !== undefined) {
    const needs = person.specificNeeds.filter((code) => when.specificNeedsAny?.includes(code));
    if (needs.length === 0) return null;
    reasons.push(...needs.map((need) => ({ code: 'specific_need' as const, person: position, need })));
  }
  if (when.nationalityAny !== undefined) {
    const found = person.nationalities.filter((code) => when.nationalityAny?.includes(code));
    if (found.length === 0) return null;
    reasons.push(
      ...found.map((nationality) => ({ code: 'nationality' as const, person: position, nationality })),
    );
  }
  const age = ageOn(person.birthDate, date);
  if (when.ageUnder !== undefined) {
    if (age >= when.ageUnder) return null;
    reasons.push({ code: 'age_under', person: position, age, limit: when.ageUnder });
  }
  if (when.ageAtLeast !== undefined) {
    if (age < when.ageAtLeast) return null;
    reasons.push({ code: 'age_at_least', person: position, age, limit: when.ageAtLeast });
  }
  return reasons;
}
