import type { CaseNumberFormat } from '@refugio/contract';

/**
 * Formats a case number from the country profile's pattern. The sequence restarts each year per
 * office, so `{office}` and `{year}` in the pattern keep numbers unique.
 */
export function formatCaseNumber(
  format: CaseNumberFormat,
  parts: { office: string; year: number; seq: number },
): string {
  if (!Number.isInteger(parts.seq) || parts.seq < 1) throw new Error(`Invalid case sequence ${parts.seq}`);
  return format.pattern.replace(
    /\{(prefix|office|year|seq:(\d+))\}/g,
    (_token, name: string, width?: string) => {
      if (name === 'prefix') return format.prefix;
      if (name === 'office') return parts.office;
      if (name === 'year') return String(parts.year).padStart(4, '0');
      const digits = Number(width);
      const seq = String(parts.seq);
      if (seq.length > digits) {
        throw new Error(
          `Case sequence ${parts.seq} does not fit in ${digits} digits: widen {seq:N} in the profile`,
        );
      }
      return seq.padStart(digits, '0');
    },
  );
}
