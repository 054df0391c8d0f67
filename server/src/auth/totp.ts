import { createHash, randomBytes } from 'node:crypto';
import { generateSecret, generateURI, verify } from 'otplib';

const ISSUER = 'Refugio';
const PERIOD = 30;
/** One step either way: the phone's clock may be off by up to 30 seconds. */
const TOLERANCE_SECONDS = PERIOD;

export function newTotpSecret(): string {
  return generateSecret({ length: 20 });
}

export function totpUri(secret: string, email: string): string {
  return generateURI({ issuer: ISSUER, label: email, secret });
}

/**
 * The time step of a valid code later than `afterTimeStep`, or null. The caller stores the step so
 * the same code (or an earlier one) is never accepted again.
 */
export async function acceptTotp(
  secret: string,
  code: string,
  afterTimeStep: number | null,
  now: Date,
): Promise<number | null> {
  if (!/^\d{6}$/.test(code)) return null;
  try {
    const result = await verify({
      secret,
      token: code,
      epoch: Math.floor(now.getTime() / 1000),
      epochTolerance: TOLERANCE_SECONDS,
      ...(afterTimeStep === null ? {} : { afterTimeStep }),
    });
    return result.valid && 'timeStep' in result ? result.timeStep : null;
  } catch {
    return null;
  }
}

// 256 is a multiple of 32, so `byte % 32` picks every character with the same probability.
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** Ten recovery codes of 16 base32 characters (80 random bits), shown as XXXX-XXXX-XXXX-XXXX. */
export function newRecoveryCodes(count = 10): string[] {
  return Array.from({ length: count }, () => {
    const bytes = randomBytes(16);
    const chars = [...bytes].map((b) => ALPHABET[b % 32]).join('');
    return chars.match(/.{4}/g)!.join('-');
  });
}

/** What is stored of a recovery code: the SHA-256 of its 16 characters, upper case, no dashes. */
export function recoveryCodeHash(code: string): string {
  return createHash('sha256')
    .update(code.replace(/[\s-]+/g, '').toUpperCase())
    .digest('hex');
}
