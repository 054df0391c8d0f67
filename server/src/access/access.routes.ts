import { z } from 'zod';
import {
  ApiError,
  BreakGlassCount,
  BreakGlassGranted,
  BreakGlassGrantView,
  BreakGlassList,
  BreakGlassQuery,
  BreakGlassRequest,
  BreakGlassReviewInput,
  CaseDetail,
  LiftSensitivityInput,
  MarkSensitiveInput,
  NameSupervisorInput,
  RemoveSupervisorInput,
} from '@refugio/contract';
import { jurisdictionNow, nowIn, type App, type AppContext } from '../http/context';
import { requireUser } from '../http/session-cookie';
import { defaultBreakGlassHours } from './policy';
import { liftSensitivity, markSensitive, nameSupervisor, removeSupervisor } from './sensitivity.service';
import {
  countUnreviewedBreakGlass,
  listBreakGlass,
  requestBreakGlass,
  reviewBreakGlass,
} from './break-glass.service';

const errors = { 400: ApiError, 401: ApiError, 403: ApiError, 404: ApiError, 409: ApiError };
const CaseParams = z.object({ caseId: z.uuid() });

/** Sensitivity marks, named supervisors and break-glass access. */
export function accessRoutes(app: App, ctx: AppContext): void {
  const hours = ctx.breakGlassHours ?? defaultBreakGlassHours;

  app.post(
    '/api/v1/cases/:caseId/sensitivity',
    {
      schema: {
        tags: ['access'],
        summary: 'Mark a case, or one person of it, sensitive (supervisor or officer in charge)',
        params: CaseParams,
        body: MarkSensitiveInput,
        response: { 200: CaseDetail, ...errors },
      },
    },
    async (request) =>
      markSensitive(
        ctx.db,
        requireUser(request),
        request.params.caseId,
        request.body,
        await jurisdictionNow(ctx),
        nowIn(ctx),
      ),
  );

  app.post(
    '/api/v1/cases/:caseId/sensitivity/:markId/lift',
    {
      schema: {
        tags: ['access'],
        summary: 'Lift a sensitivity mark',
        params: CaseParams.extend({ markId: z.uuid() }),
        body: LiftSensitivityInput,
        response: { 200: CaseDetail, ...errors },
      },
    },
    async (request) =>
      liftSensitivity(
        ctx.db,
        requireUser(request),
        request.params.caseId,
        request.params.markId,
        request.body,
        await jurisdictionNow(ctx),
        nowIn(ctx),
      ),
  );

  app.post(
    '/api/v1/cases/:caseId/supervisors',
    {
      schema: {
        tags: ['access'],
        summary: 'Name a supervisor of the office on a (sensitive) case',
        params: CaseParams,
        body: NameSupervisorInput,
        response: { 200: CaseDetail, ...errors },
      },
    },
    async (request) =>
      nameSupervisor(
        ctx.db,
        requireUser(request),
        request.params.caseId,
        request.body,
        await jurisdictionNow(ctx),
        nowIn(ctx),
      ),
  );

  app.post(
    '/api/v1/cases/:caseId/supervisors/:userId/remove',
    {
      schema: {
        tags: ['access'],
        summary: 'Remove a named supervisor from a case',
        params: CaseParams.extend({ userId: z.uuid() }),
        body: RemoveSupervisorInput,
        response: { 200: CaseDetail, ...errors },
      },
    },
    async (request) =>
      removeSupervisor(
        ctx.db,
        requireUser(request),
        request.params.caseId,
        request.params.userId,
        request.body,
        await jurisdictionNow(ctx),
        nowIn(ctx),
      ),
  );

  // Break-glass times are real time (the grant expires by the wall clock), not the procedure's clock.
  app.post(
    '/api/v1/break-glass',
    {
      schema: {
        tags: ['access'],
        summary: 'Emergency access to a case outside one’s scope, for a limited time, with a reason',
        body: BreakGlassRequest,
        response: { 201: BreakGlassGranted, ...errors },
      },
    },
    async (request, reply) => {
      const granted = await requestBreakGlass(ctx.db, requireUser(request), request.body, hours);
      return reply.status(201).send(granted);
    },
  );

  app.get(
    '/api/v1/break-glass',
    {
      schema: {
        tags: ['access'],
        summary: 'Uses of break-glass access, for review (supervisors: their office; administrators: all)',
        querystring: BreakGlassQuery,
        response: { 200: BreakGlassList, ...errors },
      },
    },
    async (request) => listBreakGlass(ctx.db, requireUser(request), request.query),
  );

  app.get(
    '/api/v1/break-glass/count',
    {
      schema: {
        tags: ['access'],
        summary: 'How many uses of break-glass access await the current user’s review',
        response: { 200: BreakGlassCount, 401: ApiError },
      },
    },
    async (request) => countUnreviewedBreakGlass(ctx.db, requireUser(request)),
  );

  app.post(
    '/api/v1/break-glass/:grantId/review',
    {
      schema: {
        tags: ['access'],
        summary: 'Record whether a use of break-glass access was justified',
        params: z.object({ grantId: z.uuid() }),
        body: BreakGlassReviewInput,
        response: { 200: BreakGlassGrantView, ...errors },
      },
    },
    async (request) => reviewBreakGlass(ctx.db, requireUser(request), request.params.grantId, request.body),
  );
}
