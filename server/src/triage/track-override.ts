import type { Role, TrackId, Triage } from '@refugio/contract';

export interface TrackOverrideRequest {
  readonly track: TrackId;
  readonly role: Role;
  readonly reason: string;
}

export type TrackOverrideCheck =
  | { ok: true }
  | {
      ok: false;
      code: 'role_not_allowed' | 'track_not_listed' | 'same_track' | 'reason_required';
      message: string;
    };

/**
 * Whether a user of this role may move a case from its current track to another, for this reason. The
 * caller records the override beside the placement it replaces, so both stay visible.
 */
export function checkTrackOverride(
  triage: Triage,
  current: TrackId,
  request: TrackOverrideRequest,
): TrackOverrideCheck {
  if (!triage.overrideRoles.includes(request.role)) {
    return {
      ok: false,
      code: 'role_not_allowed',
      message: `A ${request.role} may not change a case's track`,
    };
  }
  if (!triage.tracks.some((t) => t.id === request.track)) {
    return {
      ok: false,
      code: 'track_not_listed',
      message: `${request.track} is not a track of this profile`,
    };
  }
  if (request.track === current) {
    return { ok: false, code: 'same_track', message: `The case is already on ${current}` };
  }
  if (request.reason.trim() === '') {
    return { ok: false, code: 'reason_required', message: 'A change of track needs a reason' };
  }
  return { ok: true };
}
