/** Dates of the agenda's week (local dates of the office, `YYYY-MM-DD`) and where a booking sits in a day. */

/** The grid's working hours, in minutes after midnight: 08:00 to 18:00. */
export const gridStart = 8 * 60;
export const gridEnd = 18 * 60;
export const gridHours = Array.from({ length: (gridEnd - gridStart) / 60 }, (_, i) => gridStart / 60 + i);

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const asUtc = (iso: string) => new Date(`${iso}T00:00:00Z`);

export const isIsoDate = (value: string | null | undefined): value is string =>
  !!value && isoDate.test(value) && !Number.isNaN(asUtc(value).getTime());

export function addDays(iso: string, days: number): string {
  const date = asUtc(iso);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The Monday of the week a date falls in. */
export function mondayOf(iso: string): string {
  const weekday = asUtc(iso).getUTCDay(); // 0 Sunday
  return addDays(iso, weekday === 0 ? -6 : 1 - weekday);
}

/** Monday to Sunday of the week that starts on `monday`. */
export const weekDates = (monday: string): string[] =>
  Array.from({ length: 7 }, (_, i) => addDays(monday, i));

export const minutesOf = (time: string): number => {
  const [h = 0, m = 0] = time.split(':').map(Number);
  return h * 60 + m;
};

export const timeOf = (minutes: number): string =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

export interface LocalSpan {
  start: { date: string; time: string };
  end: { date: string; time: string };
}

/** The part of a span that falls on `day`, in minutes after midnight; null when none does. */
export function partOn(span: LocalSpan, day: string): { from: number; to: number } | null {
  if (span.start.date > day || span.end.date < day) return null;
  const from = span.start.date === day ? minutesOf(span.start.time) : 0;
  const to = span.end.date === day ? minutesOf(span.end.time) : 24 * 60;
  return to > from ? { from, to } : null;
}

/** Where a part of a day sits on the 08:00–18:00 grid, in percent; null when wholly outside it. */
export function placeOnGrid(part: { from: number; to: number }): { top: number; height: number } | null {
  const from = Math.max(part.from, gridStart);
  const to = Math.min(part.to, gridEnd);
  if (to <= from) return null;
  const span = gridEnd - gridStart;
  return { top: ((from - gridStart) / span) * 100, height: ((to - from) / span) * 100 };
}
