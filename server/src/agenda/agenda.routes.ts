import { z } from 'zod';
import {
  AgendaQuery,
  AgendaView,
  ApiError,
  MarkUnavailableInput,
  ReleaseUnavailabilityInput,
  UnavailabilityView,
} from '@refugio/contract';
import { nowIn, type App, type AppContext } from '../http/context';
import { requireUser } from '../http/session-cookie';
import { readAgenda } from './agenda.service';
import { markUnavailable, releaseUnavailability } from './unavailability.service';

const errors = { 400: ApiError, 401: ApiError, 403: ApiError, 404: ApiError };
const tags = ['agenda'];

/** HTTP routes of the office agenda (registered in http/app.ts). */
export function agendaRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/v1/agenda',
    {
      schema: {
        tags,
        summary: 'An office’s interviews and unavailability, by officer, room and interpreter',
        querystring: AgendaQuery,
        response: { 200: AgendaView, ...errors },
      },
    },
    async (request) => readAgenda(ctx.db, requireUser(request), request.query, ctx.profile.timeZone),
  );

  app.post(
    '/api/v1/unavailability',
    {
      schema: {
        tags,
        summary:
          'Mark an officer, a room or an interpreter unavailable (409 names the interviews in the way)',
        body: MarkUnavailableInput,
        response: { 201: UnavailabilityView, ...errors, 409: ApiError },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await markUnavailable(ctx.db, requireUser(request), request.body, ctx.profile.timeZone, nowIn(ctx)),
        ),
  );

  app.post(
    '/api/v1/unavailability/:id/release',
    {
      schema: {
        tags,
        summary: 'Release a block of unavailability',
        params: z.object({ id: z.uuid() }),
        body: ReleaseUnavailabilityInput,
        response: { 200: UnavailabilityView, ...errors, 409: ApiError },
      },
    },
    async (request) =>
      releaseUnavailability(
        ctx.db,
        requireUser(request),
        request.params.id,
        request.body,
        ctx.profile.timeZone,
        nowIn(ctx),
      ),
  );
}
