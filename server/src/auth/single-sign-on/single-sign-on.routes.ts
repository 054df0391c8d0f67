import { z } from 'zod';
import { ApiError, ExternalIdentityList, SingleSignOnStatus, UnlinkResult } from '@refugio/contract';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App, AppContext } from '../../http/context';
import { requireUser, setSessionCookie } from '../../http/session-cookie';
import { originOf } from '../session.routes';
import { ProviderError, providerClient } from './single-sign-on.client';
import { CALLBACK_PATH } from './single-sign-on.config';
import {
  beginSignIn,
  completeSignIn,
  listExternalIdentities,
  REQUEST_MINUTES,
  unlinkExternalIdentities,
} from './single-sign-on.service';

/** The cookie that ties the provider's answer to the browser that asked (SameSite=Lax: it comes back from the provider). */
export const REQUEST_COOKIE = 'refugio_sso';

const errors = { 400: ApiError, 401: ApiError, 403: ApiError, 404: ApiError };
const redirectDoc = { 303: z.null().describe('Redirect (Location header)') };

/** Routes of single sign-on with an OpenID Connect provider. */
export function singleSignOnRoutes(app: App, ctx: AppContext): void {
  const config = ctx.singleSignOn;
  const provider = config ? providerClient(config) : undefined;
  const tags = ['session'];
  const back = (reply: FastifyReply, query: string) => reply.redirect(`/sign-in?${query}`, 303);
  const clearRequestCookie = (reply: FastifyReply) =>
    reply.clearCookie(REQUEST_COOKIE, {
      httpOnly: true,
      sameSite: 'lax',
      secure: ctx.cookieSecure,
      path: CALLBACK_PATH,
    });

  app.get(
    '/api/v1/sso',
    {
      config: { public: true },
      schema: {
        tags,
        summary: 'Whether single sign-on is on, and the button label',
        response: { 200: SingleSignOnStatus },
      },
    },
    async () => ({ enabled: config !== undefined, label: config?.label ?? null }),
  );

  app.get(
    '/api/v1/sso/start',
    {
      config: { public: true },
      schema: {
        tags,
        summary: 'Sign in with the identity provider (redirects there)',
        description: 'Redirects to the provider, or to the sign-in page: /sign-in?sso_error=<reason>.',
        response: redirectDoc,
      },
    },
    async (request, reply) => {
      if (!config || !provider) return back(reply, 'sso_error=off');
      try {
        const { cookie, url } = await beginSignIn(ctx.db, provider);
        reply.setCookie(REQUEST_COOKIE, cookie, {
          httpOnly: true,
          sameSite: 'lax',
          secure: ctx.cookieSecure,
          path: CALLBACK_PATH,
          maxAge: REQUEST_MINUTES * 60,
        });
        return reply.redirect(url.href, 303);
      } catch (error) {
        return failed(request, reply, error);
      }
    },
  );

  app.get(
    CALLBACK_PATH,
    {
      config: { public: true },
      schema: {
        tags,
        summary: "The provider's answer (authorization code): signs in and redirects to the web app",
        description:
          'Redirects to / signed in, to /sign-in?sso_step=code|enrolment for Refugio’s second factor, or to ' +
          '/sign-in?sso_error=<reason>.',
        response: redirectDoc,
      },
    },
    async (request, reply) => {
      clearRequestCookie(reply);
      if (!config || !provider) return back(reply, 'sso_error=off');
      const url = request.raw.url ?? '';
      const query = url.includes('?') ? url.slice(url.indexOf('?') + 1) : '';
      try {
        const result = await completeSignIn(ctx.db, config, provider, {
          cookie: request.cookies[REQUEST_COOKIE],
          query,
          origin: originOf(request),
          policy: ctx.sessionPolicy,
        });
        if (result.outcome === 'refused') {
          request.log.warn({ reason: result.reason, detail: result.detail }, 'single sign-on refused');
          return back(reply, `sso_error=${result.reason}`);
        }
        const { session } = result;
        setSessionCookie(reply, session.token, session.expiresAt, ctx.cookieSecure);
        if (session.stage === 'full') return reply.redirect('/', 303);
        return back(reply, `sso_step=${session.stage === 'mfa' ? 'code' : 'enrolment'}`);
      } catch (error) {
        return failed(request, reply, error);
      }
    },
  );

  app.get(
    '/api/v1/admin/external-identities',
    {
      schema: {
        tags: ['users'],
        summary: 'Users linked to an identity at the provider (administrators)',
        response: { 200: ExternalIdentityList, ...errors },
      },
    },
    async (request) => listExternalIdentities(ctx.db, requireUser(request)),
  );

  app.delete(
    '/api/v1/admin/users/:userId/external-identities',
    {
      schema: {
        tags: ['users'],
        summary: "Unlink a user's identities at the provider (administrators)",
        params: z.object({ userId: z.uuid() }),
        response: { 200: UnlinkResult, ...errors },
      },
    },
    async (request) => ({
      unlinked: await unlinkExternalIdentities(ctx.db, requireUser(request), request.params.userId),
    }),
  );
}

/** Whatever went wrong ends on the sign-in page with a reason; never a 500 page in the middle of a sign-in. */
function failed(request: FastifyRequest, reply: FastifyReply, error: unknown) {
  const reason = error instanceof ProviderError ? error.reason : 'failed';
  const detail =
    error instanceof ProviderError ? error.detail : error instanceof Error ? error.name : 'error';
  request.log.error({ reason, detail }, 'single sign-on failed');
  return reply.redirect(`/sign-in?sso_error=${reason}`, 303);
}
