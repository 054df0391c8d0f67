import type { FastifyServerOptions } from 'fastify';

/**
 * Request logs carry method, path, status and timing only. The query string is dropped (a search
 * holds names), and no header or body is logged, so personal data never reaches the log.
 */
export function loggerOptions(level: string): FastifyServerOptions['logger'] {
  return {
    level,
    serializers: {
      req: (req: { method: string; url: string; id: string }) => ({
        id: req.id,
        method: req.method,
        path: req.url.split('?')[0],
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  };
}
