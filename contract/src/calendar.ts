import { z } from 'zod';
import { IsoDate, line, paragraph } from './text';
import { RecomputationView } from './deadlines';

/** One reason a day is not counted, with where it comes from (statutory table, library rule, declaration). */
export const NonWorkingReasonView = z.object({
  kind: z.enum(['weekend', 'statutory', 'observed', 'declared', 'candidate']),
  reason: z.string(),
  legalBasis: z.string(),
  source: z.string(),
  confidence: z.enum(['high', 'medium', 'low']),
});
export type NonWorkingReasonView = z.infer<typeof NonWorkingReasonView>;

/** A day the authority declared non-working, as entered by an administrator. */
export const DeclaredDayView = z.object({
  id: z.uuid(),
  date: IsoDate,
  reason: z.string(),
  legalBasis: z.string(),
  source: z.string(),
  status: z.enum(['in_force', 'withdrawn']),
  createdAt: z.iso.datetime({ offset: true }),
  createdBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  withdrawnAt: z.iso.datetime({ offset: true }).nullable(),
  withdrawalReason: z.string().nullable(),
});
export type DeclaredDayView = z.infer<typeof DeclaredDayView>;

/** `GET /api/v1/calendar?year=`: the non-working days other than weekends, and the declared days. */
export const CalendarYearView = z.object({
  country: z.string(),
  year: z.number().int(),
  days: z.array(z.object({ date: IsoDate, reasons: z.array(NonWorkingReasonView) })),
  declared: z.array(DeclaredDayView),
  /** Whether the current user may declare or withdraw days. */
  canDeclare: z.boolean(),
});
export type CalendarYearView = z.infer<typeof CalendarYearView>;

export const CalendarYearQuery = z.object({ year: z.coerce.number().int().min(1990).max(2100) });

/** Body of `POST /api/v1/calendar/declared-days`. */
export const DeclareNonWorkingDayInput = z.object({
  date: IsoDate,
  reason: line(300).pipe(z.string().min(1, 'Say why the day is non-working')),
  legalBasis: line(500).pipe(z.string().min(1, 'Give the legal basis (e.g. the gazette acuerdo)')),
  source: line(500).default(''),
});
export type DeclareNonWorkingDayInput = z.input<typeof DeclareNonWorkingDayInput>;

/** Body of `POST /api/v1/calendar/declared-days/:id/withdraw`. */
export const WithdrawDeclaredDayInput = z.object({
  reason: paragraph(2000).pipe(z.string().min(1, 'Say why the day is withdrawn')),
});
export type WithdrawDeclaredDayInput = z.input<typeof WithdrawDeclaredDayInput>;

/** Answer to declaring or withdrawing a day: the day, and the recomputation of the clocks it moved. */
export const DeclaredDayChangeResult = z.object({ day: DeclaredDayView, recomputation: RecomputationView });
export type DeclaredDayChangeResult = z.infer<typeof DeclaredDayChangeResult>;
