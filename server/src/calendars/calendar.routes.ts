import { z } from 'zod';
import {
  ApiError,
  CalendarYearQuery,
  CalendarYearView,
  DeclareNonWorkingDayInput,
  DeclaredDayChangeResult,
  WithdrawDeclaredDayInput,
} from '@refugio/contract';
import { jurisdictionSource, type App, type AppContext, nowIn } from '../http/context';
import { requireUser } from '../http/session-cookie';
import {
  declareNonWorkingDay,
  getCalendarYear,
  withdrawDeclaredDay,
  type CalendarDeps,
} from './declared-day.service';

const errors = { 400: ApiError, 401: ApiError, 403: ApiError, 404: ApiError };

export function calendarRoutes(app: App, ctx: AppContext): void {
  const deps = (): CalendarDeps => ({
    source: jurisdictionSource(ctx),
    onError: (error) => app.log.error({ err: error }, 'deadline recomputation failed'),
    now: nowIn(ctx),
  });

  app.get(
    '/api/v1/calendar',
    {
      schema: {
        tags: ['calendar'],
        summary: "A year's non-working days (other than weekends) with their sources, and the declared days",
        querystring: CalendarYearQuery,
        response: { 200: CalendarYearView, ...errors },
      },
    },
    async (request) => getCalendarYear(ctx.db, requireUser(request), request.query, jurisdictionSource(ctx)),
  );

  app.post(
    '/api/v1/calendar/declared-days',
    {
      schema: {
        tags: ['calendar'],
        summary: 'Declare a day non-working for the authority; running deadlines are recomputed',
        body: DeclareNonWorkingDayInput,
        response: { 201: DeclaredDayChangeResult, ...errors },
      },
    },
    async (request, reply) => {
      const result = await declareNonWorkingDay(ctx.db, requireUser(request), request.body, deps());
      return reply.status(201).send(result);
    },
  );

  app.post(
    '/api/v1/calendar/declared-days/:id/withdraw',
    {
      schema: {
        tags: ['calendar'],
        summary: 'Withdraw a declared day; running deadlines are recomputed',
        params: z.object({ id: z.uuid() }),
        body: WithdrawDeclaredDayInput,
        response: { 200: DeclaredDayChangeResult, ...errors, 409: ApiError },
      },
    },
    async (request) =>
      withdrawDeclaredDay(ctx.db, requireUser(request), request.params.id, request.body, deps()),
  );
}
