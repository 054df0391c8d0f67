import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../errors/app-error';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export const csrfRefused = () =>
  new AppError('csrf', 'This change did not come from a Refugio page; reload Refugio and try again');

/** The origin this request was addressed to, as a browser writes it in `Origin`. */
function ownOrigin(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}`.toLowerCase();
}

/**
 * Why a change is refused as a possible cross-site request forgery, or null when it may go on.
 *
 * A forged request needs a victim's browser, and browsers say where a request comes from:
 * `Sec-Fetch-Site` (every current browser) or `Origin` (on every non-GET request). When either is
 * present it must say "this site" (`same-site`, a sibling subdomain, is refused too). A request with
 * neither came from no browser page (a script, the test client), so it carries no victim's cookie:
 * the rule of Go's `http.CrossOriginProtection`. The web client also sends `X-Requested-With:
 * refugio`, so requiring that header of every client is a one-line change here once the test
 * clients send it too (docs/SECURITY.md).
 */
export function csrfVerdict(request: FastifyRequest): string | null {
  if (SAFE_METHODS.has(request.method)) return null;
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
