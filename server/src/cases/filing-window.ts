import type { FilingWindow, FilingWindowCheck } from '@refugio/contract';

const DAY = 86_400_000;
const toDate = (iso: string) => new Date(`${iso}T00:00:00Z`);
const toIso = (d: Date) => d.toISOString().slice(0, 10);

/**
 * Last day on which an application is on time, counting from the day after entry.
 * Working days are approximated as Monday–Friday without public holidays until the deadline
 * engine (issue 3) brings each state's calendar; the method is returned so the UI says so.
 * Calendar months end on the same day number of the later month (clamped to its last day).
 */
export function checkFilingWindow(
  window: FilingWindow,
  dates: { entryDate: string; applicationDate: string },
): FilingWindowCheck {
  if (window.status === 'unknown') return { late: false, deadline: null, method: 'unknown' };
  const entry = toDate(dates.entryDate);
  let deadline: Date;
  let method: FilingWindowCheck['method'];
  switch (window.unit) {
    case 'calendar_days':
      deadline = new Date(entry.getTime() + window.length * DAY);
      method = 'calendar_days';
      break;
    case 'calendar_months': {
      const target = new Date(Date.UTC(entry.getUTCFullYear(), entry.getUTCMonth() + window.length, 1));
      const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
      target.setUTCDate(Math.min(entry.getUTCDate(), lastDay));
      deadline = target;
      method = 'calendar_months';
      break;
    }
    case 'working_days': {
      deadline = entry;
      let counted = 0;
      while (counted < window.length) {
        deadline = new Date(deadline.getTime() + DAY);
        const weekday = deadline.getUTCDay();
        if (weekday !== 0 && weekday !== 6) counted++;
      }
      method = 'weekdays_without_holidays';
      break;
    }
  }
  const deadlineIso = toIso(deadline);
  return { late: dates.applicationDate > deadlineIso, deadline: deadlineIso, method };
}
