import { z } from 'zod';
import {
  AccountSecurity,
  ApiError,
  ChangePasswordInput,
  ConfirmMfaInput,
  MfaEnrolment,
  RecoveryCodes,
  SessionList,
  SignInHistory,
} from '@refugio/contract';
import type { App, AppContext } from '../http/context';
import { requireSession, requireUser, setSessionCookie } from '../http/session-cookie';
import { userAdminRoutes } from '../users/user-admin.routes';
import { changePassword, endOwnSession, ownSessions, ownSignIns } from './account.service';
import { completeEnrolmentSignIn } from './auth.service';
import { accountSecurityOf, confirmMfaEnrolment, startMfaEnrolment } from './mfa.service';
import { findSignedIn, originOf, presentMe } from './session.routes';

const errors = { 400: ApiError, 401: ApiError, 404: ApiError, 409: ApiError };

/** Account security: password, MFA enrolment, sign-in history, sessions; and the administrators' side. */
export function accountRoutes(app: App, ctx: AppContext): void {
  const tags = ['account'];
  app.get(
    '/api/v1/account/security',
    {
      schema: {
        tags,
        summary: 'MFA state of the signed-in user',
        response: { 200: AccountSecurity, ...errors },
      },
    },
    async (request) => accountSecurityOf(ctx.db, requireUser(request)),
  );

  app.put(
    '/api/v1/account/password',
    {
      schema: {
        tags,
        summary: 'Change the own password (ends the other sessions)',
        body: ChangePasswordInput,
        response: { 200: z.object({ sessionsEnded: z.number().int() }), ...errors },
      },
    },
    async (request) => {
      requireUser(request);
      return changePassword(ctx.db, requireSession(request), request.body);
    },
  );

  // A pending session of stage `mfa_enrolment` (role requires MFA, none yet) reaches these two.
  app.post(
    '/api/v1/account/mfa/enrolment',
    {
      config: { pendingStages: ['mfa_enrolment'] },
      schema: {
        tags,
        summary: 'Start MFA enrolment (secret and otpauth URI)',
        response: { 200: MfaEnrolment, ...errors },
      },
    },
    async (request) => startMfaEnrolment(ctx.db, requireSession(request).user),
  );

  app.post(
    '/api/v1/account/mfa/enrolment/confirm',
    {
      config: { pendingStages: ['mfa_enrolment'] },
      schema: {
        tags,
        summary: 'Confirm MFA enrolment with a code; returns the recovery codes, once',
        body: ConfirmMfaInput,
        response: { 200: RecoveryCodes, ...errors },
      },
    },
    async (request, reply) => {
      const session = requireSession(request);
      const recoveryCodes = await confirmMfaEnrolment(ctx.db, session.user, request.body);
      if (session.stage !== 'mfa_enrolment') return { recoveryCodes };
      // The forced enrolment was the second step: the user is now signed in, under a new token.
      const opened = await completeEnrolmentSignIn(ctx.db, session, originOf(request), ctx.sessionPolicy);
      setSessionCookie(reply, opened.token, opened.expiresAt, ctx.cookieSecure);
      return { recoveryCodes, me: presentMe(await findSignedIn(ctx, opened.token, request.ip)) };
    },
  );

  app.get(
    '/api/v1/account/sign-ins',
    { schema: { tags, summary: 'Own sign-in history', response: { 200: SignInHistory, ...errors } } },
    async (request) => ownSignIns(ctx.db, requireUser(request)),
  );

  app.get(
    '/api/v1/account/sessions',
    {
      schema: {
        tags,
        summary: 'Own active sessions (current marked)',
        response: { 200: SessionList, ...errors },
      },
    },
    async (request) => {
      requireUser(request);
      return ownSessions(ctx.db, requireSession(request), ctx.sessionPolicy);
    },
  );

  app.delete(
    '/api/v1/account/sessions/:sessionId',
    {
      schema: {
        tags,
        summary: 'End one of the own sessions',
        params: z.object({ sessionId: z.uuid() }),
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await endOwnSession(ctx.db, requireUser(request), request.params.sessionId);
      return reply.status(204).send(null);
    },
  );

  userAdminRoutes(app, ctx);
}
