import { z } from 'zod';
import { AdminUserList, ApiError, EndedSessions, MfaPolicy, SignInHistory } from '@refugio/contract';
import type { App, AppContext } from '../http/context';
import { requireUser } from '../http/session-cookie';
import { getMfaPolicy, setMfaPolicy } from '../auth/mfa.service';
import {
  endUserSessions,
  listUsersForAdmin,
  resetUserMfa,
  unlockUser,
  userSignIns,
} from './user-admin.service';

const UserParams = z.object({ userId: z.uuid() });
const errors = { 400: ApiError, 401: ApiError, 403: ApiError, 404: ApiError };

/** Administrators (user.manage): accounts, locks, MFA resets, sessions, the MFA policy. */
export function userAdminRoutes(app: App, ctx: AppContext): void {
  const tags = ['users'];
  app.get(
    '/api/v1/admin/users',
    {
      schema: {
        tags,
        summary: 'Users with MFA, lock and sign-in state',
        response: { 200: AdminUserList, ...errors },
      },
    },
    async (request) => listUsersForAdmin(ctx.db, requireUser(request)),
  );
  app.get(
    '/api/v1/admin/users/:userId/sign-ins',
    {
      schema: {
        tags,
        summary: "A user's sign-in history",
        params: UserParams,
        response: { 200: SignInHistory, ...errors },
      },
    },
    async (request) => userSignIns(ctx.db, requireUser(request), request.params.userId),
  );
  app.delete(
    '/api/v1/admin/users/:userId/lock',
    {
      schema: {
        tags,
        summary: 'Unlock an account',
        params: UserParams,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await unlockUser(ctx.db, requireUser(request), request.params.userId);
      return reply.status(204).send(null);
    },
  );
  app.delete(
    '/api/v1/admin/users/:userId/mfa',
    {
      schema: {
        tags,
        summary: "Reset a user's MFA",
        params: UserParams,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await resetUserMfa(ctx.db, requireUser(request), request.params.userId);
      return reply.status(204).send(null);
    },
  );
  app.delete(
    '/api/v1/admin/users/:userId/sessions',
    {
      schema: {
        tags,
        summary: "End all of a user's sessions",
        params: UserParams,
        response: { 200: EndedSessions, ...errors },
      },
    },
    async (request) => ({
      ended: await endUserSessions(ctx.db, requireUser(request), request.params.userId),
    }),
  );
  app.get(
    '/api/v1/admin/mfa-policy',
    { schema: { tags, summary: 'Roles that must use MFA', response: { 200: MfaPolicy, ...errors } } },
    async (request) => getMfaPolicy(ctx.db, requireUser(request)),
  );
  app.put(
    '/api/v1/admin/mfa-policy',
    {
      schema: {
        tags,
        summary: 'Set the roles that must use MFA',
        body: MfaPolicy,
        response: { 200: MfaPolicy, ...errors },
      },
    },
    async (request) => setMfaPolicy(ctx.db, requireUser(request), request.body),
  );
}
