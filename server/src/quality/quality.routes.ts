import { z } from 'zod';
import {
  ApiError,
  AssignQualitySampleInput,
  QualityDrawInput,
  QualityDrawList,
  QualityDrawView,
  QualityReport,
  QualityReportQuery,
  QualityReviewView,
  QualitySampleList,
  QualitySampleQuery,
  QualitySampleView,
  SaveQualityReviewInput,
} from '@refugio/contract';
import { nowIn, type App, type AppContext } from '../http/context';
import { requireUser } from '../http/session-cookie';
import {
  assignQualitySample,
  drawQualitySample,
  getQualityReview,
  listQualityDraws,
  listQualitySamples,
  openQualityReview,
  qualityReport,
  saveQualityReview,
} from './quality.service';

const errors = { 400: ApiError, 401: ApiError, 403: ApiError, 404: ApiError };
const byId = z.object({ id: z.uuid() });

/** Quality review: sampling draws, reviewer assignment, scored reviews and reports. */
export function qualityRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/v1/quality/draws',
    {
      schema: {
        tags: ['quality'],
        summary: "The office's quality draws with their samples",
        response: { 200: QualityDrawList, ...errors },
      },
    },
    async (request) => listQualityDraws(ctx.db, requireUser(request)),
  );

  app.post(
    '/api/v1/quality/draws',
    {
      schema: {
        tags: ['quality'],
        summary: "Draw a period's decisions for review: every risk-flagged one and a random share",
        body: QualityDrawInput,
        response: { 201: QualityDrawView, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await drawQualitySample(ctx.db, requireUser(request), request.body, nowIn(ctx))),
  );

  app.get(
    '/api/v1/quality/samples',
    {
      schema: {
        tags: ['quality'],
        summary: 'The sampled decisions by office, officer, reviewer, status and draw, a page at a time',
        querystring: QualitySampleQuery,
        response: { 200: QualitySampleList, ...errors },
      },
    },
    async (request) => listQualitySamples(ctx.db, requireUser(request), request.query),
  );

  app.post(
    '/api/v1/quality/samples/:id/assign',
    {
      schema: {
        tags: ['quality'],
        summary: 'Give a sampled decision to a reviewer who took no part in it',
        params: byId,
        body: AssignQualitySampleInput,
        response: { 200: QualitySampleView, ...errors, 409: ApiError },
      },
    },
    async (request) =>
      assignQualitySample(ctx.db, requireUser(request), request.params.id, request.body, nowIn(ctx)),
  );

  app.post(
    '/api/v1/quality/samples/:id/review',
    {
      schema: {
        tags: ['quality'],
        summary: 'Open (or reopen) the review of a sampled decision',
        params: byId,
        response: { 200: QualityReviewView, ...errors, 409: ApiError },
      },
    },
    async (request) => openQualityReview(ctx.db, requireUser(request), request.params.id, nowIn(ctx)),
  );

  app.get(
    '/api/v1/quality/reviews/:id',
    {
      schema: {
        tags: ['quality'],
        summary: 'A quality review',
        params: byId,
        response: { 200: QualityReviewView, ...errors },
      },
    },
    async (request) => getQualityReview(ctx.db, requireUser(request), request.params.id),
  );

  app.put(
    '/api/v1/quality/reviews/:id',
    {
      schema: {
        tags: ['quality'],
        summary: 'Save the ratings so far',
        params: byId,
        body: SaveQualityReviewInput,
        response: { 200: QualityReviewView, ...errors, 409: ApiError },
      },
    },
    async (request) =>
      saveQualityReview(ctx.db, requireUser(request), request.params.id, request.body, nowIn(ctx)),
  );

  app.post(
    '/api/v1/quality/reviews/:id/complete',
    {
      schema: {
        tags: ['quality'],
        summary: 'Save every rating and complete the review (final)',
        params: byId,
        body: SaveQualityReviewInput,
        response: { 200: QualityReviewView, ...errors, 409: ApiError },
      },
    },
    async (request) =>
      saveQualityReview(ctx.db, requireUser(request), request.params.id, request.body, nowIn(ctx), true),
  );

  app.get(
    '/api/v1/quality/reports',
    {
      schema: {
        tags: ['quality'],
        summary: 'Rating counts per indicator, by office or officer',
        querystring: QualityReportQuery,
        response: { 200: QualityReport, ...errors },
      },
    },
    async (request) => qualityReport(ctx.db, requireUser(request), request.query),
  );
}
