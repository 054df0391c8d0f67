import { z } from 'zod';
import { ApiError, Me, SignInInput } from '@refugio/contract';
import type { App, AppContext } from '../http/context';
import { clearSessionCookie, requireUser, setSessionCookie } from '../http/session-cookie';
import { permissionsOf } from '../access/policy';
import { resolveSession, signIn, signOut, type SessionUser } from './auth.service';

export function presentMe(user: SessionUser): Me {
  return {
    user: { id: user.id, name: user.name, email: user.email, role: user.role, office: user.office },
    permissions: permissionsOf(user.role),
  };
}

export function sessionRoutes(app: App, ctx: AppContext): void {
  app.post(
    '/api/v1/session',
    {
      config: { public: true },
      schema: {
        tags: ['session'],
        summary: 'Sign in',
        body: SignInInput,
        response: { 200: Me, 400: ApiError, 401: ApiError },
      },
    },
    async (request, reply) => {
      const { token, expiresAt } = await signIn(
        ctx.db,
        { ...request.body, clientAddress: request.ip },
        ctx.sessionPolicy,
      );
      const user = await resolveSession(ctx.db, token, request.ip, ctx.sessionPolicy);
      if (!user) throw new Error('A session just opened could not be read back');
      setSessionCookie(reply, token, expiresAt, ctx.cookieSecure);
      return presentMe(user);
    },
  );

  app.get(
    '/api/v1/session',
    { schema: { tags: ['session'], summary: 'The signed-in user', response: { 200: Me, 401: ApiError } } },
    async (request) => presentMe(requireUser(request)),
  );

  app.delete(
    '/api/v1/session',
    { schema: { tags: ['session'], summary: 'Sign out', response: { 204: z.null(), 401: ApiError } } },
    async (request, reply) => {
      const user = requireUser(request);
      await signOut(ctx.db, request.sessionToken ?? '', user);
      clearSessionCookie(reply, ctx.cookieSecure);
      return reply.status(204).send(null);
    },
  );
}
