import {
  countryCodes,
  Role,
  specificNeedCodes,
  type CountryProfile,
  type Triage,
  type TriageCondition,
  type TriageRule,
} from '@refugio/contract';
import { permissionsOf } from '../access/policy';
import { hasPersonCriteria } from './triage';

/** One incoherence, with the path of the offending rule inside the profile (`triage.…`). */
export interface TriageProblem {
  path: string;
  message: string;
}

type Report = (path: string, message: string) => void;

const needCodes = new Set(specificNeedCodes);

/**
 * Checks what the schema cannot: every track, indicator, specific-needs code, nationality and role a rule
 * names exists; each track's time limits are limits of the procedure; every rule can apply, and no rule is
 * hidden by an earlier one that holds whenever it does. An empty list means coherent.
 */
export function checkTriageCoherence(profile: CountryProfile): TriageProblem[] {
  const problems: TriageProblem[] = [];
  const report: Report = (path, message) => problems.push({ path: `triage.${path}`, message });
  const { triage } = profile;

  const trackIds = new Set(triage.tracks.map((t) => t.id));
  const indicatorIds = new Set(triage.indicators.map((i) => i.id));
  unique(
    triage.tracks.map((t) => t.id),
    'tracks',
    report,
  );
  unique(
    triage.indicators.map((i) => i.id),
    'indicators',
    report,
  );
  unique(triage.overrideRoles, 'overrideRoles', report);
  if (!trackIds.has(triage.defaultTrack))
    report('defaultTrack', `${triage.defaultTrack} is not a listed track`);
  checkRoles(triage.overrideRoles, report);
  checkTrackLimits(profile, report);

  triage.rules.forEach((rule, i) => {
    const at = `rules.${i}`;
    if (!trackIds.has(rule.track)) report(`${at}.track`, `${rule.track} is not a listed track`);
    checkCondition(rule.when, `${at}.when`, indicatorIds, report);
    if (rule.effectiveUntil !== undefined && typeof rule.effectiveFrom === 'string') {
      if (rule.effectiveUntil < rule.effectiveFrom)
        report(`${at}.effectiveUntil`, `${rule.id} ends before it starts`);
    }
    const twin = triage.rules.findIndex((r) => r.id === rule.id && sameStart(r, rule));
    if (twin < i) report(at, `${rule.id} has two versions from the same date (rules.${twin})`);
    const hider = triage.rules.slice(0, i).findIndex((earlier) => hides(triage, earlier, rule));
    if (hider >= 0 && holdsSometimes(rule.when)) {
      report(
        at,
        `${rule.id} never applies: ${triage.rules[hider]!.id} comes first and holds whenever it does`,
      );
    }
  });

  const used = new Set(triage.rules.flatMap((r) => r.when.indicatorsAny ?? []));
  triage.indicators.forEach((indicator, i) => {
    if (!used.has(indicator.id)) report(`indicators.${i}`, `no rule uses ${indicator.id}`);
  });
  return problems;
}

function checkCondition(when: TriageCondition, at: string, indicatorIds: Set<string>, report: Report): void {
  const lists = [
    ['specificNeedsAny', (c: string) => needCodes.has(c), 'is not a UNHCR specific-needs code'],
    ['nationalityAny', (c: string) => countryCodes.has(c), 'is not an ISO 3166-1 alpha-3 country code'],
    ['indicatorsAny', (c: string) => indicatorIds.has(c), 'is not an indicator of this profile'],
  ] as const;
  for (const [field, known, message] of lists) {
    const values = when[field] ?? [];
    unique(values, `${at}.${field}`, report);
    values.forEach((value, j) => {
      if (!known(value)) report(`${at}.${field}.${j}`, `${value} ${message}`);
    });
  }
  if (!holdsSometimes(when)) {
    report(at, `no one is at least ${when.ageAtLeast} and under ${when.ageUnder}: the rule never holds`);
  }
  if (when.who !== undefined && !hasPersonCriteria(when)) {
    report(`${at}.who`, 'who says whose facts count, but the rule tests no person');
  }
}

