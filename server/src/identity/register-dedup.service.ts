import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';

export interface RegisterDedupOptions {
  /** The lowest score of a pair put in the review queue; default: the calibrated threshold. */
  threshold?: number;
  /** Called as the work advances (the CLI draws a progress bar on stderr). */
  onProgress?: (progress: { phase: string; done: number; total: number }) => void;
}

export interface RegisterDedupResult {
  compared: number;
  candidates: number;
  queued: number;
}

/** `refugio dedup --db`: compares the people of the register and fills the supervisors' review queue. */
export async function runRegisterDedup(
  _db: Kysely<DB>,
  _options: RegisterDedupOptions,
): Promise<RegisterDedupResult> {
  throw new Error('not built yet');
}
