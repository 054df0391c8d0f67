import { z } from 'zod';
import { ApiError, CaseDetail, RecordPresentationInput } from '@refugio/contract';
import { jurisdictionNow, type App, type AppContext, nowIn } from '../http/context';
import { requireUser } from '../http/session-cookie';
import { recordPresentation } from './presentation.service';

export function presentationRoutes(app: App, ctx: AppContext): void {
  app.post(
    '/api/v1/cases/:caseId/presentations',
    {
      schema: {
        tags: ['cases'],
        summary: "Record the applicant's periodic presentation (weekly signature) on a date",
        params: z.object({ caseId: z.uuid() }),
        body: RecordPresentationInput,
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
      recordPresentation(
        ctx.db,
        requireUser(request),
        request.params.caseId,
        request.body,
        await jurisdictionNow(ctx),
        nowIn(ctx),
      ),
  );
}
