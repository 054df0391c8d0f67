import type { FilingWindow, FilingWindowCheck } from '@refugio/contract';
import type { Calendar } from '../calendars/calendar';
import { addCalendarDays, addWorkingDays } from '../calendars/day-count';

/**
 * Last day on which an application is on time, counting from the day after entry (LRPCAP art. 18:
 * "a partir del día hábil siguiente"). Working days follow the deployment's calendar (weekends,
 * statutory non-working days); calendar months end on the same day number of the later month,
 * clamped to its last day. The method is returned so the officer sees how the date was reached.
 */
export function checkFilingWindow(
  window: FilingWindow,
  dates: { entryDate: string; applicationDate: string },
  calendar: Calendar,
): FilingWindowCheck {
  if (window.status === 'unknown') return { late: false, deadline: null, method: 'unknown' };
  let deadline: string;
  switch (window.unit) {
    case 'calendar_days':
      deadline = addCalendarDays(dates.entryDate, window.length).date;
      break;
    case 'calendar_months':
      deadline = addCalendarMonths(dates.entryDate, window.length);
      break;
    case 'working_days':
      deadline = addWorkingDays(calendar, dates.entryDate, window.length).date;
      break;
  }
  return { late: dates.applicationDate > deadline, deadline, method: window.unit };
}

function addCalendarMonths(from: string, months: number): string {
  const [year, month, day] = from.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}
