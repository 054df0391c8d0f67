import type { Role } from '@refugio/contract';
import type { ExtensionReasonCode, KnownTimeLimit, Procedure, TimeLimit, TimeLimitId } from './procedure';

export type UnknownTimeLimit = Extract<TimeLimit, { status: 'unknown' }>;

/**
 * The version of a time limit that applies when its starting event happened on `startDate`
 * (YYYY-MM-DD): the known version with the latest `effectiveFrom` on or before that date, else a known
 * version whose start date is itself unknown, else the profile's `unknown` entry. A limit is never
 * applied to events before the law that sets it.
 */
export function timeLimitInForce(
  procedure: Procedure,
  id: TimeLimitId,
  startDate: string,
): KnownTimeLimit | UnknownTimeLimit {
  let chosen = inForce.get(procedure);
  if (!chosen) {
    chosen = new Map();
    inForce.set(procedure, chosen);
  }
  const key = `${id} ${startDate}`;
  let limit = chosen.get(key);
  if (!limit) {
    limit = findInForce(procedure, id, startDate);
    chosen.set(key, limit);
  }
  return limit;
}

/** The version chosen, by procedure (profiles are loaded once), limit and start date: a few thousand. */
const inForce = new WeakMap<Procedure, Map<string, KnownTimeLimit | UnknownTimeLimit>>();

function findInForce(
  procedure: Procedure,
  id: TimeLimitId,
  startDate: string,
): KnownTimeLimit | UnknownTimeLimit {
  const versions = procedure.timeLimits.filter((limit) => limit.id === id);
  const known = versions.filter((limit): limit is KnownTimeLimit => limit.status === 'known');
  const dated = known
    .filter((limit) => typeof limit.effectiveFrom === 'string' && limit.effectiveFrom <= startDate)
    .sort((a, b) => (String(a.effectiveFrom) < String(b.effectiveFrom) ? 1 : -1));
  const undated = known.find((limit) => typeof limit.effectiveFrom !== 'string');
  const chosen = dated[0] ?? undated;
  if (chosen) return chosen;

  const unknown = versions.find((limit): limit is UnknownTimeLimit => limit.status === 'unknown');
  if (unknown) return unknown;
  const earliest = known.map((limit) => String(limit.effectiveFrom)).sort()[0];
  return {
    status: 'unknown',
    id,
    note: earliest
      ? `No rule for ${id} was in force on ${startDate}; the known rule applies from ${earliest}.`
      : `The profile has no rule for ${id}.`,
  };
}

export interface ExtensionRequest {
  reason: ExtensionReasonCode;
  role: Role;
  /** Length asked for, in the limit's unit. */
  length: number;
  /** Lengths of the extensions already granted on this limit for this case. */
  previous: readonly number[];
}

export type ExtensionCheck =
  | { ok: true }
  | {
      ok: false;
      code:
        | 'not_extendable'
        | 'role_not_allowed'
        | 'reason_not_allowed'
        | 'too_many'
        | 'invalid_length'
        | 'too_long';
      message: string;
    };

/**
 * Whether the law allows this extension: only for a listed reason, by an allowed role, no more often
 * and no longer than it says. An unknown rule allows none: the authority records the rule first.
 */
export function checkExtension(
  limit: KnownTimeLimit | UnknownTimeLimit,
  request: ExtensionRequest,
): ExtensionCheck {
  if (limit.status === 'unknown' || limit.extension.status === 'unknown') {
    return { ok: false, code: 'not_extendable', message: `No extension rule is known for ${limit.id}` };
  }
  const rule = limit.extension;
  if (!rule.roles.includes(request.role)) {
    return { ok: false, code: 'role_not_allowed', message: `${request.role} may not extend ${limit.id}` };
  }
  if (!rule.reasons.some((r) => r.code === request.reason)) {
    return {
      ok: false,
      code: 'reason_not_allowed',
      message: `${request.reason} is not a reason the law lists`,
    };
  }
  if (typeof rule.maxTimes === 'number' && request.previous.length >= rule.maxTimes) {
    return { ok: false, code: 'too_many', message: `${limit.id} may be extended ${rule.maxTimes} time(s)` };
  }
  if (!Number.isInteger(request.length) || request.length <= 0) {
    return { ok: false, code: 'invalid_length', message: 'An extension is a positive whole number of units' };
  }
  const total = request.previous.reduce((sum, n) => sum + n, 0) + request.length;
  if (typeof rule.maxLength === 'number' && total > rule.maxLength) {
    return {
      ok: false,
      code: 'too_long',
      message: `${limit.id} may be extended by ${rule.maxLength} ${limit.unit} in all`,
    };
  }
  return { ok: true };
}
