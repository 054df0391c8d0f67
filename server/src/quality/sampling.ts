import type { OutcomeId, RiskIndicator } from '@refugio/contract';
import { seededRandom } from '../demo/random';

/** A decision that may be drawn, with the risk indicators its data raised. */
export interface SampleCandidate {
  /** The issuing case event's id. */
  readonly key: string;
  readonly riskIndicators: readonly RiskIndicator[];
}

export interface SampleChoice {
  readonly key: string;
  readonly reason: 'random' | 'risk';
  readonly riskIndicators: readonly RiskIndicator[];
}

/**
 * Draws decisions for a second reading: every risk-flagged decision, and a random share of the rest
 * (rounded to the nearest whole decision). Reproducible: the same candidates, rate and seed give the
 * same draw whatever order the candidates come in; a decision listed twice is drawn at most once.
 */
export function drawSample(
  candidates: readonly SampleCandidate[],
  randomRate: number,
  seed: number,
): SampleChoice[] {
  const byKey = new Map<string, SampleCandidate>();
  for (const c of candidates) if (!byKey.has(c.key)) byKey.set(c.key, c);
  const ordered = [...byKey.values()].sort((a, b) => compareKeys(a.key, b.key));
  const risky = ordered.filter((c) => c.riskIndicators.length > 0);
  const rest = ordered.filter((c) => c.riskIndicators.length === 0);

  const random = seededRandom(seed);
  const shuffled = [...rest];
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
  }
  const share = Math.round(Math.min(1, Math.max(0, randomRate)) * rest.length);
  const chosen = new Set(shuffled.slice(0, share).map((c) => c.key));

  return ordered
    .filter((c) => c.riskIndicators.length > 0 || chosen.has(c.key))
    .map((c) =>
      risky.includes(c)
        ? { key: c.key, reason: 'risk', riskIndicators: [...c.riskIndicators] }
        : { key: c.key, reason: 'random', riskIndicators: [] },
    );
}

// Event ids are bigints as strings: compare them as numbers, so the order is the history's.
function compareKeys(a: string, b: string): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}

/** What the risk indicators are computed from, for one issued decision. */
export interface RiskFacts {
  readonly outcome: OutcomeId | null;
  /** Drafts returned by the reviewer before this decision was issued. */
  readonly returns: number;
  /** The specific-needs codes of everyone in the case. */
  readonly specificNeeds: readonly string[];
  /** Whether the first-instance limit was met late. */
  readonly decidedLate: boolean;
  /** Decisions the author had issued before this one. */
  readonly authorEarlierDecisions: number | null;
}

/** Specific needs whose presence makes a refusal worth a second reading (torture, SGBV, children, health). */
const seriousNeeds = ['TR', 'SV', 'SC', 'CR'];
const refusals: readonly (OutcomeId | null)[] = ['rejected', 'inadmissible'];
/** An officer's first decisions are read again. */
export const NEW_OFFICER_DECISIONS = 5;

export function riskIndicatorsOf(facts: RiskFacts): RiskIndicator[] {
  const flags: RiskIndicator[] = [];
  if (facts.returns >= 2) flags.push('returned_twice');
  if (
    refusals.includes(facts.outcome) &&
    facts.specificNeeds.some((n) => seriousNeeds.includes(n.slice(0, 2)))
  )
    flags.push('refusal_with_specific_needs');
  if (facts.decidedLate) flags.push('decision_late');
  if (facts.authorEarlierDecisions !== null && facts.authorEarlierDecisions < NEW_OFFICER_DECISIONS)
    flags.push('new_officer');
  return flags;
}
