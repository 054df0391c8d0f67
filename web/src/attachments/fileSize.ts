import type { TFunction } from 'i18next';

/** A size in bytes as the officer reads it: `820 B`, `14 KB`, `2,4 MB` (the UI language's decimals). */
export function formatFileSize(t: TFunction, bytes: number, locale: string): string {
  const number = (value: number, digits: number) =>
    new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value);
  if (bytes < 1024) return t('attachments.size.bytes', { value: number(bytes, 0) });
  if (bytes < 1024 * 1024) return t('attachments.size.kilobytes', { value: number(bytes / 1024, 0) });
  return t('attachments.size.megabytes', { value: number(bytes / (1024 * 1024), 1) });
}
