import { z } from 'zod';
import {
  ApiError,
  AssessmentReadiness,
  AssessmentSectionId,
  AssessmentStepResult,
  AssessmentView,
  CaseAssessment,
  CitationInput,
  MaterialFactInput,
  ReadinessQuery,
  SaveSectionInput,
  StartAssessmentInput,
  UpdateMaterialFactInput,
} from '@refugio/contract';
import { jurisdictionNow, nowIn, type App, type AppContext } from '../http/context';
import { requireUser } from '../http/session-cookie';
import { getAssessmentReadiness, getCaseAssessment, startAssessment } from './assessment.service';
import {
  addCitation,
  addFact,
  changeFact,
  removeCitation,
  removeFact,
  saveSection,
} from './assessment-content.service';

const errors = { 400: ApiError, 401: ApiError, 403: ApiError, 404: ApiError, 409: ApiError };
const CaseParams = z.object({ caseId: z.uuid() });
const Params = z.object({ id: z.uuid() });
const tags = ['assessments'];

/** The eligibility assessment (docs/design/eligibility.md §5.1). */
export function assessmentRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/v1/cases/:caseId/assessment',
    {
      schema: {
        tags,
        summary: "The current round's assessment of a case (audited), or whether one may be started",
        params: CaseParams,
        response: { 200: CaseAssessment, ...errors },
      },
    },
    async (request) =>
      getCaseAssessment(ctx.db, requireUser(request), request.params.caseId, await jurisdictionNow(ctx)),
  );

  app.post(
    '/api/v1/cases/:caseId/assessment',
    {
      schema: {
        tags,
        summary: 'Start the assessment (takes begin_assessment when the case was just interviewed)',
        params: CaseParams,
        body: StartAssessmentInput,
        response: { 201: AssessmentStepResult, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await startAssessment(
            ctx.db,
            requireUser(request),
            request.params.caseId,
            request.body,
            await jurisdictionNow(ctx),
            nowIn(ctx),
          ),
        ),
  );

  app.put(
    '/api/v1/assessments/:id/sections/:section',
    {
      schema: {
        tags,
        summary: 'Save one section from the version seen; complete only when nothing is missing',
        params: Params.extend({ section: AssessmentSectionId }),
        body: SaveSectionInput,
        response: { 200: AssessmentView, ...errors },
      },
    },
    async (request) =>
      saveSection(
        ctx.db,
        requireUser(request),
        request.params.id,
        request.params.section,
        request.body,
        await jurisdictionNow(ctx),
        nowIn(ctx),
      ),
  );

  app.post(
    '/api/v1/assessments/:id/facts',
    {
      schema: {
        tags,
        summary: 'Add a material fact, accepted or rejected with reasons',
        params: Params,
        body: MaterialFactInput,
        response: { 201: AssessmentView, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await addFact(
            ctx.db,
            requireUser(request),
            request.params.id,
            request.body,
            await jurisdictionNow(ctx),
            nowIn(ctx),
          ),
        ),
  );

  app.put(
    '/api/v1/assessments/:id/facts/:factId',
    {
      schema: {
        tags,
        summary: 'Change a material fact from the version seen',
        params: Params.extend({ factId: z.uuid() }),
        body: UpdateMaterialFactInput,
        response: { 200: AssessmentView, ...errors },
      },
    },
    async (request) =>
      changeFact(
        ctx.db,
        requireUser(request),
        request.params.id,
        request.params.factId,
        request.body,
        await jurisdictionNow(ctx),
        nowIn(ctx),
      ),
  );

  app.delete(
    '/api/v1/assessments/:id/facts/:factId',
    {
      schema: {
        tags,
        summary: 'Remove a material fact and its citations',
        params: Params.extend({ factId: z.uuid() }),
        response: { 200: AssessmentView, ...errors },
      },
    },
    async (request) =>
      removeFact(
        ctx.db,
        requireUser(request),
        request.params.id,
        request.params.factId,
        await jurisdictionNow(ctx),
        nowIn(ctx),
      ),
  );

  app.post(
    '/api/v1/assessments/:id/citations',
    {
      schema: {
        tags,
        summary: 'Cite a COI source, an interview, a document or other evidence',
        params: Params,
        body: CitationInput,
        response: { 201: AssessmentView, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await addCitation(
            ctx.db,
            requireUser(request),
            request.params.id,
            request.body,
            await jurisdictionNow(ctx),
            nowIn(ctx),
          ),
        ),
  );

  app.delete(
    '/api/v1/assessments/:id/citations/:citationId',
    {
      schema: {
        tags,
        summary: 'Remove a citation',
        params: Params.extend({ citationId: z.uuid() }),
        response: { 200: AssessmentView, ...errors },
      },
    },
    async (request) =>
      removeCitation(
        ctx.db,
        requireUser(request),
        request.params.id,
        request.params.citationId,
        await jurisdictionNow(ctx),
        nowIn(ctx),
      ),
  );

  app.get(
    '/api/v1/assessments/:id/readiness',
    {
      schema: {
        tags,
        summary: 'What is missing before a decision with the outcome may be submitted',
        params: Params,
        querystring: ReadinessQuery,
        response: { 200: AssessmentReadiness, ...errors },
      },
    },
    async (request) =>
      getAssessmentReadiness(
        ctx.db,
        requireUser(request),
        request.params.id,
        request.query,
        await jurisdictionNow(ctx),
      ),
  );
}
