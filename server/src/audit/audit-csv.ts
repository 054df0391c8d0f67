import type { AuditEntryView } from '@refugio/contract';
import { canonicalJson } from './audit-hash';

/** Excel reads a UTF-8 file as UTF-8 (accents intact) only when it starts with a byte order mark. */
export const UTF8_BOM = '\uFEFF';

export const AUDIT_CSV_HEADER = [
  'time',
  'user_email',
  'user_name',
  'action',
  'case_number',
  'client_address',
  'details',
] as const;

/**
 * One CSV field (RFC 4180). A text that a spreadsheet would run as a formula (=, +, -, @, tab, CR at
 * the start) is prefixed with an apostrophe: a name typed by a user must not become code on the
 * auditor's machine.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** An instant as the deployment's wall-clock time with its offset: `2026-11-20T06:00:00-06:00`. */
export function localIsoTime(instant: string, timeZone: string): string {
  const date = new Date(instant);
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'longOffset',
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  const offset = part('timeZoneName').replace('GMT', '') || '+00:00';
  return `${part('year')}-${part('month')}-${part('day')}T${part('hour')}:${part('minute')}:${part('second')}${offset}`;
}

export function auditCsvLine(entry: AuditEntryView, timeZone: string): string {
  return (
    [
      localIsoTime(entry.occurredAt, timeZone),
      entry.user?.email ?? '',
      entry.user?.name ?? '',
      entry.action,
      entry.caseNumber ?? '',
      entry.clientAddress,
      canonicalJson(entry.details),
    ]
      .map(csvField)
      .join(',') + '\r\n'
  );
}
