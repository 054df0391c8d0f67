import type { TFunction } from 'i18next';
import { formatDate } from '../i18n/dates';
import type { LocalSpan } from './week';

/** "07/12/2026, 09:00–11:00", or "del 07/12/2026 08:00 al 11/12/2026 18:00" across days. */
export function spanText(t: TFunction, span: LocalSpan): string {
  return span.start.date === span.end.date
    ? t('agenda.when.sameDay', {
        date: formatDate(span.start.date),
        start: span.start.time,
        end: span.end.time,
      })
    : t('agenda.when.days', {
        startDate: formatDate(span.start.date),
        start: span.start.time,
        endDate: formatDate(span.end.date),
        end: span.end.time,
      });
}

/** `2026-12-07T09:00` → the span's shape. */
export const localSpan = (start: string, end: string): LocalSpan => ({
  start: { date: start.slice(0, 10), time: start.slice(11, 16) },
  end: { date: end.slice(0, 10), time: end.slice(11, 16) },
});
