import { z } from 'zod';
import { IsoDate, ProcedureEvent } from '@refugio/contract';
import type { EventDates } from '../procedure/deadlines';

// What a procedure transition's case event records about the event it marks (TransitionEvent.marks).
const Marks = z.object({ marks: z.object({ event: ProcedureEvent, date: IsoDate }) });
const Clears = z.object({ clears: z.array(ProcedureEvent) });

/**
 * When each procedural event of a case happened: entry and filing from the case itself, the others from
 * the `marks` of its transition events. A later event of the same kind (a decision issued again after
 * the appeal body remitted the case) replaces the earlier one, as the new one is what the law counts from;
 * an event that `clears` some (a remittal) removes them until they happen again.
 */
export function procedureDatesOf(
  kase: { entry_date: string; application_date: string },
  events: readonly { data: unknown }[],
): EventDates {
  const dates: EventDates = { entry: kase.entry_date, filing: kase.application_date };
  for (const event of events) {
    // Most steps mark nothing (`marks: null`): skip them before parsing.
    const data = event.data as { marks?: unknown; clears?: unknown } | null;
    if (typeof data !== 'object' || data === null || (!data.marks && !data.clears)) continue;
    const cleared = Clears.safeParse(event.data);
    if (cleared.success) for (const e of cleared.data.clears) delete dates[e];
    const parsed = Marks.safeParse(event.data);
    if (parsed.success) dates[parsed.data.marks.event] = parsed.data.marks.date;
  }
  return dates;
}
