import { z } from 'zod';
import {
  ApiError,
  CancelInterviewInput,
  FreeSlotList,
  FreeSlotQuery,
  InterpreterInput,
  InterpreterList,
  InterpreterQuery,
  InterpreterView,
  InterviewList,
  InterviewStepResult,
  InterviewView,
  JustifyNoShowInput,
  RecordNoShowInput,
  RemoteConsentInput,
  RemoteConsentView,
  RescheduleInterviewInput,
  RoomInput,
  RoomList,
  RoomQuery,
  RoomView,
  ScheduleInterviewInput,
  SetAvailabilityInput,
  UpdateInterpreterInput,
  UpdateRoomInput,
  WithdrawRemoteConsentInput,
} from '@refugio/contract';
import { jurisdictionNow, nowIn, type App, type AppContext } from '../http/context';
import { requireUser } from '../http/session-cookie';
import {
  createInterpreter,
  listInterpreters,
  setInterpreterAvailability,
  updateInterpreterEntry,
} from './interpreter.service';
import { createRoom, listRooms, updateRoomEntry } from './room.service';
import { cancelInterview, rescheduleInterview, scheduleInterview } from './interview-schedule.service';
import { listInterviewsOfCase, recordRemoteConsent, withdrawRemoteConsent } from './interview.service';
import { interviewRecordRoutes } from './interview-record.routes';
import { printInterviewNotice } from './interview-notice.service';
import { justifyNoShow, recordNoShow } from './no-show.service';
import { findFreeInterviewSlots } from './free-slot.service';

const errors = { 400: ApiError, 401: ApiError, 403: ApiError, 404: ApiError };
const withConflict = { ...errors, 409: ApiError };
const byId = z.object({ id: z.uuid() });
const tags = ['interviews'];

