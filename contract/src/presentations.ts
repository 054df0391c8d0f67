import { z } from 'zod';
import { IsoDate } from './text';

/** The applicant's periodic presentations (Mexico: the weekly signature) and what missing them means. */
export const PresentationView = z.object({
  frequency: z.enum(['weekly']),
  legalBasis: z.string(),
  /** Presentations are still required (no decision issued, the case not closed). */
  required: z.boolean(),
  /** What ended them: the first-instance decision, or the case's closure; null while required. */
  endedBy: z.enum(['decision', 'closure']).nullable(),
  recorded: z.array(
    z.object({
      date: IsoDate,
      recordedAt: z.iso.datetime({ offset: true }),
      by: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    }),
  ),
  /** The Monday of each complete week without a presentation. */
  missedWeeks: z.array(IsoDate),
  consecutiveMissed: z.number().int(),
  /** Missed presentations that count as abandonment under the law; null when the law's number is unknown. */
  threshold: z.number().int().nullable(),
  /** The threshold is reached: the supervisor should consider closing the case as abandoned. */
  abandonmentIndicated: z.boolean(),
  /** Interviews the applicant did not attend. */
  noShows: z.number().int(),
  canRecord: z.boolean(),
});
export type PresentationView = z.infer<typeof PresentationView>;

/** Body of `POST /api/v1/cases/:caseId/presentations`. */
export const RecordPresentationInput = z.object({
  version: z.number().int().min(1),
  date: IsoDate,
});
export type RecordPresentationInput = z.input<typeof RecordPresentationInput>;
