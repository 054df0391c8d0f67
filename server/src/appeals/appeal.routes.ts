import { z } from 'zod';
import {
  ApiError,
  AppealInbox,
  AppealInboxQuery,
  AppealStepResult,
  CaseAppeals,
  DecideAppealInput,
  FileAppealInput,
  MarkOverturnedSeenInput,
  OverturnedList,
  OverturnedQuery,
  WithdrawAppealInput,
} from '@refugio/contract';
import { jurisdictionNow, nowIn, type App, type AppContext } from '../http/context';
import { requireUser } from '../http/session-cookie';
import {
  decideAppeal,
  fileAppeal,
  getCaseAppeals,
  listAppealInbox,
  listOverturned,
  markOverturnedSeen,
  withdrawAppeal,
} from './appeal.service';

const errors = { 400: ApiError, 401: ApiError, 403: ApiError, 404: ApiError };

/** Appeals (recurso de revisión): filing, deciding, the inbox and the feedback to first instance. */
export function appealRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/v1/appeals',
    {
      schema: {
        tags: ['appeals'],
        summary: 'Appeals by status (lodged: awaiting decision), for appeals officers and supervisors',
        querystring: AppealInboxQuery,
        response: { 200: AppealInbox, ...errors },
      },
    },
    async (request) => listAppealInbox(ctx.db, requireUser(request), request.query),
  );

  app.get(
    '/api/v1/cases/:caseId/appeals',
    {
      schema: {
        tags: ['appeals'],
        summary: "A case's appeals and whether one may be filed now",
        params: z.object({ caseId: z.uuid() }),
        response: { 200: CaseAppeals, ...errors },
      },
    },
    async (request) =>
      getCaseAppeals(ctx.db, requireUser(request), request.params.caseId, await jurisdictionNow(ctx)),
  );

  app.post(
    '/api/v1/cases/:caseId/appeals',
    {
      schema: {
        tags: ['appeals'],
        summary: 'Record an appeal against the notified decision (takes lodge_appeal)',
        params: z.object({ caseId: z.uuid() }),
        body: FileAppealInput,
        response: { 201: AppealStepResult, ...errors, 409: ApiError },
      },
    },
    async (request, reply) => {
      const result = await fileAppeal(
        ctx.db,
        requireUser(request),
        request.params.caseId,
        request.body,
        await jurisdictionNow(ctx),
        nowIn(ctx),
      );
      return reply.status(201).send(result);
    },
  );

  app.post(
    '/api/v1/appeals/:id/decide',
    {
      schema: {
        tags: ['appeals'],
        summary: 'Decide an appeal (takes decide_appeal); not by anyone who took part in the decision',
        params: z.object({ id: z.uuid() }),
        body: DecideAppealInput,
        response: { 200: AppealStepResult, ...errors, 409: ApiError },
      },
    },
    async (request) =>
      decideAppeal(
        ctx.db,
        requireUser(request),
        request.params.id,
        request.body,
        await jurisdictionNow(ctx),
        nowIn(ctx),
      ),
  );

  app.post(
    '/api/v1/appeals/:id/withdraw',
    {
      schema: {
        tags: ['appeals'],
        summary:
          "Record the applicant's withdrawal of a lodged appeal (takes withdraw_appeal; the first-instance decision stands)",
        params: z.object({ id: z.uuid() }),
        body: WithdrawAppealInput,
        response: { 200: AppealStepResult, ...errors, 409: ApiError },
      },
    },
    async (request) =>
      withdrawAppeal(
        ctx.db,
        requireUser(request),
        request.params.id,
        request.body,
        await jurisdictionNow(ctx),
        nowIn(ctx),
      ),
  );

  app.get(
    '/api/v1/appeals/overturned',
    {
      schema: {
        tags: ['appeals'],
        summary: 'Decisions overturned or remitted on appeal, with the reasons (own, or the office)',
        querystring: OverturnedQuery,
        response: { 200: OverturnedList, ...errors },
      },
    },
    async (request) => listOverturned(ctx.db, requireUser(request), request.query),
  );

  app.post(
    '/api/v1/appeals/overturned/seen',
    {
      schema: {
        tags: ['appeals'],
        summary: 'Mark overturned decisions as seen',
        body: MarkOverturnedSeenInput,
        response: { 200: OverturnedList, ...errors },
      },
    },
    async (request) => markOverturnedSeen(ctx.db, requireUser(request), request.body, nowIn(ctx)),
  );
}
