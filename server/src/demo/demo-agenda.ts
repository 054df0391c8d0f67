import { addDays, type IsoDate } from '../calendars/iso-date';

/** An interview slot: a local date and times in the office's time zone. */
export interface Slot {
  date: IsoDate;
  start: string;
  end: string;
}

/** The office's interview times: two hours each, morning, late morning and afternoon. */
const times = [
  { start: '09:00', end: '11:00' },
  { start: '11:30', end: '13:30' },
  { start: '15:00', end: '17:00' },
] as const;

/**
 * The demo's eligibility officer's diary: each booking takes the first free slot on or after the day
 * asked for, on working days only, so the officer (and the interpreter and room with them) is never
 * booked twice.
 */
export function officerAgenda(workingDayOnOrAfter: (date: IsoDate) => IsoDate) {
  const taken = new Map<IsoDate, number>();
  return {
    book(from: IsoDate): Slot {
      let date = workingDayOnOrAfter(from);
      while ((taken.get(date) ?? 0) >= times.length) {
        date = workingDayOnOrAfter(addDays(date, 1));
      }
      const used = taken.get(date) ?? 0;
      taken.set(date, used + 1);
      return { date, ...times[used]! };
    },
  };
}
