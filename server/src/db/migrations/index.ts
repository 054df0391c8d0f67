import type { Migration } from 'kysely';
import * as createFoundation from './2026_11_29_1000_create_foundation';
import * as addCaseStage from './2026_11_29_1200_add_case_stage';
import * as addCaseClocks from './2026_11_29_1400_add_case_clocks';

/** Every migration in order. Never edit one that has been committed: add a new one. */
export const migrations: Record<string, Migration> = {
  '2026_11_29_1000_create_foundation': createFoundation,
  '2026_11_29_1200_add_case_stage': addCaseStage,
  '2026_11_29_1400_add_case_clocks': addCaseClocks,
};
