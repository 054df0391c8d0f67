import type { FilingWindow, FilingWindowCheck } from '@refugio/contract';
import type { Calendar } from '../calendars/calendar';
import { dueDate } from '../procedure/deadlines';

/**
 * Last day on which an application is on time, counting from the day after entry (LRPCAP art. 18:
 * "a partir del día hábil siguiente") on the deployment's calendar, and whether the application came
 * after it. The method is returned so the officer sees how the date was reached.
 */
export function checkFilingWindow(
  window: FilingWindow,
  dates: { entryDate: string; applicationDate: string },
  calendar: Calendar,
): FilingWindowCheck {
  if (window.status === 'unknown') return { late: false, deadline: null, method: 'unknown' };
  const deadline = dueDate(window, dates.entryDate, calendar);
  return { late: dates.applicationDate > deadline, deadline, method: window.unit };
}
