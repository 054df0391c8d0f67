import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import {
  resolveSessionState,
  type ResolvedSession,
  type SessionPolicy,
  type SessionUser,
} from '../auth/auth.service';
import type { SessionStage } from '../auth/session.table';
import { unauthenticated } from '../errors/app-error';
import type { DB } from '../db/schema';

export const SESSION_COOKIE = 'refugio_session';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in user: only a full session (every sign-in step done) sets it. */
    user: SessionUser | null;
    sessionToken: string | null;
    /** The session of any stage, for the routes that accept a pending one (MFA step, sign-out). */
    session: ResolvedSession | null;
  }
  interface FastifyContextConfig {
    /** No session needed (sign-in). */
    public?: boolean;
    /** Pending stages this route accepts besides a full session: the MFA step, enrolment, sign-out. */
    pendingStages?: readonly SessionStage[];
  }
}

/**
 * Resolves the session cookie on every API request; routes call `requireUser` to insist on a full
 * session. A pending session (password given, MFA step due) reaches only the routes that name its
 * stage in `pendingStages`; everything else answers 401 as for no session at all.
 */
export function installSessionResolution(app: FastifyInstance, db: Kysely<DB>, policy: SessionPolicy): void {
  app.decorateRequest('user', null);
  app.decorateRequest('sessionToken', null);
  app.decorateRequest('session', null);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/v1/')) return;
    const config = request.routeOptions.config as
      { public?: boolean; pendingStages?: readonly SessionStage[] } | undefined;
    const token = request.cookies[SESSION_COOKIE];
    if (token && token.length <= 100) {
      const session = (await resolveSessionState(db, token, request.ip, policy)) ?? null;
      const admitted =
        session !== null &&
        (session.stage === 'full' || (config?.pendingStages ?? []).includes(session.stage));
      if (admitted) {
        request.session = session;
        request.sessionToken = token;
        request.user = session.stage === 'full' ? session.user : null;
      }
    }
    // Deny by default: before any validation, so a stranger learns nothing about the API's inputs.
    if (!request.session && config?.public !== true) throw unauthenticated();
  });
}

export function requireUser(request: FastifyRequest): SessionUser {
  if (!request.user) throw unauthenticated();
  return request.user;
}

/** The session of a route that admits pending stages (full sessions included). */
export function requireSession(request: FastifyRequest): ResolvedSession {
  if (!request.session) throw unauthenticated();
  return request.session;
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