function holdsSometimes(when: TriageCondition): boolean {
  return when.ageUnder === undefined || when.ageAtLeast === undefined || when.ageAtLeast < when.ageUnder;
}

const sameStart = (a: TriageRule, b: TriageRule) =>
  typeof a.effectiveFrom === 'string'
    ? a.effectiveFrom === b.effectiveFrom
    : typeof b.effectiveFrom !== 'string';

/**
 * Whether `earlier` places every case `later` would, whenever `later` is in force. Only certain cases are
 * reported: an earlier rule with other versions is never said to hide anything.
 */
function hides(triage: Triage, earlier: TriageRule, later: TriageRule): boolean {
  if (earlier.id === later.id) return false;
  if (triage.rules.filter((r) => r.id === earlier.id).length > 1) return false;
  const startsFirst =
    typeof earlier.effectiveFrom !== 'string' ||
    (typeof later.effectiveFrom === 'string' && earlier.effectiveFrom <= later.effectiveFrom);
  const endsLast =
    earlier.effectiveUntil === undefined ||
    (later.effectiveUntil !== undefined && later.effectiveUntil <= earlier.effectiveUntil);
  return startsFirst && endsLast && implies(later.when, earlier.when);
}

/** Whether every case for which `b` holds also satisfies `a`. */
export function implies(b: TriageCondition, a: TriageCondition): boolean {
  const within = (small: readonly string[] | undefined, large: readonly string[] | undefined) =>
    large === undefined || (small !== undefined && small.every((v) => large.includes(v)));
  if (!within(b.indicatorsAny, a.indicatorsAny)) return false;
  if (!hasPersonCriteria(a)) return true;
  // b's person criteria hold for one person; a's must then hold for that same person.
  if (!hasPersonCriteria(b)) return false;
  if (a.who === 'principal' && b.who !== 'principal') return false;
  return (
    within(b.specificNeedsAny, a.specificNeedsAny) &&
    within(b.nationalityAny, a.nationalityAny) &&
    (a.ageUnder === undefined || (b.ageUnder !== undefined && b.ageUnder <= a.ageUnder)) &&
    (a.ageAtLeast === undefined || (b.ageAtLeast !== undefined && b.ageAtLeast >= a.ageAtLeast))
  );
}

function checkTrackLimits(profile: CountryProfile, report: Report): void {
  const limits = profile.procedure.timeLimits;
  profile.triage.tracks.forEach((track, i) => {
    unique(
      track.timeLimits.map((l) => `${l.limit} (${l.kind})`),
      `tracks.${i}.timeLimits`,
      report,
    );
    track.timeLimits.forEach((own, j) => {
      const at = `tracks.${i}.timeLimits.${j}`;
      const versions = limits.filter((l) => l.id === own.limit);
      if (versions.length === 0) {
        report(`${at}.limit`, `${own.limit} is not a time limit of the procedure`);
        return;
      }
      if (own.kind === 'target') return;
      if (track.id === 'regular')
        report(at, 'the regular track follows the procedure: change the procedure instead');
      if (own.basis.status === 'unknown')
        report(`${at}.basis`, 'a legal time limit needs a known legal basis');
      if (!versions.some((l) => l.status === 'known'))
        report(`${at}.limit`, `the procedure does not know when ${own.limit} starts and ends`);
    });
  });
}

/** An override role must exist and be able to read the case it moves. */
function checkRoles(roles: readonly string[], report: Report): void {
  roles.forEach((role, j) => {
    const known = Role.safeParse(role);
    if (!known.success) report(`overrideRoles.${j}`, `${role} is not a role`);
    else if (!permissionsOf(known.data).includes('case.read'))
      report(`overrideRoles.${j}`, `${role} cannot read cases`);
  });
}

function unique(values: readonly string[], path: string, report: Report): void {
  const seen = new Set<string>();
  for (const v of values) {
    if (seen.has(v)) report(path, `${v} appears twice`);
    seen.add(v);
  }
}
