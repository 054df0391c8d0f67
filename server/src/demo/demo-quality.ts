import type { Kysely } from 'kysely';
import { qualityIndicatorIds, type QualityScoreInput } from '@refugio/contract';
import type { DB } from '../db/schema';
import type { Actor } from '../access/actor';
import type { Jurisdiction } from '../countries/jurisdiction';
import { addDays } from '../calendars/iso-date';
import { instantAt } from '../interviews/local-time';
import { addUser } from '../users/user.service';
import { findUserByEmail } from '../users/user.repository';
import {
  assignQualitySample,
  drawQualitySample,
  openQualityReview,
  saveQualityReview,
} from '../quality/quality.service';
import type { DemoTeam } from './demo-case';
import { DEMO_PASSWORD } from './demo-seed';

/**
 * The supervisor who gives Tapachula's decisions their second reading. The office's other supervisor
 * approved them all, and a reviewer must have had no part in the decision (the database holds it).
 */
export const demoQualityReviewer = {
  email: 'calidad@demo.refugio.mx',
  name: 'Beatriz Lozano Ferrer',
  role: 'supervisor',
  office: 'TAP',
  sex: 'F',
} as const;

export interface DemoQualitySummary {
  drawId: string;
  sampled: number;
  /** The review completed with its scores, or null when the draw found nothing to review. */
  reviewId: string | null;
}

/** How the demo's reviewer rated the decision: sound, with a minor deficiency in its credibility finding. */
function demoScores(): QualityScoreInput[] {
  return qualityIndicatorIds.map((indicatorId) =>
    indicatorId === 'd_credibility'
      ? {
          indicatorId,
          rating: 'minor',
          comment:
            'La valoración de credibilidad cita el acta, pero no explica por qué se descarta la explicación de la inconsistencia en las fechas.',
        }
      : indicatorId === 'i_exclusion_explored'
        ? { indicatorId, rating: 'not_applicable' }
        : { indicatorId, rating: 'correct' },
  );
}

/**
 * A quality draw over the decisions Tapachula issued since it works in Refugio (every risk-flagged one
 * and a third of the rest, seed fixed so the demo is the same each time), through the real use cases:
 * the office's supervisor draws and assigns two samples to the reviewer, who completes the review of
 * the first with scored indicators; the second stays assigned, the rest unassigned.
 */
export async function seedDemoQuality(
  db: Kysely<DB>,
  jurisdiction: Jurisdiction,
  team: DemoTeam,
  today: string,
  sinceDays: number,
): Promise<DemoQualitySummary> {
  const tz = jurisdiction.profile.timeZone;
  const reviewer = await demoReviewer(db);
  const officeId = team.supervisor.officeId!;
  const draw = await drawQualitySample(
    db,
    team.supervisor,
    { officeId, periodFrom: addDays(today, -sinceDays), periodTo: today, randomRate: 1 / 3, seed: 2026 },
    instantAt(today, '09:00', tz),
  );
  const [first, second] = draw.samples;
  if (!first) return { drawId: draw.id, sampled: 0, reviewId: null };
  const assign = (sample: typeof first) =>
    assignQualitySample(
      db,
      team.supervisor,
      sample.id,
      { version: sample.version, reviewerId: reviewer.id },
      instantAt(today, '09:30', tz),
    );
  await assign(first);
  if (second) await assign(second);
  const review = await openQualityReview(db, reviewer, first.id, instantAt(today, '10:00', tz));
  const completed = await saveQualityReview(
    db,
    reviewer,
    review.id,
    {
      version: review.version,
      comments: 'Resolución bien fundada; conviene explicar mejor la valoración de credibilidad.',
      scores: demoScores(),
    },
    instantAt(today, '12:00', tz),
    true,
  );
  return { drawId: draw.id, sampled: draw.samples.length, reviewId: completed.id };
}

/** The reviewer's account, created through the same use case as any user. */
async function demoReviewer(db: Kysely<DB>): Promise<Actor> {
  if (!(await findUserByEmail(db, demoQualityReviewer.email)))
    await addUser(db, null, { ...demoQualityReviewer, password: DEMO_PASSWORD });
  const user = (await findUserByEmail(db, demoQualityReviewer.email))!;
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    officeId: user.office_id,
    clientAddress: 'demo-seed',
  };
}
