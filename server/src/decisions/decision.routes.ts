import { z } from 'zod';
import {
  ApiError,
  ApproveDecisionInput,
  BodyResolutionInput,
  CaseDecisions,
  CorrectNotificationInput,
  DecisionStepResult,
  DecisionView,
  DraftDecisionInput,
  NotifyDecisionInput,
  ReturnDecisionInput,
  ReviewQueue,
  ReviewQueueQuery,
  SaveDecisionDraftInput,
  SubmitDecisionInput,
} from '@refugio/contract';
import { jurisdictionNow, nowIn, type App, type AppContext } from '../http/context';
import { requireUser } from '../http/session-cookie';
import { correctNotification, notifyDecision } from './decision-notification.service';
import { printDecisionLetter } from './decision-print.service';
import { approveDecision, returnDecision, submitDecision } from './decision-review.service';
import { recordBodyResolution } from './body-resolution.service';
import {
  draftDecision,
  getDecision,
  listCaseDecisions,
  reviewQueue,
  saveDecisionDraft,
} from './decision.service';

const errors = { 400: ApiError, 401: ApiError, 403: ApiError, 404: ApiError, 409: ApiError };
const Params = z.object({ id: z.uuid() });
const CaseParams = z.object({ caseId: z.uuid() });

/** Decisions: drafts in versions, four-eyes review, the letter, notification. */
export function decisionRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/v1/decisions',
    {
      schema: {
        tags: ['decisions'],
        summary: "The supervisor's queue of drafts submitted for review",
        querystring: ReviewQueueQuery,
        response: { 200: ReviewQueue, ...errors },
      },
    },
    async (request) => reviewQueue(ctx.db, requireUser(request), request.query),
  );

  app.get(
    '/api/v1/cases/:caseId/decisions',
    {
      schema: {
        tags: ['decisions'],
        summary: 'The decisions of a case, one per round',
        params: CaseParams,
        response: { 200: CaseDecisions, ...errors },
      },
    },
    async (request) => listCaseDecisions(ctx.db, requireUser(request), request.params.caseId, ctx.profile),
  );

  app.post(
    '/api/v1/cases/:caseId/decisions',
    {
      schema: {
        tags: ['decisions'],
        summary: "Start the round's decision with its first draft",
        params: CaseParams,
        body: DraftDecisionInput,
        response: { 201: DecisionView, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await draftDecision(
            ctx.db,
            requireUser(request),
            request.params.caseId,
            request.body,
            ctx.profile,
            nowIn(ctx),
          ),
        ),
  );

  app.get(
    '/api/v1/decisions/:id',
    {
      schema: {
        tags: ['decisions'],
        summary: 'One decision',
        params: Params,
        response: { 200: DecisionView, ...errors },
      },
    },
    async (request) => getDecision(ctx.db, requireUser(request), request.params.id, ctx.profile),
  );

  app.put(
    '/api/v1/decisions/:id/draft',
    {
      schema: {
        tags: ['decisions'],
        summary: 'Save the current draft (a returned decision opens the next version)',
        params: Params,
        body: SaveDecisionDraftInput,
        response: { 200: DecisionView, ...errors },
      },
    },
    async (request) =>
      saveDecisionDraft(
        ctx.db,
        requireUser(request),
        request.params.id,
        request.body,
        ctx.profile,
        nowIn(ctx),
      ),
  );

  const step = (path: string, summary: string, body: z.ZodType, run: typeof submitDecision) =>
    app.post(
      path,
      {
        schema: {
          tags: ['decisions'],
          summary,
          params: Params,
          body,
          response: { 200: DecisionStepResult, ...errors },
        },
      },
      async (request) =>
        run(
          ctx.db,
          requireUser(request),
          request.params.id,
          request.body,
          await jurisdictionNow(ctx),
          nowIn(ctx),
        ),
    );
  step(
    '/api/v1/decisions/:id/submit',
    'The author submits the current version for review',
    SubmitDecisionInput,
    submitDecision,
  );
  step(
    '/api/v1/decisions/:id/return',
    'A supervisor who did not submit it returns it with comments',
    ReturnDecisionInput,
    returnDecision,
  );
  step(
    '/api/v1/decisions/:id/approve',
    'A supervisor who did not submit it approves it',
    ApproveDecisionInput,
    approveDecision,
  );
  step(
    '/api/v1/decisions/:id/body-resolution',
    "Record the deciding body's resolution adopting the referred draft: the decision is issued",
    BodyResolutionInput,
    recordBodyResolution,
  );
  step(
    '/api/v1/decisions/:id/notifications',
    'Record the notification of the issued decision to a person',
    NotifyDecisionInput,
    notifyDecision,
  );
  step(
    '/api/v1/decision-notifications/:id/correct',
    'Correct a notification (appended; the original stays)',
    CorrectNotificationInput,
    correctNotification,
  );

  app.get(
    '/api/v1/decisions/:id/versions/:n/letter.pdf',
    {
      schema: {
        tags: ['decisions'],
        summary: 'The letter of a version: the stored issued letter, or a draft marked PROYECTO',
        params: Params.extend({ n: z.coerce.number().int().min(1).max(32767) }),
        produces: ['application/pdf'],
      },
    },
    async (request, reply) => {
      const { pdf, filename, sha256 } = await printDecisionLetter(
        ctx.db,
        requireUser(request),
        request.params.id,
        request.params.n,
        ctx.profile,
        nowIn(ctx),
      );
      if (sha256) reply.header('x-content-sha256', sha256);
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `inline; filename="${filename}"`)
        .send(pdf);
    },
  );
}
