import { z } from 'zod';
import { ApiError, Me, MfaCodeInput, SignInInput, SignInResult } from '@refugio/contract';
import type { FastifyRequest } from 'fastify';
import type { App, AppContext } from '../http/context';
import { clearSessionCookie, requireSession, requireUser, setSessionCookie } from '../http/session-cookie';
import { permissionsOf } from '../access/policy';
import { completeMfa, resolveSession, signIn, signOut, type SessionUser } from './auth.service';
import { USER_AGENT_LENGTH } from './sign-in-attempt.repository';

export function presentMe(user: SessionUser): Me {
  return {
    user: { id: user.id, name: user.name, email: user.email, role: user.role, office: user.office },
    permissions: permissionsOf(user.role),
  };
}

/** Where a sign-in came from, as the history shows it. */
export const originOf = (request: FastifyRequest) => ({
  clientAddress: request.ip,
  userAgent: (request.headers['user-agent'] ?? '').slice(0, USER_AGENT_LENGTH),
});

export function sessionRoutes(app: App, ctx: AppContext): void {
  app.post(
    '/api/v1/session',
    {
      config: { public: true },
      schema: {
        tags: ['session'],
        summary: 'Sign in (password step)',
        description:
          'With MFA on (or required for the role), answers {mfaRequired:true, step} and a pending ' +
          'session cookie that reaches only POST /api/v1/session/mfa (or the enrolment) and sign-out.',
        body: SignInInput,
        response: { 200: SignInResult, 400: ApiError, 401: ApiError },
      },
    },
    async (request, reply) => {
      const session = await signIn(ctx.db, { ...request.body, ...originOf(request) }, ctx.sessionPolicy);
      setSessionCookie(reply, session.token, session.expiresAt, ctx.cookieSecure);
      if (session.stage !== 'full') {
        return { mfaRequired: true as const, step: session.stage === 'mfa' ? 'code' : 'enrolment' } as const;
      }
      const user = await findSignedIn(ctx, session.token, request.ip);
      return presentMe(user);
    },
  );

  app.post(
    '/api/v1/session/mfa',
    {
      config: { pendingStages: ['mfa'] },
      schema: {
        tags: ['session'],
        summary: 'Sign in (second step: TOTP or recovery code)',
        body: MfaCodeInput,
        response: { 200: Me, 400: ApiError, 401: ApiError, 409: ApiError },
      },
    },
    async (request, reply) => {
      const pending = requireSession(request);
      if (pending.stage !== 'mfa') {
        return reply.status(409).send({
          error: { code: 'conflict', message: 'This session has no second step to take' },
        });
      }
      const session = await completeMfa(ctx.db, pending, request.body, originOf(request), ctx.sessionPolicy);
      setSessionCookie(reply, session.token, session.expiresAt, ctx.cookieSecure);
      return presentMe(await findSignedIn(ctx, session.token, request.ip));
    },
  );

  app.get(
    '/api/v1/session',
    { schema: { tags: ['session'], summary: 'The signed-in user', response: { 200: Me, 401: ApiError } } },
    async (request) => presentMe(requireUser(request)),
  );

  app.delete(
    '/api/v1/session',
    {
      config: { pendingStages: ['mfa', 'mfa_enrolment'] },
      schema: { tags: ['session'], summary: 'Sign out', response: { 204: z.null(), 401: ApiError } },
    },
    async (request, reply) => {
      const session = requireSession(request);
      await signOut(ctx.db, request.sessionToken ?? '', session.user);
      clearSessionCookie(reply, ctx.cookieSecure);
      return reply.status(204).send(null);
    },
  );
}

/** The user of a session just opened. */
export async function findSignedIn(ctx: AppContext, token: string, clientAddress: string) {
  const user = await resolveSession(ctx.db, token, clientAddress, ctx.sessionPolicy);
  if (!user) throw new Error('A session just opened could not be read back');
  return user;
}
