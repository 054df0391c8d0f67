import { z } from 'zod';
import {
  ApiError,
  CaseLegalHolds,
  DisposalList,
  LegalHoldList,
  LegalHoldView,
  LiftLegalHoldInput,
  PlaceLegalHoldInput,
  RetentionDueReport,
  RetentionRecordType,
  RetentionRunResult,
  RetentionSchedule,
  RetentionScheduleList,
  RunRetentionInput,
  UpdateRetentionScheduleInput,
} from '@refugio/contract';
import { nowIn, type App, type AppContext } from '../http/context';
import { requireUser } from '../http/session-cookie';
import { changeSchedule, listSchedules } from './schedule.service';
import { getCaseHolds, liftHold, listHolds, placeHold } from './legal-hold.service';
import { getDueReport, listDisposals, runRetentionAs } from './disposal.service';

const errors = { 400: ApiError, 401: ApiError, 403: ApiError, 404: ApiError, 409: ApiError };
const tags = ['retention'];
const caseParams = z.object({ caseId: z.uuid() });

/** Routes of retention schedules, legal holds and disposal. */
export function retentionRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/v1/retention/schedules',
    {
      schema: {
        tags,
        summary: 'The retention period of each record type (administrators)',
        response: { 200: RetentionScheduleList, 401: ApiError, 403: ApiError },
      },
    },
    async (request) => listSchedules(ctx.db, requireUser(request)),
  );

  app.put(
    '/api/v1/retention/schedules/:recordType',
    {
      schema: {
        tags,
        summary: "Record a new version of a record type's retention period (administrators)",
        params: z.object({ recordType: RetentionRecordType }),
        body: UpdateRetentionScheduleInput,
        response: { 200: RetentionSchedule, ...errors },
      },
    },
    async (request) => changeSchedule(ctx.db, requireUser(request), request.params.recordType, request.body),
  );

  app.get(
    '/api/v1/retention/due',
    {
      schema: {
        tags,
        summary: 'What a retention run would dispose of now (dry run; changes nothing)',
        response: { 200: RetentionDueReport, 401: ApiError, 403: ApiError },
      },
    },
    async (request) => getDueReport(ctx.db, requireUser(request), nowIn(ctx)),
  );

  app.post(
    '/api/v1/retention/runs',
    {
      schema: {
        tags,
        summary: 'Dispose of what is due, confirmed (administrators; a slice of the due cases per request)',
        body: RunRetentionInput,
        response: { 200: RetentionRunResult, ...errors },
      },
    },
    async (request) => runRetentionAs(ctx.db, ctx.documents, requireUser(request), request.body, nowIn(ctx)),
  );

  app.get(
    '/api/v1/retention/disposals',
    {
      schema: {
        tags,
        summary: 'The disposal log: what was disposed of, when, by whom, under which schedule',
        response: { 200: DisposalList, 401: ApiError, 403: ApiError },
      },
    },
    async (request) => listDisposals(ctx.db, requireUser(request)),
  );

  app.get(
    '/api/v1/retention/legal-holds',
    {
      schema: {
        tags,
        summary: 'Every legal hold in force (administrators)',
        response: { 200: LegalHoldList, 401: ApiError, 403: ApiError },
      },
    },
    async (request) => listHolds(ctx.db, requireUser(request)),
  );

  app.get(
    '/api/v1/cases/:caseId/legal-holds',
    {
      schema: {
        tags,
        summary: 'The legal holds of a case, in force and lifted',
        params: caseParams,
        response: { 200: CaseLegalHolds, ...errors },
      },
    },
    async (request) => getCaseHolds(ctx.db, requireUser(request), request.params.caseId),
  );

  app.post(
    '/api/v1/cases/:caseId/legal-holds',
    {
      schema: {
        tags,
        summary: 'Place a legal hold on a case: it is not disposed of while the hold stands',
        params: caseParams,
        body: PlaceLegalHoldInput,
        response: { 201: LegalHoldView, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await placeHold(ctx.db, requireUser(request), request.params.caseId, request.body, nowIn(ctx))),
  );

  app.post(
    '/api/v1/cases/:caseId/legal-holds/:holdId/lift',
    {
      schema: {
        tags,
        summary: 'Lift a legal hold from the version seen',
        params: z.object({ caseId: z.uuid(), holdId: z.uuid() }),
        body: LiftLegalHoldInput,
        response: { 200: LegalHoldView, ...errors },
      },
    },
    async (request) =>
      liftHold(
        ctx.db,
        requireUser(request),
        request.params.caseId,
        request.params.holdId,
        request.body,
        nowIn(ctx),
      ),
  );
}
