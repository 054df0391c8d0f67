import { z } from 'zod';
import {
  ApiError,
  CoiCitationList,
  CoiSearchQuery,
  CoiSearchResult,
  CoiSourceInput,
  CoiSourceView,
  MAX_COI_FILE_BYTES,
  SupersedeCoiSourceInput,
  UpdateCoiSourceInput,
} from '@refugio/contract';
import { nowIn, type App, type AppContext } from '../http/context';
import { requireUser } from '../http/session-cookie';
import {
  createCoiSource,
  getCoiSource,
  listCoiCitations,
  listCoiSources,
  readCoiFile,
  supersedeCoiSource,
  updateCoiSource,
  uploadCoiFile,
} from './coi-source.service';

const errors = { 400: ApiError, 401: ApiError, 403: ApiError, 404: ApiError };
const Params = z.object({ id: z.uuid() });
// A base64 PDF of 10 MB is 13.4 MB of JSON.
const embeddedFileLimit = Math.ceil(MAX_COI_FILE_BYTES / 3) * 4 + 256 * 1024;

/** The country-of-origin information library (docs/design/eligibility.md §5.1). */
export function coiRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/v1/coi-sources',
    {
      schema: {
        tags: ['coi'],
        summary: 'Search the country-of-origin information library (accents and case ignored)',
        querystring: CoiSearchQuery,
        response: { 200: CoiSearchResult, ...errors },
      },
    },
    async (request) => listCoiSources(ctx.db, requireUser(request), request.query),
  );

  app.post(
    '/api/v1/coi-sources',
    {
      bodyLimit: embeddedFileLimit,
      schema: {
        tags: ['coi'],
        summary: 'Add a source with its link and/or its PDF (base64)',
        body: CoiSourceInput,
        response: { 201: CoiSourceView, ...errors, 413: ApiError, 415: ApiError },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createCoiSource(ctx.db, requireUser(request), request.body, nowIn(ctx))),
  );

  app.get(
    '/api/v1/coi-sources/:id',
    {
      schema: {
        tags: ['coi'],
        summary: 'One source',
        params: Params,
        response: { 200: CoiSourceView, ...errors },
      },
    },
    async (request) => getCoiSource(ctx.db, requireUser(request), request.params.id),
  );

  app.patch(
    '/api/v1/coi-sources/:id',
    {
      schema: {
        tags: ['coi'],
        summary: "Change a source's description from the version seen",
        params: Params,
        body: UpdateCoiSourceInput,
        response: { 200: CoiSourceView, ...errors, 409: ApiError },
      },
    },
    async (request) =>
      updateCoiSource(ctx.db, requireUser(request), request.params.id, request.body, nowIn(ctx)),
  );

  app.post(
    '/api/v1/coi-sources/:id/supersede',
    {
      schema: {
        tags: ['coi'],
        summary: 'Mark a source superseded, with the reason and its successor',
        params: Params,
        body: SupersedeCoiSourceInput,
        response: { 200: CoiSourceView, ...errors, 409: ApiError },
      },
    },
    async (request) =>
      supersedeCoiSource(ctx.db, requireUser(request), request.params.id, request.body, nowIn(ctx)),
  );

  app.get(
    '/api/v1/coi-sources/:id/citations',
    {
      schema: {
        tags: ['coi'],
        summary: 'The assessments citing a source',
        params: Params,
        response: { 200: CoiCitationList, ...errors },
      },
    },
    async (request) => listCoiCitations(ctx.db, requireUser(request), request.params.id),
  );

  app.get(
    '/api/v1/coi-sources/:id/file',
    {
      schema: {
        tags: ['coi'],
        summary: "The source's PDF (audited)",
        params: Params,
        produces: ['application/pdf'],
      },
    },
    async (request, reply) => {
      const file = await readCoiFile(ctx.db, requireUser(request), request.params.id);
      const name = (file.fileName || `fuente-${request.params.id}.pdf`).replace(/[^\w.-]+/g, '_');
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `attachment; filename="${name}"`)
        .send(file.content);
    },
  );

  // The raw upload gets its own content-type parser, scoped to this route's plugin: the rest of the
  // API still speaks JSON only.
  void app.register(async (scoped: App) => {
    scoped.addContentTypeParser(
      'application/pdf',
      { parseAs: 'buffer', bodyLimit: MAX_COI_FILE_BYTES },
      (_request, body, done) => done(null, body),
    );
    scoped.put(
      '/api/v1/coi-sources/:id/file',
      {
        bodyLimit: MAX_COI_FILE_BYTES,
        schema: {
          tags: ['coi'],
          summary: "Attach or replace the source's PDF (raw application/pdf, at most 10 MB)",
          params: Params,
          querystring: z.object({
            version: z.coerce.number().int().min(1),
            fileName: z.string().max(255).default(''),
          }),
          response: { 200: CoiSourceView, ...errors, 409: ApiError, 413: ApiError, 415: ApiError },
        },
      },
      async (request) =>
        uploadCoiFile(
          ctx.db,
          requireUser(request),
          request.params.id,
          {
            content: Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0),
            fileName: request.query.fileName,
            version: request.query.version,
          },
          nowIn(ctx),
        ),
    );
  });
}