/** HTTP routes of the interviews feature (registered in http/app.ts). */
export function interviewRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/v1/interpreters',
    {
      schema: {
        tags,
        summary: 'The interpreter register, by language, sex, office and whether active',
        querystring: InterpreterQuery,
        response: { 200: InterpreterList, ...errors },
      },
    },
    async (request) => listInterpreters(ctx.db, requireUser(request), request.query),
  );

  app.post(
    '/api/v1/interpreters',
    {
      schema: {
        tags,
        summary: 'Add an interpreter to the register',
        body: InterpreterInput,
        response: { 201: InterpreterView, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createInterpreter(ctx.db, requireUser(request), request.body)),
  );

  app.patch(
    '/api/v1/interpreters/:id',
    {
      schema: {
        tags,
        summary: 'Change an interpreter’s entry',
        params: byId,
        body: UpdateInterpreterInput,
        response: { 200: InterpreterView, ...withConflict },
      },
    },
    async (request) =>
      updateInterpreterEntry(ctx.db, requireUser(request), request.params.id, request.body, nowIn(ctx)),
  );

  app.put(
    '/api/v1/interpreters/:id/availability',
    {
      schema: {
        tags,
        summary: 'Replace an interpreter’s weekly availability',
        params: byId,
        body: SetAvailabilityInput,
        response: { 200: InterpreterView, ...withConflict },
      },
    },
    async (request) =>
      setInterpreterAvailability(ctx.db, requireUser(request), request.params.id, request.body, nowIn(ctx)),
  );

  app.get(
    '/api/v1/rooms',
    {
      schema: {
        tags,
        summary: 'The interview rooms of an office',
        querystring: RoomQuery,
        response: { 200: RoomList, ...errors },
      },
    },
    async (request) => listRooms(ctx.db, requireUser(request), request.query),
  );

  app.post(
    '/api/v1/rooms',
    {
      schema: {
        tags,
        summary: 'Add an interview room',
        body: RoomInput,
        response: { 201: RoomView, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createRoom(ctx.db, requireUser(request), request.body)),
  );

  app.patch(
    '/api/v1/rooms/:id',
    {
      schema: {
        tags,
        summary: 'Change an interview room',
        params: byId,
        body: UpdateRoomInput,
        response: { 200: RoomView, ...withConflict },
      },
    },
    async (request) =>
      updateRoomEntry(ctx.db, requireUser(request), request.params.id, request.body, nowIn(ctx)),
  );

  app.get(
    '/api/v1/cases/:caseId/interviews',
    {
      schema: {
        tags,
        summary: 'The interviews of a case, and what the user may book for it',
        params: z.object({ caseId: z.uuid() }),
        response: { 200: InterviewList, ...errors },
      },
    },
    async (request) =>
      listInterviewsOfCase(ctx.db, requireUser(request), request.params.caseId, ctx.profile.timeZone),
  );

  app.get(
    '/api/v1/cases/:caseId/interviews/free-slots',
    {
      schema: {
        tags,
        summary:
          'Propose free slots for an interview: officer, interpreter of the language and room all free, in office hours of working days',
        params: z.object({ caseId: z.uuid() }),
        querystring: FreeSlotQuery,
        response: { 200: FreeSlotList, ...errors },
      },
    },
    async (request) =>
      findFreeInterviewSlots(
        ctx.db,
        requireUser(request),
        request.params.caseId,
        request.query,
        await jurisdictionNow(ctx),
        nowIn(ctx),
      ),
  );

  app.post(
    '/api/v1/cases/:caseId/interviews',
    {
      schema: {
        tags,
        summary: 'Schedule an interview (the principal’s eligibility interview moves the case)',
        params: z.object({ caseId: z.uuid() }),
        body: ScheduleInterviewInput,
        response: { 201: InterviewStepResult, ...withConflict },
      },
    },
    async (request, reply) => {
      const result = await scheduleInterview(
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
    '/api/v1/interviews/:id/reschedule',
    {
      schema: {
        tags,
        summary: 'Move an interview to another slot',
        params: byId,
        body: RescheduleInterviewInput,
        response: { 200: InterviewStepResult, ...withConflict },
      },
    },
    async (request) =>
      rescheduleInterview(
        ctx.db,
        requireUser(request),
        request.params.id,
        request.body,
        await jurisdictionNow(ctx),
        nowIn(ctx),
      ),
  );

  app.post(
    '/api/v1/interviews/:id/cancel',
    {
      schema: {
        tags,
        summary: 'Cancel an interview and free its bookings',
        params: byId,
        body: CancelInterviewInput,
        response: { 200: InterviewView, ...withConflict },
      },
    },
    async (request) =>
      cancelInterview(
        ctx.db,
        requireUser(request),
        request.params.id,
        request.body,
        await jurisdictionNow(ctx),
        nowIn(ctx),
      ),
  );

  app.post(
    '/api/v1/cases/:caseId/people/:personId/remote-consents',
    {
      schema: {
        tags,
        summary: 'Record a person’s consent to a remote interview',
        params: z.object({ caseId: z.uuid(), personId: z.uuid() }),
        body: RemoteConsentInput,
        response: { 201: RemoteConsentView, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await recordRemoteConsent(
            ctx.db,
            requireUser(request),
            request.params.caseId,
            request.params.personId,
            request.body,
            nowIn(ctx),
          ),
        ),
  );

  app.post(
    '/api/v1/remote-consents/:id/withdraw',
    {
      schema: {
        tags,
        summary: 'Withdraw a consent to a remote interview',
        params: byId,
        body: WithdrawRemoteConsentInput,
        response: { 200: RemoteConsentView, ...withConflict },
      },
    },
    async (request) =>
      withdrawRemoteConsent(ctx.db, requireUser(request), request.params.id, request.body, nowIn(ctx)),
  );

  app.post(
    '/api/v1/interviews/:id/no-show',
    {
      schema: {
        tags,
        summary: 'Record that the interviewee did not come (frees the bookings)',
        params: byId,
        body: RecordNoShowInput,
        response: { 200: InterviewStepResult, ...withConflict },
      },
    },
    async (request) =>
      recordNoShow(
        ctx.db,
        requireUser(request),
        request.params.id,
        request.body,
        await jurisdictionNow(ctx),
        nowIn(ctx),
      ),
  );

  app.post(
    '/api/v1/interviews/:id/no-show/justification',
    {
      schema: {
        tags,
        summary:
          'Record that the applicant justified a no-show later (it stops counting towards abandonment)',
        params: byId,
        body: JustifyNoShowInput,
        response: { 200: InterviewStepResult, ...withConflict },
      },
    },
    async (request) =>
      justifyNoShow(
        ctx.db,
        requireUser(request),
        request.params.id,
        request.body,
        await jurisdictionNow(ctx),
        nowIn(ctx),
      ),
  );

  app.get(
    '/api/v1/interviews/:id/notice.pdf',
    {
      schema: {
        tags,
        summary: 'The interview notice (citatorio) as PDF',
        params: byId,
        produces: ['application/pdf'],
      },
    },
    async (request, reply) => {
      const { pdf, filename } = await printInterviewNotice(
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

  interviewRecordRoutes(app, ctx);
}
