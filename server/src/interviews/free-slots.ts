import type { FreeSlotShortfall, Sex } from '@refugio/contract';
import { instantAt, isoWeekday } from './local-time';
import { unmetSameSex, type SameSexRole } from './same-sex';

/**
 * The free-slot finder's arithmetic: given who and what the office could book and when each is
 * taken, the next slots in working hours of working days where an officer, an interpreter (when one
 * is needed) and a room (in person) are all free, and the interviewee too. Pure: the caller reads
 * the bookings and passes `now`, the calendar's verdict and the time zone.
 */

/** A taken period, `[start, end)` in epoch milliseconds. */
export interface Busy {
  start: number;
  end: number;
}

export interface OfficerCandidate {
  id: string;
  sex: Sex | null;
  busy: readonly Busy[];
}

export interface InterpreterWindow {
  weekday: number;
  starts: string;
  ends: string;
  mode: 'in_person' | 'remote' | 'both';
  officeId: string | null;
  validFrom: string;
  validTo: string | null;
}

export interface InterpreterCandidate {
  id: string;
  sex: Sex;
  /** Serves the office in person (else only from a distance). */
  servesOffice: boolean;
  /** Weekly windows; none recorded means no weekly restriction. */
  windows: readonly InterpreterWindow[];
  busy: readonly Busy[];
}

export interface RoomCandidate {
  id: string;
  busy: readonly Busy[];
}

export interface FreeSlotSearch {
  /** Local dates, inclusive. */
  from: string;
  to: string;
  durationMinutes: number;
  timeZone: string;
  officeId: string;
  officeHours: { opens: string; closes: string };
  /** Step between candidate start times, in minutes. */
  stepMinutes: number;
  isWorkingDay: (date: string) => boolean;
  now: Date;
  interviewee: { sex: Sex; busy: readonly Busy[] };
  sameSex: boolean;
  remote: boolean;
  officers: readonly OfficerCandidate[];
  /** Null when the interview needs no interpreter. */
  interpreters: readonly InterpreterCandidate[] | null;
  /** Ignored for a remote interview. */
  rooms: readonly RoomCandidate[];
  limit: number;
}

export interface FoundSlot {
  date: string;
  startTime: string;
  endTime: string;
  officerId: string;
  interpreterId: string | null;
  interpreterRemote: boolean;
  roomId: string | null;
  sameSexUnmet: SameSexRole[];
}

export interface FreeSlotResult {
  slots: FoundSlot[];
  shortfalls: FreeSlotShortfall[];
}

const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
const timeOf = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
const nextDay = (date: string) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

const isFree = (busy: readonly Busy[], start: number, end: number) =>
  busy.every((b) => b.end <= start || b.start >= end);

/** How the interpreter could take part then, or null: in person where they serve the office, else remote. */
function interpreterFits(
  interpreter: InterpreterCandidate,
  date: string,
  startTime: string,
  endTime: string,
  search: Pick<FreeSlotSearch, 'officeId' | 'remote'>,
): { remote: boolean } | null {
  const covers = (inPerson: boolean) =>
    interpreter.windows.length === 0 ||
    interpreter.windows.some(
      (w) =>
        w.weekday === isoWeekday(date) &&
        w.starts <= startTime &&
        endTime <= w.ends &&
        w.validFrom <= date &&
        (w.validTo === null || date <= w.validTo) &&
        (inPerson
          ? w.mode !== 'remote' && (w.officeId === null || w.officeId === search.officeId)
          : w.mode !== 'in_person'),
    );
  if (!search.remote && interpreter.servesOffice && covers(true)) return { remote: false };
  return covers(false) ? { remote: true } : null;
}

