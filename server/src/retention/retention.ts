import type { CaseRecordType } from '@refugio/contract';

/** How a closed case ended, as its closing event and the case's last outcome record it. */
export interface Closure {
  closureReason: string | null;
  outcome: string | null;
}

const protectedOutcomes = new Set(['recognized', 'complementary_protection']);

/**
 * The record type (and so the retention period) of a closed case file. A final decision is a
 * recognition or a refusal by its outcome; a withdrawn, abandoned or unratified application has no
 * decision on the merits; a death or a transfer is another closure. An unknown reason falls to the
 * longest period (recognition), so an unforeseen code keeps data rather than losing it.
 */
export function caseRecordType(closure: Closure): CaseRecordType {
  switch (closure.closureReason) {
    case 'final_decision':
      return closure.outcome && !protectedOutcomes.has(closure.outcome) ? 'case_refused' : 'case_recognised';
    case 'withdrawn':
    case 'abandoned':
    case 'not_ratified':
      return 'case_withdrawn';
    case 'deceased':
    case 'transferred':
      return 'case_other_closure';
    case null:
    default:
      return 'case_recognised';
  }
}

/**
 * The day a period of whole months counted from `from` (YYYY-MM-DD) ends: the same day of the month
 * `months` later, or the month's last day when it has no such day (31 Jan + 1 month = 28/29 Feb).
 */
export function addMonths(from: string, months: number): string {
  const [y, m, d] = from.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = total % 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const day = Math.min(d, lastDay);
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A record whose period ends on `dueOn` may be disposed of from that day on. */
export const isDue = (dueOn: string, today: string): boolean => dueOn <= today;

/** The instant before which account records of a period of `months` are due on `now`. */
export function cutoffBefore(now: Date, months: number): Date {
  const cut = new Date(now);
  const day = cut.getUTCDate();
  cut.setUTCDate(1);
  cut.setUTCMonth(cut.getUTCMonth() - months);
  const lastDay = new Date(Date.UTC(cut.getUTCFullYear(), cut.getUTCMonth() + 1, 0)).getUTCDate();
  cut.setUTCDate(Math.min(day, lastDay));
  return cut;
}
