import type { Config } from '../config/config';

/** `refugio dedup`: duplicate records of the same person in a CSV file or across the register. */
export async function dedupCommand(_config: Config, _options: Record<string, unknown>): Promise<void> {
  throw new Error('refugio dedup is not built yet');
}
