import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { ApiError, ErrorCode, FieldError } from '@refugio/contract';
import { AppError } from '../errors/app-error';

const send = (code: ErrorCode, message: string, fields?: FieldError[]): ApiError => ({
  error: fields ? { code, message, fields } : { code, message },
});

const byStatus: Record<number, ErrorCode> = {
  400: 'validation_failed',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'rate_limited',
};

// Connection-level failures of the database or the document store: the request may be retried later.
const unavailableCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  '57P01',
  '57P02',
  '57P03',
  '08006',
  '08001',
]);

/**
 * Errors Fastify meets before any route or hook runs: a path that is not valid percent-encoded UTF-8,
 * or a path parameter longer than any id of ours. Its own answer would quote the path back (which can
 * carry a name); ours keeps the API's error shape and quotes nothing.
 */
export function answerFrameworkError(error: FastifyError, reply: FastifyReply): void {
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') {
    void reply.status(404).send(send('not_found', 'No such address'));
    return;
  }
  void reply
    .status(400)
    .send(
      send('validation_failed', 'The address is not valid', [
        { path: '(url)', code: 'invalid_url', message: 'The address is not valid percent-encoded UTF-8' },
      ]),
    );
}

/**
 * Every error leaves as `{error:{code,message,fields?}}`. Bad input is a 4xx naming the field; an
 * unexpected failure is a bare 500 with no stack trace, and is logged without request data.
 */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      return reply.status(error.status).send(send(error.code, error.message, error.fields));
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const where = error.validationContext ?? 'body';
      const fields = error.validation.map((v) => ({
        path: v.instancePath.replace(/^\//, '').replaceAll('/', '.') || `(${where})`,
        code: v.keyword,
        message: v.message ?? 'Invalid value',
      }));
      return reply
        .status(400)
        .send(send('validation_failed', fields.map((f) => `${f.path}: ${f.message}`).join('; '), fields));
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      const code = byStatus[status] ?? 'validation_failed';
      const message = code === 'validation_failed' ? 'The request body is not valid JSON' : error.message;
      return reply
        .status(status)
        .send(
          send(
            code,
            message,
            code === 'validation_failed'
              ? [{ path: '(body)', code: error.code ?? 'invalid', message }]
              : undefined,
          ),
        );
    }
    if (unavailableCodes.has(error.code ?? '')) {
      request.log.warn({ code: error.code, type: error.name }, 'database or document store unavailable');
      return reply
        .status(503)
        .header('retry-after', '5')
        .send(send('unavailable', 'The service is briefly unavailable; try again in a few seconds'));
    }
    // Only the error's code, class and stack: messages from the database can quote the values sent.
    request.log.error(
      { err: { type: error.name, code: error.code, stack: error.stack } },
      'unexpected error',
    );
    return reply.status(500).send(send('internal', 'Something went wrong on our side; nothing was saved'));
  });
}
