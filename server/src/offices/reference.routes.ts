import { ApiError, ReferenceData } from '@refugio/contract';
import type { App, AppContext } from '../http/context';
import { requireUser } from '../http/session-cookie';
import { listOffices } from './office.repository';

export function referenceRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/v1/reference',
    {
      schema: {
        tags: ['reference'],
        summary: "The deployment's country profile and offices, for forms",
        response: { 200: ReferenceData, 401: ApiError },
      },
    },
    async (request) => {
      requireUser(request);
      const p = ctx.profile;
      return {
        profile: {
          code: p.code,
          name: p.name,
          authority: p.authority,
          filingWindow: p.filingWindow,
          definitions: p.definitions,
          timeZone: p.timeZone,
          triage: p.triage,
          interviewRules: p.eligibility.interview,
        },
        offices: await listOffices(ctx.db),
      };
    },
  );
}
