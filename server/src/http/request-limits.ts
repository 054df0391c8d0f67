import type { FastifyInstance } from 'fastify';
import { validationFailed } from '../errors/app-error';

/** Longest path parameter: ids are UUIDs (36 characters); case numbers and codes are shorter still. */
export const MAX_PARAM_LENGTH = 100;
/** Request line plus headers (Node's default, written down): a larger request gets 431 from Node. */
export const MAX_HEADER_BYTES = 16 * 1024;
/** Longest URL, query included: the longest search the web app builds is a few hundred characters. */
export const MAX_URL_LENGTH = 4096;

/**
 * Refuses absurd URLs before any work is done for them. Bodies are bounded by Fastify's bodyLimit
 * (413); raw uploads set their own limit on their route.
 */
export function installRequestLimits(app: FastifyInstance): void {
  app.addHook('onRequest', async (request) => {
    if (request.url.length > MAX_URL_LENGTH) {
      throw validationFailed([
        {
          path: '(url)',
          code: 'too_long',
          message: `The address is longer than ${MAX_URL_LENGTH} characters`,
        },
      ]);
    }
  });
}
