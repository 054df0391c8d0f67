import type { FieldError } from '@refugio/contract';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '@refugio/contract';
import { commonPasswords } from './common-passwords';

/** Lower case without accents, so "Contraseña" meets "contrasena" on the list. */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Digits, punctuation, symbols and spaces at either end: "Password2026!" is "password" dressed up. */
const stripEnds = (text: string) => text.replace(/^[\p{N}\p{P}\p{S}\s]+|[\p{N}\p{P}\p{S}\s]+$/gu, '');

/** The parts of an e-mail's local part a password must not contain (whole, and pieces of 4+). */
function emailWords(email: string): string[] {
  const local = fold(email.split('@')[0] ?? '');
  const pieces = local.split(/[._+-]+/).filter((p) => p.length >= 4);
  return [...new Set([local, ...pieces])].filter((w) => w.length >= 3);
}

/**
 * The password rules, one place for every way a password is set (CLI, API, demo): 12 to 1024
 * characters, not a common password (nor one dressed up with digits or punctuation at its ends), not
 * containing the user's e-mail name. Returns field errors under `path`; empty when the password is fine.
 */
export function passwordProblems(password: string, context: { email: string; path: string }): FieldError[] {
  const { path } = context;
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH)
    return [{ path, code: 'too_short', message: `At least ${MIN_PASSWORD_LENGTH} characters` }];
  if (length > MAX_PASSWORD_LENGTH)
    return [{ path, code: 'too_long', message: `At most ${MAX_PASSWORD_LENGTH} characters` }];
  const folded = fold(password);
  const list = commonPasswords();
  const candidates = [folded, stripEnds(folded), folded.replace(/[\s\p{P}\p{S}]+/gu, '')];
  const repetitive = new Set(folded).size < 4; // "aaaaaaaaaaaa", "121212121212"
  if (repetitive || candidates.some((c) => c.length > 0 && list.has(c)))
    return [{ path, code: 'common', message: 'This password is too common; choose another' }];
  if (emailWords(context.email).some((w) => folded.includes(w)))
    return [{ path, code: 'contains_email', message: 'The password must not contain your e-mail name' }];
  return [];
}
