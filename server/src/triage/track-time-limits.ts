import type { TimeLimitId, TrackId, TrackTimeLimit, Triage } from '@refugio/contract';
import type { KnownTimeLimit } from '../procedure/procedure';
import type { UnknownTimeLimit } from '../procedure/time-limits';

/** A track's own rules for one time limit: each is null when the track has none. */
export interface TrackLimits {
  /** Replaces the procedure's length and unit for cases on the track. */
  readonly legal: TrackTimeLimit | null;
  /** An internal service target, shown beside the legal limit. */
  readonly target: TrackTimeLimit | null;
}

/**
 * The track's timeline for one time limit. A track the profile no longer lists has none: the
 * procedure's limits apply to the cases still on it.
 */
export function trackTimeLimits(triage: Triage, track: TrackId, limit: TimeLimitId): TrackLimits {
  const own = triage.tracks.find((t) => t.id === track)?.timeLimits ?? [];
  return {
    legal: own.find((l) => l.limit === limit && l.kind === 'legal') ?? null,
    target: own.find((l) => l.limit === limit && l.kind === 'target') ?? null,
  };
}

/**
 * The procedure's limit in force with the track's legal length in its place: the starting and closing
 * events, whose limit it is and its extension rule stay the procedure's. An unknown limit stays unknown,
 * and a track limit without a known basis changes nothing (the coherence check refuses both).
 */
export function legalLimitOnTrack(
  inForce: KnownTimeLimit | UnknownTimeLimit,
  onTrack: TrackTimeLimit | null,
): KnownTimeLimit | UnknownTimeLimit {
  if (onTrack === null || inForce.status === 'unknown' || onTrack.basis.status === 'unknown') return inForce;
  const { legalBasis, source, note } = onTrack.basis;
  return { ...inForce, length: onTrack.length, unit: onTrack.unit, legalBasis, source, note };
}
