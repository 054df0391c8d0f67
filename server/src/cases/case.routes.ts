import { z } from 'zod';
import {
  ApiError,
  CaseDetail,
  CaseList,
  CaseListQuery,
  FilingWindowCheck,
  IsoDate,
  ProcedureActionInput,
  RegisterApplicationInput,
  RegisteredCase,
} from '@refugio/contract';
import { jurisdictionNow, type App, type AppContext, nowIn } from '../http/context';
import { requireUser } from '../http/session-cookie';
import { getCaseFile, listCases, registerApplication } from './case.service';
import { takeProcedureAction } from './case-transition.service';
import { checkFilingWindow } from './filing-window';
import { printProofOfRegistration } from './proof-of-registration.service';

const CaseParams = z.object({ caseId: z.uuid() });
const errors = { 400: ApiError, 401: ApiError, 403: ApiError, 404: ApiError };

export function caseRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/v1/cases',
    {
      schema: {
        tags: ['cases'],
        summary: 'Search and list cases',
        querystring: CaseListQuery,
        response: { 200: CaseList, ...errors },
      },
    },
    async (request) =>
      listCases(ctx.db, requireUser(request), request.query, await jurisdictionNow(ctx), nowIn(ctx)),
  );

  app.post(
    '/api/v1/cases',
    {
      schema: {
        tags: ['cases'],
        summary: 'Register an asylum application (principal applicant and dependants)',
        body: RegisterApplicationInput,
        response: { 201: RegisteredCase, ...errors },
      },
    },
    async (request, reply) => {
      const registered = await registerApplication(
        ctx.db,
        requireUser(request),
        request.body,
        await jurisdictionNow(ctx),
        nowIn(ctx),
      );
      return reply.status(201).send(registered);
    },
  );

  app.get(
    '/api/v1/filing-window',
    {
      schema: {
        tags: ['cases'],
        summary: "Whether an application filed on a date is within the profile's filing window",
        querystring: z.object({ entryDate: IsoDate, applicationDate: IsoDate }),
        response: { 200: FilingWindowCheck, 400: ApiError, 401: ApiError },
      },
    },
    async (request) => {
      requireUser(request);
      const { calendar } = await jurisdictionNow(ctx);
      return checkFilingWindow(ctx.profile.filingWindow, request.query, calendar);
    },
  );

  app.get(
    '/api/v1/cases/:caseId',
    {
      schema: {
        tags: ['cases'],
        summary: 'Open a case file',
        params: CaseParams,
        response: { 200: CaseDetail, ...errors },
      },
    },
    async (request) =>
      getCaseFile(
        ctx.db,
        requireUser(request),
        request.params.caseId,
        await jurisdictionNow(ctx),
        nowIn(ctx),
      ),
  );

  app.post(
    '/api/v1/cases/:caseId/actions/:action',
    {
      schema: {
        tags: ['cases'],
        summary: "Take a step of the country's procedure on a case (the actions listed in procedureActions)",
        // Any name: one this country's procedure lacks is a 400 naming `action` from the service.
        params: CaseParams.extend({ action: z.string().max(100) }),
        body: ProcedureActionInput,
        response: { 200: CaseDetail, ...errors, 409: ApiError },
      },
    },
    async (request) =>
      takeProcedureAction(
        ctx.db,
        requireUser(request),
        request.params.caseId,
        request.params.action,
        request.body,
        await jurisdictionNow(ctx),
        nowIn(ctx),
      ),
  );

  app.get(
    '/api/v1/cases/:caseId/people/:personId/proof-of-registration.pdf',
    {
      schema: {
        tags: ['cases'],
        summary: "A person's proof of registration as PDF",
        params: CaseParams.extend({ personId: z.uuid() }),
        querystring: z.object({ lang: z.enum(['es', 'en']).default('es') }),
        produces: ['application/pdf'],
      },
    },
    async (request, reply) => {
      const { pdf, filename } = await printProofOfRegistration(
        ctx.db,
        requireUser(request),
        request.params,
        request.query.lang,
        ctx.profile,
        nowIn(ctx),
      );
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `attachment; filename="${filename}"`)
        .send(pdf);
    },
  );
}
