import { z } from 'zod';

// Control characters other than tab and newline have no place in a person's data and break
// letters, exports and terminals; they are refused instead of stripped so nothing changes silently.
// eslint-disable-next-line no-control-regex
const controlCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u2028\u2029]/;

/** A single-line text field: trimmed, bounded, no control characters or line breaks. */
export function line(max: number) {
  return z
    .string()
    .trim()
    .max(max)
    .refine((s) => !controlCharacters.test(s) && !/[\r\n]/.test(s), {
      message: 'Must not contain control characters or line breaks',
    });
}

/** A free-text field that may span lines. */
export function paragraph(max: number) {
  return z
    .string()
    .trim()
    .max(max)
    .refine((s) => !controlCharacters.test(s), { message: 'Must not contain control characters' });
}

/** A calendar date written YYYY-MM-DD that exists (2024-02-30 is refused). */
export const IsoDate = z.iso.date();
