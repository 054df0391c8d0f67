const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;
const userDate = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

/** `2026-03-05` → `05/03/2026`. Anything else is returned unchanged so bad data stays visible. */
export function formatDate(iso: string): string {
  const m = isoDate.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/**
 * What an officer typed → `YYYY-MM-DD`. Accepts `d/m/yyyy` (also with `.` or `-`) and ISO dates;
 * returns the trimmed text unchanged when it is neither, so the schema reports it as an invalid date.
 */
export function parseUserDate(text: string): string {
  const trimmed = text.trim();
  if (isoDate.test(trimmed)) return trimmed;
  const m = userDate.exec(trimmed);
  if (!m) return trimmed;
  const [, d = '', mo = '', y = ''] = m;
  return `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

/**
 * An instant as `dd/mm/yyyy HH:mm` on the authority's wall clock (its time zone), whatever the
 * time zone of the computer showing it.
 */
export function formatDateTime(instant: string, timeZone: string): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('day')}/${part('month')}/${part('year')} ${part('hour')}:${part('minute')}`;
}

/** Whole years between a date of birth and a day, both `YYYY-MM-DD`. */
export function ageOn(birthDate: string, day: string): number | null {
  const b = isoDate.exec(birthDate);
  const d = isoDate.exec(day);
  if (!b || !d) return null;
  const years = Number(d[1]) - Number(b[1]);
  const beforeBirthday = `${d[2]}${d[3]}` < `${b[2]}${b[3]}`;
  return beforeBirthday ? years - 1 : years;
}

/** The day of the week of a `YYYY-MM-DD` date in a UI language ("miércoles"), or '' for bad data. */
export function weekdayName(iso: string, language: string): string {
  if (!isoDate.test(iso)) return '';
  const date = new Date(`${iso}T12:00:00Z`);
  return new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' }).format(date);
}
