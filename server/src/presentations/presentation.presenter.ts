import { z } from 'zod';
import { IsoDate, todayIn, type CountryProfile, type PresentationView } from '@refugio/contract';
import type { Actor } from '../access/actor';
import { canRecordPresentation, caseScopeOf } from '../access/policy';
import { presentationStatus } from '../procedure/presentations';
import type { CaseEventRow, CaseRow } from '../cases/case.repository';
import { countedNoShows } from '../interviews/no-show-count';

/** What a `presentation_recorded` case event records. */
export const PresentationEventData = z.object({ date: IsoDate });

/** The dates of the presentations recorded on a case, from its events. */
export function presentationDates(events: readonly Pick<CaseEventRow, 'type' | 'data'>[]): string[] {
  return events.flatMap((e) => {
    if (e.type !== 'presentation_recorded') return [];
    const data = PresentationEventData.safeParse(e.data);
    return data.success ? [data.data.date] : [];
  });
}

/**
 * The event after which presentations are no longer owed: they are owed while the first instance runs,
 * until the decision is issued or the case closes, whichever comes first.
 */
export function presentationsEndedBy<E extends Pick<CaseEventRow, 'type'>>(
  events: readonly E[],
): E | undefined {
  return events.find((e) => e.type === 'issue_decision' || e.type === 'close' || e.type === 'close_final');
}

/** What ended the presentations: the first-instance decision, or the case's closure. */
export function presentationsEndedAs(
  ended: Pick<CaseEventRow, 'type'> | undefined,
): 'decision' | 'closure' | null {
  if (ended === undefined) return null;
  return ended.type === 'issue_decision' ? 'decision' : 'closure';
}

/**
 * The case's periodic presentations as the case file shows them, or null where the law requires none.
 * Judged up to today, or up to the day the decision was issued or the case closed.
 */
export function presentPresentations(
  actor: Actor,
  kase: CaseRow,
  events: readonly CaseEventRow[],
  profile: CountryProfile,
  today: string,
): PresentationView | null {
  const rule = profile.procedure.periodicPresentation;
  if (rule.status !== 'known') return null;
  const ended = presentationsEndedBy(events);
  const until = ended ? todayIn(profile.timeZone, ended.occurred_at) : today;
  const recordedEvents = events.filter((e) => e.type === 'presentation_recorded');
  const status = presentationStatus(rule, kase.application_date, presentationDates(events), until)!;
  return {
    frequency: rule.frequency,
    legalBasis: rule.legalBasis,
    required: ended === undefined,
    endedBy: presentationsEndedAs(ended),
    recorded: recordedEvents.flatMap((e) => {
      const data = PresentationEventData.safeParse(e.data);
      if (!data.success) return [];
      return [
        {
          date: data.data.date,
          recordedAt: e.occurred_at.toISOString(),
          by: e.actor_id ? { id: e.actor_id, name: e.actor_name ?? '' } : null,
        },
      ];
    }),
    ...status,
    missedWeeks: [...status.missedWeeks],
    noShows: countedNoShows(events),
    canRecord: ended === undefined && canRecordPresentation(actor, caseScopeOf(kase)),
  };
}
