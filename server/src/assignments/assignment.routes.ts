import { z } from 'zod';
import { ApiError, AssignCaseInput, CaseDetail } from '@refugio/contract';
import { jurisdictionNow, type App, type AppContext, nowIn } from '../http/context';
import { requireUser } from '../http/session-cookie';
import { assignCase } from './assignment.service';

export function assignmentRoutes(app: App, ctx: AppContext): void {
  app.put(
    '/api/v1/cases/:caseId/assignment',
    {
      schema: {
        tags: ['cases'],
        summary: 'Put an officer of the office in charge of a case, or nobody (supervisor)',
        params: z.object({ caseId: z.uuid() }),
        body: AssignCaseInput,
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
      assignCase(
        ctx.db,
        requireUser(request),
        request.params.caseId,
        request.body,
        await jurisdictionNow(ctx),
        nowIn(ctx),
      ),
  );
}
