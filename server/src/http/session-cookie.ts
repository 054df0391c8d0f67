import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { resolveSession, type SessionPolicy, type SessionUser } from '../auth/auth.service';
import { unauthenticated } from '../errors/app-error';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';

export const SESSION_COOKIE = 'refugio_session';

declare module 'fastify' {
  interface FastifyRequest {
    user: SessionUser | null;
    sessionToken: string | null;
  }
}

/** Resolves the session cookie on every API request; routes call `requireUser` to insist on one. */
export function installSessionResolution(app: FastifyInstance, db: Kysely<DB>, policy: SessionPolicy): void {
  app.decorateRequest('user', null);
  app.decorateRequest('sessionToken', null);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/v1/')) return;
    const token = request.cookies[SESSION_COOKIE];
    if (token && token.length <= 100) {
      request.user = (await resolveSession(db, token, request.ip, policy)) ?? null;
      request.sessionToken = request.user ? token : null;
    }
    // Deny by default: before any validation, so a stranger learns nothing about the API's inputs.
    const isPublic = (request.routeOptions.config as { public?: boolean } | undefined)?.public === true;
    if (!request.user && !isPublic) throw unauthenticated();
  });
}

export function requireUser(request: FastifyRequest): SessionUser {
  if (!request.user) throw unauthenticated();
  return request.user;
}

export function setSessionCookie(reply: FastifyReply, token: string, expiresAt: Date, secure: boolean): void {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure,
    path: '/',
    expires: expiresAt,
  });
}

export function clearSessionCookie(reply: FastifyReply, secure: boolean): void {
  reply.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'strict', secure, path: '/' });
}
