import { z } from 'zod';
import { ApiError, CaseDetail, OverrideTrackInput } from '@refugio/contract';
import { jurisdictionNow, type App, type AppContext, nowIn } from '../http/context';
import { requireUser } from '../http/session-cookie';
import { overrideTrack } from './track-override.service';

export function triageRoutes(app: App, ctx: AppContext): void {
  app.post(
    '/api/v1/cases/:caseId/track',
    {
      schema: {
        tags: ['cases'],
        summary: 'Move a case to another processing track, with the reason (supervisor)',
        params: z.object({ caseId: z.uuid() }),
        body: OverrideTrackInput,
        response: {
          200: CaseDetail,
          400: ApiError,
          401: ApiError,
          403: ApiError,
          404: ApiError,
          409: ApiError,
        },
      },
    },
    async (request) =>
      overrideTrack(
        ctx.db,
        requireUser(request),
        request.params.caseId,
        request.body,
        await jurisdictionNow(ctx),
        nowIn(ctx),
      ),
  );
}