/** The best free combination at one time, or null when someone or something is missing. */
function combinationAt(
  search: FreeSlotSearch,
  date: string,
  startTime: string,
  endTime: string,
  start: number,
  end: number,
): FoundSlot | null {
  const officers = search.officers.filter((o) => isFree(o.busy, start, end));
  if (officers.length === 0) return null;
  const interpreters = (search.interpreters ?? []).flatMap((i) => {
    if (!isFree(i.busy, start, end)) return [];
    const fit = interpreterFits(i, date, startTime, endTime, search);
    return fit ? [{ interpreter: i, remote: fit.remote }] : [];
  });
  if (search.interpreters !== null && interpreters.length === 0) return null;
  const room = search.remote ? null : search.rooms.find((r) => isFree(r.busy, start, end));
  if (room === undefined) return null;
  // Meet the same-sex request where anyone free can; then an interpreter in person before one remote.
  const sexFirst = <T>(xs: T[], sexOf: (x: T) => Sex | null) =>
    search.sameSex
      ? [...xs].sort(
          (a, b) => Number(sexOf(b) === search.interviewee.sex) - Number(sexOf(a) === search.interviewee.sex),
        )
      : xs;
  const officer = sexFirst(officers, (o) => o.sex)[0]!;
  const interpreter =
    search.interpreters === null
      ? null
      : sexFirst(
          [...interpreters].sort((a, b) => Number(a.remote) - Number(b.remote)),
          (i) => i.interpreter.sex,
        )[0]!;
  return {
    date,
    startTime,
    endTime,
    officerId: officer.id,
    interpreterId: interpreter?.interpreter.id ?? null,
    interpreterRemote: interpreter?.remote ?? false,
    roomId: room?.id ?? null,
    sameSexUnmet: search.sameSex
      ? unmetSameSex(
          search.interviewee.sex,
          officer.sex,
          interpreter ? interpreter.interpreter.sex : undefined,
        )
      : [],
  };
}

/**
 * The next free slots between `from` and `to`, earliest first, not overlapping one another on a
 * day, never in the past. With a same-sex request, the slots that meet it come first; the others
 * follow, each naming who does not meet it, and `same_sex_not_possible` says none could.
 */
export function findFreeSlots(search: FreeSlotSearch): FreeSlotResult {
  const shortfalls: FreeSlotShortfall[] = [];
  if (search.officers.length === 0) shortfalls.push('no_officer');
  if (search.interpreters !== null && search.interpreters.length === 0)
    shortfalls.push('no_interpreter_for_language');
  if (!search.remote && search.rooms.length === 0) shortfalls.push('no_room');
  const opens = minutesOf(search.officeHours.opens);
  const closes = minutesOf(search.officeHours.closes);
  const found: FoundSlot[] = [];
  let workingDays = 0;
  if (shortfalls.length === 0) {
    for (let date = search.from; date <= search.to; date = nextDay(date)) {
      if (!search.isWorkingDay(date)) continue;
      workingDays += 1;
      let earliest = opens;
      // One time-zone reading per day, unless the clocks change within office hours.
      const opening = instantAt(date, timeOf(opens), search.timeZone).getTime();
      const steady =
        instantAt(date, timeOf(closes), search.timeZone).getTime() - opening === (closes - opens) * 60_000;
      const instant = (minutes: number) =>
        steady
          ? opening + (minutes - opens) * 60_000
          : instantAt(date, timeOf(minutes), search.timeZone).getTime();
      for (let t = opens; t + search.durationMinutes <= closes; t += search.stepMinutes) {
        if (t < earliest) continue;
        const startTime = timeOf(t);
        const endTime = timeOf(t + search.durationMinutes);
        const start = instant(t);
        const end = instant(t + search.durationMinutes);
        if (start < search.now.getTime()) continue;
        if (!isFree(search.interviewee.busy, start, end)) continue;
        const slot = combinationAt(search, date, startTime, endTime, start, end);
        if (!slot) continue;
        found.push(slot);
        earliest = t + search.durationMinutes;
      }
    }
    if (workingDays === 0) shortfalls.push('no_working_day');
  }
  const meets = found.filter((s) => s.sameSexUnmet.length === 0);
  const misses = found.filter((s) => s.sameSexUnmet.length > 0);
  if (search.sameSex && found.length > 0 && meets.length === 0) shortfalls.push('same_sex_not_possible');
  return { slots: [...meets, ...misses].slice(0, search.limit), shortfalls };
}
