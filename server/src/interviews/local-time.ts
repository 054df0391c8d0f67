/**
 * Local dates and times of the country's time zone (interviews are booked as the office's clock
 * reads). Pure: Intl only, no library.
 */

/** The offset of `timeZone` from UTC at `instant`, in minutes (Mexico City: -360). */
function offsetMinutes(timeZone: string, instant: Date): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  );
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60000);
}

/** The instant a wall clock in `timeZone` reads `date` `time` (HH:MM). */
export function instantAt(date: string, time: string, timeZone: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(y, m - 1, d, hh, mm);
  // Two passes settle the offset across a change of summer time.
  let instant = new Date(wall - offsetMinutes(timeZone, new Date(wall)) * 60000);
  instant = new Date(wall - offsetMinutes(timeZone, instant) * 60000);
  return instant;
}

/** The wall-clock date (YYYY-MM-DD) and time (HH:MM) of `instant` in `timeZone`. */
export function localParts(instant: Date, timeZone: string): { date: string; time: string } {
  const shifted = new Date(instant.getTime() + offsetMinutes(timeZone, instant) * 60000);
  const iso = shifted.toISOString();
  return { date: iso.slice(0, 10), time: iso.slice(11, 16) };
}

/** The ISO weekday (1 Monday … 7 Sunday) of a date. */
export function isoWeekday(date: string): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}
