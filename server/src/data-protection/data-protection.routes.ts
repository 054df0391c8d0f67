import { z } from 'zod';
import {
  ApiError,
  CaseConsents,
  DisclosureList,
  DisclosurePackage,
  DisclosureView,
  DiscloseInput,
  RecipientInput,
  RecipientList,
  RecipientView,
  RecordConsentInput,
  SubjectAccessExport,
  SubjectAccessQuery,
  UpdateRecipientInput,
} from '@refugio/contract';
import { nowIn, type App, type AppContext } from '../http/context';
import { requireUser } from '../http/session-cookie';
import {
  changeRecipient,
  createRecipient,
  disclose,
  getCaseConsents,
  listCaseDisclosures,
  listRecipients,
  recordConsent,
} from './data-protection.service';
import { exportSubjectAccess } from './subject-access.service';

const errors = { 400: ApiError, 401: ApiError, 403: ApiError, 404: ApiError, 409: ApiError };
const caseParams = z.object({ caseId: z.uuid() });
const personParams = z.object({ caseId: z.uuid(), personId: z.uuid() });

export function dataProtectionRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/v1/recipients',
    {
      schema: {
        tags: ['data protection'],
        summary: 'The register of recipients (active ones; all of them for administrators)',
        response: { 200: RecipientList, 401: ApiError },
      },
    },
    async (request) => listRecipients(ctx.db, requireUser(request)),
  );

  app.post(
    '/api/v1/recipients',
    {
      schema: {
        tags: ['data protection'],
        summary: 'Add a recipient data may be shared with (administrator)',
        body: RecipientInput,
        response: { 201: RecipientView, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createRecipient(ctx.db, requireUser(request), request.body)),
  );

  app.put(
    '/api/v1/recipients/:recipientId',
    {
      schema: {
        tags: ['data protection'],
        summary: 'Change a recipient from the version seen (administrator)',
        params: z.object({ recipientId: z.uuid() }),
        body: UpdateRecipientInput,
        response: { 200: RecipientView, ...errors },
      },
    },
    async (request) =>
      changeRecipient(ctx.db, requireUser(request), request.params.recipientId, request.body, nowIn(ctx)),
  );

  app.get(
    '/api/v1/cases/:caseId/consents',
    {
      schema: {
        tags: ['data protection'],
        summary: "The consents to sharing of a case's people: standing decision and history",
        params: caseParams,
        response: { 200: CaseConsents, ...errors },
      },
    },
    async (request) => getCaseConsents(ctx.db, requireUser(request), request.params.caseId),
  );

  app.post(
    '/api/v1/cases/:caseId/consents',
    {
      schema: {
        tags: ['data protection'],
        summary: 'Record a consent decision of a person of the case for one kind of sharing',
        params: caseParams,
        body: RecordConsentInput,
        response: { 201: CaseConsents, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await recordConsent(ctx.db, requireUser(request), request.params.caseId, request.body, nowIn(ctx)),
        ),
  );

  app.get(
    '/api/v1/cases/:caseId/disclosures',
    {
      schema: {
        tags: ['data protection'],
        summary: 'The disclosures made of a case',
        params: caseParams,
        response: { 200: DisclosureList, ...errors },
      },
    },
    async (request) => listCaseDisclosures(ctx.db, requireUser(request), request.params.caseId),
  );

  app.post(
    '/api/v1/cases/:caseId/disclosures',
    {
      schema: {
        tags: ['data protection'],
        summary:
          'Share people of the case with a recipient (supervisor): refused without consent or to an authority of the country of origin; returns the package to send',
        params: caseParams,
        body: DiscloseInput,
        response: { 201: z.object({ disclosure: DisclosureView, package: DisclosurePackage }), ...errors },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await disclose(
            ctx.db,
            requireUser(request),
            request.params.caseId,
            request.body,
            ctx.profile.code,
            nowIn(ctx),
          ),
        ),
  );

  app.get(
    '/api/v1/cases/:caseId/people/:personId/subject-access.json',
    {
      schema: {
        tags: ['data protection'],
        summary:
          "A person's subject access export (supervisor): everything held about them, third parties withheld",
        params: personParams,
        querystring: SubjectAccessQuery,
        response: { 200: SubjectAccessExport, ...errors },
      },
    },
    async (request, reply) => {
      const result = await exportSubjectAccess(
        ctx.db,
        requireUser(request),
        { ...request.params, format: 'json', query: request.query },
        ctx.profile,
        nowIn(ctx),
      );
      return reply.header('cache-control', 'no-store').send(result.export);
    },
  );

  app.get(
    '/api/v1/cases/:caseId/people/:personId/subject-access.pdf',
    {
      schema: {
        tags: ['data protection'],
        summary: "A person's subject access export as a readable PDF (supervisor), third parties withheld",
        params: personParams,
        querystring: SubjectAccessQuery,
        produces: ['application/pdf'],
      },
    },
    async (request, reply) => {
      const result = await exportSubjectAccess(
        ctx.db,
        requireUser(request),
        { ...request.params, format: 'pdf', query: request.query },
        ctx.profile,
        nowIn(ctx),
      );
      return reply
        .header('content-type', 'application/pdf')
        .header('cache-control', 'no-store')
        .header('content-disposition', `attachment; filename="${result.filename}"`)
        .send(result.pdf);
    },
  );
}
