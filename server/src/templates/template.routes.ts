import { z } from 'zod';
import {
  ApiError,
  TemplateFieldList,
  TemplateInput,
  TemplateList,
  TemplateQuery,
  TemplateStatusInput,
  TemplateView,
  templateFields,
  UpdateTemplateInput,
} from '@refugio/contract';
import { nowIn, type App, type AppContext } from '../http/context';
import { requireUser } from '../http/session-cookie';
import {
  activateTemplate,
  createTemplate,
  getTemplate,
  listTemplates,
  previewTemplate,
  retireTemplate,
  updateTemplate,
} from './template.service';

const errors = { 400: ApiError, 401: ApiError, 403: ApiError, 404: ApiError };
const Params = z.object({ id: z.uuid() });

/** Model resolutions and notices: administrators keep them; everyone working on cases reads them. */
export function templateRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/v1/templates',
    {
      schema: {
        tags: ['templates'],
        summary: "The country's model resolutions and notices, every number",
        querystring: TemplateQuery,
        response: { 200: TemplateList, ...errors },
      },
    },
    async (request) => listTemplates(ctx.db, requireUser(request), request.query, ctx.profile),
  );

  app.get(
    '/api/v1/template-fields',
    {
      schema: {
        tags: ['templates'],
        summary: 'The fields a template may name as {{field}}, with the kinds of document that fill them',
        response: { 200: TemplateFieldList, 401: ApiError },
      },
    },
    async (request) => {
      requireUser(request);
      return { fields: templateFields.map((f) => ({ id: f.id, kinds: [...f.kinds], list: f.list })) };
    },
  );

  app.get(
    '/api/v1/templates/:id',
    {
      schema: {
        tags: ['templates'],
        summary: 'One template',
        params: Params,
        response: { 200: TemplateView, ...errors },
      },
    },
    async (request) => getTemplate(ctx.db, requireUser(request), request.params.id, ctx.profile),
  );

  app.post(
    '/api/v1/templates',
    {
      schema: {
        tags: ['templates'],
        summary: 'A new draft template, or the next number of one (basedOn)',
        body: TemplateInput,
        response: { 201: TemplateView, ...errors, 409: ApiError },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await createTemplate(ctx.db, requireUser(request), request.body, ctx.profile, nowIn(ctx))),
  );

  app.put(
    '/api/v1/templates/:id',
    {
      schema: {
        tags: ['templates'],
        summary: "A draft's new text (an active template is changed by a new number)",
        params: Params,
        body: UpdateTemplateInput,
        response: { 200: TemplateView, ...errors, 409: ApiError },
      },
    },
    async (request) =>
      updateTemplate(ctx.db, requireUser(request), request.params.id, request.body, ctx.profile),
  );

  app.post(
    '/api/v1/templates/:id/activate',
    {
      schema: {
        tags: ['templates'],
        summary: 'Put a draft in force; the template in force until now is retired',
        params: Params,
        body: TemplateStatusInput,
        response: { 200: TemplateView, ...errors, 409: ApiError },
      },
    },
    async (request) =>
      activateTemplate(
        ctx.db,
        requireUser(request),
        request.params.id,
        request.body,
        ctx.profile,
        nowIn(ctx),
      ),
  );

  app.post(
    '/api/v1/templates/:id/retire',
    {
      schema: {
        tags: ['templates'],
        summary: 'Take a template out of use',
        params: Params,
        body: TemplateStatusInput,
        response: { 200: TemplateView, ...errors, 409: ApiError },
      },
    },
    async (request) =>
      retireTemplate(ctx.db, requireUser(request), request.params.id, request.body, ctx.profile, nowIn(ctx)),
  );

  app.post(
    '/api/v1/templates/:id/preview.pdf',
    {
      schema: {
        tags: ['templates'],
        summary: 'The template printed with sample values, marked as a draft',
        params: Params,
        produces: ['application/pdf'],
      },
    },
    async (request, reply) => {
      const pdf = await previewTemplate(
        ctx.db,
        requireUser(request),
        request.params.id,
        ctx.profile,
        nowIn(ctx),
      );
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `inline; filename="modelo-${request.params.id}.pdf"`)
        .send(pdf);
    },
  );
}
