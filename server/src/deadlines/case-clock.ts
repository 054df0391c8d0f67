import { z } from 'zod';
import {
  ExtensionReasonCode,
  TimeLimitId,
  todayIn,
  type CountryProfile,
  type OutcomeId,
} from '@refugio/contract';
import { onTrack } from '../triage/case-triage';
import type { ClockPause } from '../procedure/clock';
import type { ClockInputs, GrantedExtension } from '../procedure/deadlines';
import type { ClockEventRow, CoveringSuspension } from './clock-inputs.repository';

/** What a `deadline_extended` case event records. */
export const ExtensionEventData = z.object({
  limit: TimeLimitId,
  reason: ExtensionReasonCode,
  length: z.number().int().positive(),
  note: z.string(),
});
export type ExtensionEventData = z.infer<typeof ExtensionEventData>;

/** The fields of a case that its clocks depend on. */
export interface ClockCase {
  readonly id: string;
  readonly office_id: string;
  readonly track: string;
  readonly stage: string;
  readonly outcome: OutcomeId | null;
}

/** The suspensions covering one case (its own, its office's, the authority's) as pauses of its clocks. */
export function pausesOf(kase: ClockCase, suspensions: readonly CoveringSuspension[]): ClockPause[] {
  return suspensions
    .filter(
      (s) =>
        s.scope === 'authority' ||
        (s.scope === 'office' && s.office_id === kase.office_id) ||
        (s.scope === 'case' && s.case_id === kase.id),
    )
    .map((s) => ({ from: s.starts_on, to: s.ends_on }));
}

/** The extensions granted on a case, from its `deadline_extended` events. */
export function extensionsOf(
  events: readonly Pick<ClockEventRow, 'type' | 'data' | 'occurred_at'>[],
): GrantedExtension[] {
  return events.flatMap((event) => {
    if (event.type !== 'deadline_extended') return [];
    const data = ExtensionEventData.safeParse(event.data);
    if (!data.success) return [];
    return [{ ...data.data, grantedAt: event.occurred_at.toISOString() }];
  });
}

export function clockInputsOf(
  profile: CountryProfile,
  kase: ClockCase,
  suspensions: readonly CoveringSuspension[],
  events: readonly Pick<ClockEventRow, 'type' | 'data' | 'occurred_at'>[],
): ClockInputs {
  return {
    pauses: pausesOf(kase, suspensions),
    extensions: extensionsOf(events),
    onTrack: onTrack(profile, kase.track),
    closedOn: kase.stage === 'closed' ? closedOn(profile, events) : null,
    outcome: kase.outcome,
  };
}

/** The day of the latest closing step, in the authority's time zone. */
function closedOn(
  profile: CountryProfile,
  events: readonly Pick<ClockEventRow, 'type' | 'occurred_at'>[],
): string | null {
  const closing = events.findLast((e) => e.type === 'close' || e.type === 'close_final');
  return closing ? todayIn(profile.timeZone, closing.occurred_at) : null;
}
