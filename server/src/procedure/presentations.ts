import { fromDayNumber, toDayNumber, weekdayOf, type IsoDate } from '../calendars/iso-date';
import type { Procedure } from './procedure';

export type PresentationRule = Procedure['periodicPresentation'];

export interface PresentationStatus {
  /** The Monday of each complete week since the first full week after filing with no presentation. */
  readonly missedWeeks: readonly IsoDate[];
  /** Missed weeks in a row up to the last complete week. */
  readonly consecutiveMissed: number;
  /** The law's number of missed presentations that counts as abandonment; null when unknown. */
  readonly threshold: number | null;
  /** The missed presentations reach the law's threshold: the abandonment rule applies. */
  readonly abandonmentIndicated: boolean;
}

const mondayOf = (day: number) => day - ((weekdayOf(day) + 6) % 7);

/**
 * Weekly presentation (Mexico, RLRPCAP art. 24: a weekly signature at the office): which complete weeks
 * from the week after filing up to the last week before `until` (today, or the day the case closed)
 * had no presentation, and whether the run of missed weeks reaches the law's threshold. The week of
 * filing and the current week are not judged: the applicant may still come. Pure.
 */
export function presentationStatus(
  rule: PresentationRule,
  filingDate: IsoDate,
  presentations: readonly IsoDate[],
  until: IsoDate,
): PresentationStatus | null {
  if (rule.status !== 'known') return null;
  const presentedWeeks = new Set(presentations.map((d) => mondayOf(toDayNumber(d))));
  const firstWeek = mondayOf(toDayNumber(filingDate)) + 7;
  const currentWeek = mondayOf(toDayNumber(until));
  const missedWeeks: IsoDate[] = [];
  let consecutiveMissed = 0;
  for (let week = firstWeek; week < currentWeek; week += 7) {
    if (presentedWeeks.has(week)) {
      consecutiveMissed = 0;
    } else {
      missedWeeks.push(fromDayNumber(week));
      consecutiveMissed++;
    }
  }
  const threshold = typeof rule.missedThreshold === 'number' ? rule.missedThreshold : null;
  return {
    missedWeeks,
    consecutiveMissed,
    threshold,
    abandonmentIndicated: threshold !== null && consecutiveMissed >= threshold,
  };
}
