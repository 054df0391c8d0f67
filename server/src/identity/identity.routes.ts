import { z } from 'zod';
import {
  ApiError,
  BulkConfirmInput,
  BulkConfirmResult,
  CandidateQuery,
  CandidateResult,
  CaseIdentityLinks,
  IdentityReviewDecisionInput,
  IdentityReviewPair,
  IdentityReviewQueue,
  IdentityReviewQueueQuery,
  LinkInput,
} from '@refugio/contract';
import { nowIn, type App, type AppContext } from '../http/context';
import { requireUser } from '../http/session-cookie';
import { searchCandidates } from './candidate.service';
import { caseIdentityLinks, linkPerson, undoLink } from './link.service';
import { bulkConfirmPairs, decideReviewPairOf, listReviewQueue } from './review-queue.service';

const errors = { 400: ApiError, 401: ApiError, 403: ApiError, 404: ApiError, 409: ApiError };
const CaseParams = z.object({ caseId: z.uuid() });

/** Routes of identity resolution: candidates at registration, the review queue, links. */
export function identityRoutes(app: App, ctx: AppContext): void {
  app.post(
    '/api/v1/identity/candidates',
    {
      schema: {
        tags: ['identity'],
        summary: 'Likely existing people for a person being registered, with the explanation of each score',
        body: CandidateQuery,
        response: { 200: CandidateResult, ...errors },
      },
    },
    async (request) => searchCandidates(ctx.db, requireUser(request), request.body),
  );

  app.get(
    '/api/v1/cases/:caseId/identity-links',
    {
      schema: {
        tags: ['identity'],
        summary: 'Same-person and family links of the people of a case',
        params: CaseParams,
        response: { 200: CaseIdentityLinks, ...errors },
      },
    },
    async (request) => caseIdentityLinks(ctx.db, requireUser(request), request.params.caseId),
  );

  app.post(
    '/api/v1/cases/:caseId/people/:personId/links',
    {
      schema: {
        tags: ['identity'],
        summary: 'Link a person of the case to another record (same person or family); both records are kept',
        params: CaseParams.extend({ personId: z.uuid() }),
        body: LinkInput,
        response: { 200: CaseIdentityLinks, ...errors },
      },
    },
    async (request) =>
      linkPerson(
        ctx.db,
        requireUser(request),
        request.params.caseId,
        request.params.personId,
        request.body,
        nowIn(ctx),
      ),
  );

  app.post(
    '/api/v1/cases/:caseId/identity-links/:linkId/undo',
    {
      schema: {
        tags: ['identity'],
        summary: 'Undo a link (the link stays in the history, marked undone)',
        params: CaseParams.extend({ linkId: z.uuid() }),
        response: { 200: CaseIdentityLinks, ...errors },
      },
    },
    async (request) =>
      undoLink(ctx.db, requireUser(request), request.params.caseId, request.params.linkId, nowIn(ctx)),
  );

  app.get(
    '/api/v1/identity/review-pairs',
    {
      schema: {
        tags: ['identity'],
        summary: 'The review queue of candidate pairs (supervisors)',
        querystring: IdentityReviewQueueQuery,
        response: { 200: IdentityReviewQueue, ...errors },
      },
    },
    async (request) => listReviewQueue(ctx.db, requireUser(request), request.query),
  );

  app.post(
    '/api/v1/identity/review-pairs/:pairId/decision',
    {
      schema: {
        tags: ['identity'],
        summary: 'Confirm or reject a candidate pair (409 when someone else decided it meanwhile)',
        params: z.object({ pairId: z.uuid() }),
        body: IdentityReviewDecisionInput,
        response: { 200: IdentityReviewPair, ...errors },
      },
    },
    async (request) =>
      decideReviewPairOf(ctx.db, requireUser(request), request.params.pairId, request.body, nowIn(ctx)),
  );

  app.post(
    '/api/v1/identity/review-pairs/bulk-confirm',
    {
      schema: {
        tags: ['identity'],
        summary: 'Confirm a batch of chosen pairs at or above a score',
        body: BulkConfirmInput,
        response: { 200: BulkConfirmResult, ...errors },
      },
    },
    async (request) => bulkConfirmPairs(ctx.db, requireUser(request), request.body, nowIn(ctx)),
  );
}
