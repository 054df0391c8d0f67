import { describe, expect, it } from 'vitest';
import { passwordProblems } from './password-rules';

const codes = (password: string, email = 'paola.reyes@comar.test') =>
  passwordProblems(password, { email, path: 'newPassword' }).map((p) => p.code);

describe('password rules', () => {
  it('accepts a long, uncommon password, including the demo one', () => {
    expect(codes('una contraseña larga')).toEqual([]);
    expect(codes('Refugio-demo-2026', 'registro@demo.refugio.mx')).toEqual([]);
    expect(codes('Refugio-demo-2026', 'admin@demo.refugio.mx')).toEqual([]);
  });

  it('refuses fewer than 12 and more than 1024 characters, naming the field', () => {
    expect(passwordProblems('corta123', { email: 'a@b.test', path: 'newPassword' })).toEqual([
      { path: 'newPassword', code: 'too_short', message: 'At least 12 characters' },
    ]);
    expect(codes('x'.repeat(1025))).toEqual(['too_long']);
    // Characters, not UTF-16 units: twelve accented letters are twelve.
    expect(codes('ñáéíóúñáéíóú')).not.toContain('too_short');
  });

  it('refuses a listed password in any case', () => {
    expect(codes('1qaz2wsx3edc4rfv')).toEqual(['common']);
    expect(codes('QazWsxEdcRfv')).toEqual(['common']);
  });

  it('refuses a listed word dressed up with digits and punctuation at its ends', () => {
    expect(codes('Password2026!')).toEqual(['common']);
    expect(codes('!!Football1234')).toEqual(['common']);
    expect(codes('Contraseña123!')).toEqual(['common']);
    expect(codes('2026-Mexico-2026')).toEqual(['common']);
  });

  it('refuses a password of few distinct characters', () => {
    expect(codes('aaaaaaaaaaaaaaa')).toEqual(['common']);
    expect(codes('121212121212')).toEqual(['common']);
  });

  it('refuses a password containing the e-mail name or a piece of it', () => {
    expect(codes('paola.reyes la mejor')).toEqual(['contains_email']);
    expect(codes('mi apellido es REYES!')).toEqual(['contains_email']);
    expect(codes('una frase sin nombres')).toEqual([]);
  });
});
