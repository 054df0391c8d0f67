import { z } from 'zod';
import { ApiError, AttachmentList, AttachmentUploadQuery, AttachmentView } from '@refugio/contract';
import type { App, AppContext } from '../http/context';
import { requireUser } from '../http/session-cookie';
import { processKeyring } from '../crypto/process-keyring';
import { AppError } from '../errors/app-error';
import {
  downloadAttachment,
  listAttachments,
  uploadAttachment,
  type DocumentDeps,
} from './attachment.service';

const errors = { 400: ApiError, 401: ApiError, 403: ApiError, 404: ApiError, 413: ApiError, 415: ApiError };
const tags = ['attachments'];
export const DEFAULT_MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/** `attachment; filename=` with an ASCII fallback and the UTF-8 name (RFC 6266 / 5987). */
export function contentDisposition(fileName: string): string {
  const ascii =
    fileName
      .normalize('NFD')
      .replace(/[^\x20-\x7e]/g, '')
      .replace(/["\\]/g, '_') || 'documento';
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** A case's documents: upload (raw body), list, download. */
export function attachmentRoutes(app: App, ctx: AppContext): void {
  const maxBytes = ctx.maxUploadBytes ?? DEFAULT_MAX_UPLOAD_BYTES;
  const deps = (): DocumentDeps => {
    if (!ctx.documents) throw new AppError('unavailable', 'No document store is configured');
    return { keyring: processKeyring(), store: ctx.documents, maxBytes };
  };

  app.get(
    '/api/v1/cases/:caseId/attachments',
    {
      schema: {
        tags,
        summary: "A case's documents, newest first",
        params: z.object({ caseId: z.uuid() }),
        response: { 200: AttachmentList, ...errors },
      },
    },
    async (request) => listAttachments(ctx.db, deps(), requireUser(request), request.params.caseId),
  );

  app.get(
    '/api/v1/attachments/:id/content',
    {
      schema: {
        tags,
        summary: 'A document, decrypted and checked against its SHA-256 (audited)',
        params: z.object({ id: z.uuid() }),
        produces: ['application/octet-stream'],
      },
    },
    async (request, reply) => {
      const file = await downloadAttachment(ctx.db, deps(), requireUser(request), request.params.id);
      return reply
        .header('content-type', file.mediaType)
        .header('content-disposition', contentDisposition(file.fileName))
        .header('content-length', String(file.content.length))
        .send(file.content);
    },
  );

  // Uploads take the raw file as the body, in a context of their own: only here is a body other than
  // JSON accepted, and only up to the configured size.
  void app.register(async (scope: App) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser(
      'application/octet-stream',
      { parseAs: 'buffer', bodyLimit: maxBytes },
      (_request, body, done) => done(null, body),
    );
    scope.post(
      '/api/v1/cases/:caseId/attachments',
      {
        bodyLimit: maxBytes,
        schema: {
          tags,
          summary:
            'Upload a document: the raw file as the body (application/octet-stream), metadata in the query',
          params: z.object({ caseId: z.uuid() }),
          querystring: AttachmentUploadQuery,
          response: { 201: AttachmentView, ...errors },
        },
      },
      async (request, reply) => {
        const body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
        const view = await uploadAttachment(
          ctx.db,
          deps(),
          requireUser(request),
          request.params.caseId,
          request.query,
          body,
        );
        return reply.status(201).send(view);
      },
    );
  });
}
