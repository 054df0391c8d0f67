/** The contract of issue 5's audit feature: the auditor's search, export and the chain's status. */
import { z } from 'zod';
import { Role } from './roles';

const Cursor = z.string().regex(/^[1-9]\d{0,18}$/, 'Not a cursor');

const filterShape = {
  userId: z.uuid().optional(),
  caseNumber: z.string().trim().min(1).max(60).optional(),
  action: z
    .string()
    .trim()
    .regex(/^[a-z0-9_.]{1,100}$/, 'Not an action code')
    .optional(),
  /** First day of the period (deployment's time zone). */
  from: z.iso.date().optional(),
  /** Last day of the period, included. */
  to: z.iso.date().optional(),
};
const periodInOrder = (f: { from?: string; to?: string }) =>
  f.from === undefined || f.to === undefined || f.to >= f.from;
const periodMessage = { path: ['to'], message: 'The period ends before it starts' };

/** The filters of the auditor's search and export (dates: days in the deployment's time zone). */
export const AuditFilters = z.object(filterShape).refine(periodInOrder, periodMessage);
export type AuditFilters = z.infer<typeof AuditFilters>;

/** Query of `GET /api/v1/audit`: the filters, a page size and the cursor of the page before. */
export const AuditSearchQuery = z
  .object({
    ...filterShape,
    /** The `nextCursor` of the previous page: entries older than it. */
    before: Cursor.optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  })
  .refine(periodInOrder, periodMessage);
export type AuditSearchQuery = Omit<z.input<typeof AuditSearchQuery>, 'limit'> & { limit?: number };

/** The filter keys an audit search or export records about itself (never their values). */
export const auditFilterKeys = ['userId', 'caseNumber', 'action', 'from', 'to'] as const;
export type AuditFilterKey = (typeof auditFilterKeys)[number];

export const AuditEntryView = z.object({
  id: z.string(),
  /** ISO 8601 instant. */
  occurredAt: z.string(),
  user: z.object({ id: z.uuid(), email: z.string(), name: z.string() }).nullable(),
  action: z.string(),
  caseId: z.uuid().nullable(),
  caseNumber: z.string().nullable(),
  clientAddress: z.string(),
  /** Identifiers, codes and counts only. */
  details: z.record(z.string(), z.unknown()),
});
export type AuditEntryView = z.infer<typeof AuditEntryView>;

export const AuditSearchResult = z.object({
  entries: z.array(AuditEntryView),
  /** Pass as `before` for the next (older) page; null on the last page. */
  nextCursor: Cursor.nullable(),
});
export type AuditSearchResult = z.infer<typeof AuditSearchResult>;

/** What the search form offers: every user, and every action the log holds. */
export const AuditFilterOptions = z.object({
  users: z.array(z.object({ id: z.uuid(), name: z.string(), email: z.string(), role: Role })),
  actions: z.array(z.string()),
  /** The deployment's time zone, in which the period's days are read. */
  timeZone: z.string(),
});
export type AuditFilterOptions = z.infer<typeof AuditFilterOptions>;

/** The hash chain as last sealed (no verification is run on request: `refugio audit verify` does). */
export const AuditChainStatus = z.object({
  sealedCount: z.number().int().min(0),
  unsealedCount: z.number().int().min(0),
  headHash: z.string().nullable(),
  lastSealedAt: z.string().nullable(),
});
export type AuditChainStatus = z.infer<typeof AuditChainStatus>;
