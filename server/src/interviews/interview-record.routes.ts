import { z } from 'zod';
import {
  AddendumInput,
  ApiError,
  ConfirmInterviewRecordInput,
  InterviewRecordStepResult,
  InterviewRecordView,
  OpenInterviewRecordInput,
  SaveInterviewRecordInput,
} from '@refugio/contract';
import { jurisdictionNow, nowIn, type App, type AppContext } from '../http/context';
import { requireUser } from '../http/session-cookie';
import {
  addAddendum,
  confirmInterviewRecord,
  getInterviewRecord,
  openInterviewRecord,
  saveInterviewRecord,
} from './interview-record.service';
import { printInterviewRecord } from './interview-record-print.service';

const errors = { 400: ApiError, 401: ApiError, 403: ApiError, 404: ApiError, 409: ApiError };
const byId = z.object({ id: z.uuid() });
const tags = ['interviews'];

/** Routes of interview records (actas): open, read, save while open, confirm after read-back, addenda. */
export function interviewRecordRoutes(app: App, ctx: AppContext): void {
  const timeZone = ctx.profile.timeZone;

  app.get(
    '/api/v1/interviews/:id/record.pdf',
    {
      schema: {
        tags,
        summary: 'The confirmed interview record (acta) as PDF',
        params: byId,
        produces: ['application/pdf'],
      },
    },
    async (request, reply) => {
      const { pdf, filename } = await printInterviewRecord(
        ctx.db,
        requireUser(request),
        request.params.id,
        ctx.profile,
        nowIn(ctx),
      );
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `attachment; filename="${filename}"`)
        .send(pdf);
    },
  );

  app.post(
    '/api/v1/interviews/:id/record',
    {
      schema: {
        tags,
        summary: 'Open the record of an interview being held',
        params: byId,
        body: OpenInterviewRecordInput,
        response: { 201: InterviewRecordView, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await openInterviewRecord(
            ctx.db,
            requireUser(request),
            request.params.id,
            request.body,
            timeZone,
            nowIn(ctx),
          ),
        ),
  );

  app.get(
    '/api/v1/interview-records/:id',
    {
      schema: {
        tags,
        summary: 'An interview record (audited)',
        params: byId,
        response: { 200: InterviewRecordView, ...errors },
      },
    },
    async (request) => getInterviewRecord(ctx.db, requireUser(request), request.params.id, timeZone),
  );

  app.put(
    '/api/v1/interview-records/:id',
    {
      schema: {
        tags,
        summary: 'Save an open interview record as a whole',
        params: byId,
        body: SaveInterviewRecordInput,
        response: { 200: InterviewRecordView, ...errors },
      },
    },
    async (request) =>
      saveInterviewRecord(
        ctx.db,
        requireUser(request),
        request.params.id,
        request.body,
        timeZone,
        nowIn(ctx),
      ),
  );

  app.post(
    '/api/v1/interview-records/:id/confirm',
    {
      schema: {
        tags,
        summary: 'Confirm the record after the read-back (locks it; moves the case)',
        params: byId,
        body: ConfirmInterviewRecordInput,
        response: { 200: InterviewRecordStepResult, ...errors },
      },
    },
    async (request) =>
      confirmInterviewRecord(
        ctx.db,
        requireUser(request),
        request.params.id,
        request.body,
        await jurisdictionNow(ctx),
        nowIn(ctx),
      ),
  );

  app.post(
    '/api/v1/interview-records/:id/addenda',
    {
      schema: {
        tags,
        summary: 'Amend a confirmed record by an addendum',
        params: byId,
        body: AddendumInput,
        response: { 201: InterviewRecordView, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await addAddendum(
            ctx.db,
            requireUser(request),
            request.params.id,
            request.body,
            timeZone,
            nowIn(ctx),
          ),
        ),
  );
}
