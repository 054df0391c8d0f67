import type { Kysely } from 'kysely';
import type { OutcomeId } from '@refugio/contract';
import type { DB } from '../db/schema';
import type { Jurisdiction } from '../countries/jurisdiction';
import { computeDeadlines, type ComputedDeadline } from '../procedure/deadlines';
import { procedureDatesOf } from '../cases/procedure-dates';
import { findEventsOfCase } from '../cases/case.repository';
import { clockInputsOf } from './case-clock';
import { findSuspensionsCovering } from './clock-inputs.repository';

/** The fields of a case its deadlines depend on. */
export interface CaseForDeadlines {
  readonly id: string;
  readonly office_id: string;
  readonly track: string;
  readonly stage: string;
  readonly outcome: OutcomeId | null;
  readonly entry_date: string;
  readonly application_date: string;
}

/**
 * The deadlines of one case as they stand today, computed live from its events, extensions, track and
 * the suspensions covering it (the case file never reads the projection, so it is never stale).
 */
export async function deadlinesOfCase(
  db: Kysely<DB>,
  { profile, calendar }: Jurisdiction,
  kase: CaseForDeadlines,
  today: string,
  events?: Parameters<typeof procedureDatesOf>[1] & Parameters<typeof clockInputsOf>[3],
): Promise<ComputedDeadline[]> {
  const [caseEvents, suspensions] = await Promise.all([
    events ?? findEventsOfCase(db, kase.id),
    findSuspensionsCovering(db, [kase.id], [kase.office_id]),
  ]);
  return computeDeadlines(
    profile.procedure,
    calendar,
    procedureDatesOf(kase, caseEvents),
    today,
    clockInputsOf(profile, kase, suspensions, caseEvents),
  );
}
