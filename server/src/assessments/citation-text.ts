import type { CitationRow } from './assessment.repository';

/** A COI date as precise as it is known: 12/03/2025, 03/2025 or 2025. */
export function coiDate(isoDate: string, precision: 'day' | 'month' | 'year'): string {
  const [year, month, day] = isoDate.split('-');
  if (precision === 'year') return year!;
  if (precision === 'month') return `${month}/${year}`;
  return `${day}/${month}/${year}`;
}

/** One citation as a letter states it: "publisher, title, date, pinpoint" for COI; the pinpoint otherwise. */
export function renderCitation(c: CitationRow): string {
  const parts =
    c.kind === 'coi' && c.coi_title && c.coi_publisher && c.coi_published_on
      ? [c.coi_publisher, c.coi_title, coiDate(c.coi_published_on, c.coi_date_precision ?? 'day')]
      : [c.description];
  return [...parts, c.pinpoint].filter((p) => p.trim() !== '').join(', ');
}
