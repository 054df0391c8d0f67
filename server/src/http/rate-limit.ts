import { createHash } from 'node:crypto';
import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../errors/app-error';

/**
 * Requests allowed per window. Counters live in this process's memory: behind a load balancer each
 * process counts on its own, and a restart forgets them (docs/SECURITY.md).
 */
export interface RateLimits {
  /** Sign-in attempts from one client address (an office behind one NAT address shares it). */
  signInPerAddress: number;
  /** Sign-in attempts naming one e-mail, from anywhere. */
  signInPerEmail: number;
  /** Searches and lists (GET with a query) by one signed-in user. */
  listsPerUser: number;
  /** Any API request by one signed-in user: a person never reads this fast, a scraper does. */
  requestsPerUser: number;
  windowMs: number;
}

export const defaultRateLimits: RateLimits = {
  signInPerAddress: 30,
  signInPerEmail: 10,
  listsPerUser: 120,
  requestsPerUser: 600,
  windowMs: 60_000,
};

/** The sign-in routes: the password, and whatever second step the session takes (MFA). */
// Password sign-in and its MFA step, and both legs of single sign-on (each leg costs a provider round trip).
const isSignIn = (request: FastifyRequest) => {
  const url = request.routeOptions.url ?? '';
  return (
    (request.method === 'POST' && /^\/api\/v1\/session(\/|$)/.test(url)) ||
    (request.method === 'GET' && /^\/api\/v1\/sso\/(start|callback)$/.test(url))
  );
};

/** A search or a list: a GET whose route declares query parameters (filters, paging, text). */
const isList = (request: FastifyRequest) =>
  request.method === 'GET' && request.routeOptions.schema?.querystring !== undefined;

/** The e-mail a sign-in names, hashed: the counters hold no address in clear. */
function emailKey(body: unknown): string | null {
  if (typeof body !== 'object' || body === null || !('email' in body)) return null;
  const email = (body as { email: unknown }).email;
  if (typeof email !== 'string' || email.length === 0 || email.length > 320) return null;
  return createHash('sha256').update(email.trim().toLowerCase()).digest('base64url');
}

function refuse(reply: FastifyReply, retryAfterSeconds: number): never {
  reply.header('retry-after', String(Math.max(1, retryAfterSeconds)));
  throw new AppError('rate_limited', `Too many requests; try again in ${Math.max(1, retryAfterSeconds)} s`);
}

/**
 * Installs the limits (after session resolution, so per-user limits know the user). `false` turns
 * them off: only for tests that send many requests on purpose.
 */
export async function installRateLimits(app: FastifyInstance, limits: RateLimits | false): Promise<void> {
  if (limits === false) return;
  await app.register(fastifyRateLimit, { global: false });
  const counter = (max: number, key: (request: FastifyRequest) => string) => {
    const check = app.createRateLimit({ max, timeWindow: limits.windowMs, keyGenerator: key });
    /** Seconds to wait when over the limit, else null. */
    return async (request: FastifyRequest): Promise<number | null> => {
      const state = await check(request);
      return !state.isAllowed && state.isExceeded ? state.ttlInSeconds : null;
    };
  };
  const byAddress = counter(limits.signInPerAddress, (request) => request.ip);
  const byEmail = counter(limits.signInPerEmail, (request) => emailKey(request.body) ?? '');
  const byUserLists = counter(limits.listsPerUser, (request) => request.user?.id ?? '');
  const byUser = counter(limits.requestsPerUser, (request) => request.user?.id ?? '');

  app.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith('/api/v1/')) return;
    if (isSignIn(request)) {
      const wait = await byAddress(request);
      if (wait !== null) refuse(reply, wait);
    }
    if (request.user) {
      const wait = (await byUser(request)) ?? (isList(request) ? await byUserLists(request) : null);
      if (wait !== null) refuse(reply, wait);
    }
  });
  // The e-mail is in the body, read after onRequest; an unreadable body never gets this far.
  app.addHook('preValidation', async (request, reply) => {
    if (!isSignIn(request)) return;
    if (emailKey(request.body) === null) return;
    const wait = await byEmail(request);
    if (wait !== null) refuse(reply, wait);
  });
}
