import type { DeadlineView } from '@refugio/contract';
import type { Calendar } from '../calendars/calendar';
import { addCalendarDays, addCalendarMonths, addWorkingDays } from '../calendars/day-count';
import type { KnownTimeLimit, Procedure, ProcedureEvent } from './procedure';
import { timeLimitInForce } from './time-limits';

/** When each procedural event of a case happened (YYYY-MM-DD); absent events have not happened. */
export type EventDates = Partial<Record<ProcedureEvent, string>>;

/** The last day of a time limit that started on `start`, counted as the law counts it. */
export function dueDate(
  limit: Pick<KnownTimeLimit, 'length' | 'unit'>,
  start: string,
  calendar: Calendar,
): string {
  switch (limit.unit) {
    case 'working_days':
      return addWorkingDays(calendar, start, limit.length).date;
    case 'calendar_days':
      return addCalendarDays(start, limit.length).date;
    case 'calendar_months':
      return addCalendarMonths(start, limit.length);
  }
}

/**
 * Every known time limit of the procedure whose starting event has happened, with its due date and
 * whether the event that meets it came in time. Limits the law leaves unknown are left out rather
 * than guessed. Pure: the case's event dates, the calendar and today come in as arguments.
 */
export function computeDeadlines(
  procedure: Procedure,
  calendar: Calendar,
  events: EventDates,
  today: string,
): DeadlineView[] {
  const ids = [...new Set(procedure.timeLimits.map((l) => l.id))];
  const deadlines: DeadlineView[] = [];
  for (const id of ids) {
    const any = procedure.timeLimits.find((l): l is KnownTimeLimit => l.id === id && l.status === 'known');
    if (!any) continue;
    const startDate = events[any.startsOn];
    if (!startDate) continue;
    const limit = timeLimitInForce(procedure, id, startDate);
    if (limit.status === 'unknown') continue;
    const due = dueDate(limit, startDate, calendar);
    const metOn = events[limit.metBy] ?? null;
    const status = metOn ? (metOn <= due ? 'met' : 'met_late') : today <= due ? 'open' : 'overdue';
    deadlines.push({
      limit: id,
      startsOn: limit.startsOn,
      startDate,
      dueDate: due,
      length: limit.length,
      unit: limit.unit,
      whose: limit.whose,
      legalBasis: limit.legalBasis,
      status,
      metOn,
    });
  }
  return deadlines;
}
