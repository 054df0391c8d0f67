import { defaultBreakGlassHours } from './policy';

/**
 * How long a break-glass grant lasts: `REFUGIO_BREAK_GLASS_HOURS` (a whole number of hours, 1 to 24),
 * 4 by default. A value outside that range stops the server at start rather than granting too long.
 */
export function breakGlassHours(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.REFUGIO_BREAK_GLASS_HOURS;
  if (raw === undefined || raw === '') return defaultBreakGlassHours;
  const hours = Number(raw);
  if (!Number.isInteger(hours) || hours < 1 || hours > 24) {
    throw new Error('REFUGIO_BREAK_GLASS_HOURS must be a whole number of hours from 1 to 24');
  }
  return hours;
}
