import { z } from 'zod';
import {
  ApiError,
  CaseDetail,
  CorrectSuspensionInput,
  DeadlineDashboard,
  DeadlineDashboardQuery,
  ExtendDeadlineInput,
  LiftSuspensionInput,
  RecomputationView,
  SuspendClocksInput,
  SuspensionChangeResult,
  SuspensionList,
  SuspensionListQuery,
  WithdrawSuspensionInput,
} from '@refugio/contract';
import { jurisdictionNow, jurisdictionSource, type App, type AppContext, nowIn } from '../http/context';
import { requireUser } from '../http/session-cookie';
import { forbidden, notFound } from '../errors/app-error';
import { canReadCalendar } from '../access/policy';
import { getDeadlineDashboard } from './dashboard.service';
import { extendDeadline } from './extension.service';
import { getRecomputationView } from './recomputation.service';
import { changeSuspension, listSuspensions, suspendClocks, type SuspensionDeps } from './suspension.service';

const errors = { 400: ApiError, 401: ApiError, 403: ApiError, 404: ApiError };
const Id = z.object({ id: z.uuid() });

export function deadlineRoutes(app: App, ctx: AppContext): void {
  const deps = (): SuspensionDeps => ({
    source: jurisdictionSource(ctx),
    // Ids only: a recomputation's error carries no personal data, and it resumes on the next start.
    onError: (error) => app.log.error({ err: error }, 'deadline recomputation failed'),
    now: nowIn(ctx),
  });

  app.get(
    '/api/v1/deadlines',
    {
      schema: {
        tags: ['deadlines'],
        summary:
          'Deadline dashboard: overdue, due within N working days and suspended, by office, stage and officer',
        querystring: DeadlineDashboardQuery,
        response: { 200: DeadlineDashboard, ...errors },
      },
    },
    async (request) =>
      getDeadlineDashboard(
        ctx.db,
        requireUser(request),
        request.query,
        await jurisdictionNow(ctx),
        nowIn(ctx),
      ),
  );

  app.post(
    '/api/v1/cases/:caseId/deadlines/:limit/extensions',
    {
      schema: {
        tags: ['deadlines'],
        summary: 'Extend a running time limit of a case for a reason the law lists',
        params: z.object({ caseId: z.uuid(), limit: z.string().max(100) }),
        body: ExtendDeadlineInput,
        response: { 200: CaseDetail, ...errors, 409: ApiError },
      },
    },
    async (request) =>
      extendDeadline(
        ctx.db,
        requireUser(request),
        request.params.caseId,
        request.params.limit,
        request.body,
        await jurisdictionNow(ctx),
        nowIn(ctx),
      ),
  );

  app.get(
    '/api/v1/clock-suspensions',
    {
      schema: {
        tags: ['deadlines'],
        summary: 'Suspensions of clocks that touch the cases you can read, with their history',
        querystring: SuspensionListQuery,
        response: { 200: SuspensionList, ...errors },
      },
    },
    async (request) => listSuspensions(ctx.db, requireUser(request), request.query),
  );

  app.post(
    '/api/v1/clock-suspensions',
    {
      schema: {
        tags: ['deadlines'],
        summary: 'Suspend the clocks of a case, an office or the whole authority from a date',
        body: SuspendClocksInput,
        response: { 201: SuspensionChangeResult, ...errors },
      },
    },
    async (request, reply) => {
      const result = await suspendClocks(ctx.db, requireUser(request), request.body, deps());
      return reply.status(201).send(result);
    },
  );

  const changes = [
    ['lift', LiftSuspensionInput, 'Lift a suspension: the last day the clocks stood still'],
    ['correct', CorrectSuspensionInput, "Correct a suspension's dates or legal basis, saying why"],
    ['withdraw', WithdrawSuspensionInput, 'Withdraw a suspension entered in error'],
  ] as const;
  for (const [change, body, summary] of changes) {
    app.post(
      `/api/v1/clock-suspensions/:id/${change}`,
      {
        schema: {
          tags: ['deadlines'],
          summary,
          params: Id,
          body,
          response: { 200: SuspensionChangeResult, ...errors, 409: ApiError },
        },
      },
      async (request) =>
        changeSuspension(ctx.db, requireUser(request), request.params.id, change, request.body, deps()),
    );
  }

  app.get(
    '/api/v1/clock-recomputations/:id',
    {
      schema: {
        tags: ['deadlines'],
        summary: 'Progress of a recomputation of deadlines after a suspension or calendar change',
        params: Id,
        response: { 200: RecomputationView, ...errors },
      },
    },
    async (request) => {
      if (!canReadCalendar(requireUser(request))) throw forbidden();
      const view = await getRecomputationView(ctx.db, request.params.id);
      if (!view) throw notFound('Recomputation not found');
      return view;
    },
  );
}
