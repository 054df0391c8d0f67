import { z } from 'zod';
import { IsoDate, paragraph } from './text';

/**
 * Retention (issue 5): how long each kind of record is kept, legal holds that keep a case beyond its
 * period, and the disposal of what is due (logged as a tombstone, never silently).
 */

/** Kinds of record with a retention period: closed case files by how they ended, and account records. */
export const retentionRecordTypes = [
  'case_recognised',
  'case_refused',
  'case_withdrawn',
  'case_other_closure',
  'sign_in_history',
  'sign_in_throttle',
] as const;
export const RetentionRecordType = z.enum(retentionRecordTypes);
export type RetentionRecordType = z.infer<typeof RetentionRecordType>;

/** The record types that are case files (disposed of one case at a time). */
export const caseRecordTypes = [
  'case_recognised',
  'case_refused',
  'case_withdrawn',
  'case_other_closure',
] as const;
export type CaseRecordType = (typeof caseRecordTypes)[number];

export const RetentionSchedule = z.object({
  recordType: RetentionRecordType,
  /** 0: the installation's default, not yet changed by an administrator. */
  version: z.number().int().min(0),
  periodMonths: z.number().int(),
  description: z.string(),
  /** When the standing version was recorded (null for the default). */
  recordedAt: z.iso.datetime().nullable(),
});
export type RetentionSchedule = z.infer<typeof RetentionSchedule>;

export const RetentionScheduleList = z.object({ schedules: z.array(RetentionSchedule) });
export type RetentionScheduleList = z.infer<typeof RetentionScheduleList>;

/** A new version of a schedule, from the version the administrator saw. */
export const UpdateRetentionScheduleInput = z.strictObject({
  periodMonths: z.number().int().min(1).max(1200),
  description: paragraph(4000).min(1),
  version: z.number().int().min(0),
});
export type UpdateRetentionScheduleInput = z.infer<typeof UpdateRetentionScheduleInput>;

export const legalHoldReasons = ['litigation', 'amparo', 'investigation', 'person_request', 'other'] as const;
export const LegalHoldReason = z.enum(legalHoldReasons);
export type LegalHoldReason = z.infer<typeof LegalHoldReason>;

export const PlaceLegalHoldInput = z.strictObject({
  reason: LegalHoldReason,
  /** A reference (court file, request number); not the person's story. */
  note: paragraph(2000).default(''),
});
export type PlaceLegalHoldInput = z.input<typeof PlaceLegalHoldInput>;

export const LiftLegalHoldInput = z.strictObject({
  note: paragraph(2000).min(1),
  version: z.number().int().min(1),
});
export type LiftLegalHoldInput = z.infer<typeof LiftLegalHoldInput>;

export const LegalHoldView = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  caseNumber: z.string(),
  reason: LegalHoldReason,
  note: z.string(),
  placedBy: z.string(),
  placedAt: z.iso.datetime(),
  liftedBy: z.string().nullable(),
  liftedAt: z.iso.datetime().nullable(),
  liftNote: z.string(),
  version: z.number().int(),
});
export type LegalHoldView = z.infer<typeof LegalHoldView>;

export const CaseLegalHolds = z.object({
  holds: z.array(LegalHoldView),
  /** Whether the user may place and lift holds on this case. */
  canManage: z.boolean(),
});
export type CaseLegalHolds = z.infer<typeof CaseLegalHolds>;

export const LegalHoldList = z.object({ holds: z.array(LegalHoldView) });
export type LegalHoldList = z.infer<typeof LegalHoldList>;

/** A closed case whose retention period has ended. */
export const DueCase = z.object({
  caseId: z.uuid(),
  caseNumber: z.string(),
  recordType: RetentionRecordType,
  scheduleVersion: z.number().int(),
  triggerDate: IsoDate,
  dueOn: IsoDate,
  held: z.boolean(),
});
export type DueCase = z.infer<typeof DueCase>;

export const DueRecords = z.object({
  recordType: RetentionRecordType,
  /** Records older than this instant are due. */
  before: z.iso.datetime(),
  count: z.number().int(),
});
export type DueRecords = z.infer<typeof DueRecords>;

/** What a run would dispose of now (a dry run): nothing changes by reading it. */
export const RetentionDueReport = z.object({
  asOf: IsoDate,
  /** Due cases, first the oldest (at most `limit` listed; `totalCases` counts them all). */
  cases: z.array(DueCase),
  totalCases: z.number().int(),
  /** Due cases that a legal hold keeps. */
  heldCases: z.number().int(),
  records: z.array(DueRecords),
});
export type RetentionDueReport = z.infer<typeof RetentionDueReport>;

/** A confirmed run: the administrator confirms with the number of due cases they saw. */
export const RunRetentionInput = z.strictObject({
  confirm: z.literal(true),
  /** At most this many cases in this request; the rest in the next one (the CLI has no limit). */
  limit: z.number().int().min(1).max(200).default(50),
});
export type RunRetentionInput = z.input<typeof RunRetentionInput>;

export const RetentionRunResult = z.object({
  disposedCases: z.number().int(),
  records: z.array(z.object({ recordType: RetentionRecordType, count: z.number().int() })),
  /** Due cases left for a next run. */
  remainingCases: z.number().int(),
});
export type RetentionRunResult = z.infer<typeof RetentionRunResult>;

export const DisposalView = z.object({
  id: z.uuid(),
  caseId: z.uuid().nullable(),
  caseNumber: z.string().nullable(),
  recordType: RetentionRecordType,
  scheduleVersion: z.number().int(),
  periodMonths: z.number().int(),
  triggerDate: IsoDate.nullable(),
  dueOn: IsoDate,
  counts: z.record(z.string(), z.number().int()),
  disposedAt: z.iso.datetime(),
  disposedBy: z.string().nullable(),
});
export type DisposalView = z.infer<typeof DisposalView>;

export const DisposalList = z.object({ disposals: z.array(DisposalView) });
export type DisposalList = z.infer<typeof DisposalList>;
