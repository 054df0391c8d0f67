import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../errors/app-error';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export const csrfRefused = () =>
  new AppError('csrf', 'This change did not come from a Refugio page; reload Refugio and try again');

/** The origin this request was addressed to, as a browser writes it in `Origin`. */
function ownOrigin(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}`.toLowerCase();
}

/** The header every Refugio client sends with a change (web/src/api/client.ts `antiForgeryHeaders`). */
export const ANTI_FORGERY_HEADER = 'x-requested-with';
export const ANTI_FORGERY_VALUE = 'refugio';

/**
 * Why a change is refused as a possible cross-site request forgery, or null when it may go on.
 *
 * Two independent checks. (1) Every change carries `X-Requested-With: refugio`: a page of another
 * site can send a cookie-bearing form or simple request, but not a custom header (that needs a CORS
 * preflight, which Refugio never grants). Scripts using the API send it too (README). (2) Browsers say
 * where a request comes from, `Sec-Fetch-Site` (every current browser) or `Origin` (on every non-GET
 * request): when either is present it must say "this site" (`same-site`, a sibling subdomain, is
 * refused too), the rule of Go's `http.CrossOriginProtection`; so a browser bug that let a custom
 * header through cross-site still meets a refusal.
 */
export function csrfVerdict(request: FastifyRequest): string | null {
  if (SAFE_METHODS.has(request.method)) return null;
  if (request.headers[ANTI_FORGERY_HEADER] !== ANTI_FORGERY_VALUE) return 'no anti-forgery header';
  const site = request.headers['sec-fetch-site'];
  if (site !== undefined) return site === 'same-origin' ? null : `sec-fetch-site ${String(site)}`;
  const origin = request.headers.origin;
  if (origin !== undefined) return origin.toLowerCase() === ownOrigin(request) ? null : 'foreign origin';
  return null;
}

/**
 * Every change to the API (sign-in included: a forged sign-in would put the victim in the attacker's
 * account) is checked before the session is looked up or the body read, whatever its content type.
 */
export function installCsrfProtection(app: FastifyInstance): void {
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    const refusal = csrfVerdict(request);
    if (refusal !== null) {
      request.log.warn({ reason: refusal }, 'change refused as cross-site');
      throw csrfRefused();
    }
  });
}
