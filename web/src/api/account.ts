import {
  AccountSecurity,
  AdminUserList,
  EndedSessions,
  Me,
  MfaEnrolment,
  MfaPolicy,
  RecoveryCodes,
  SessionList,
  SignInHistory,
  SignInResult,
  type ChangePasswordInput,
  type MfaCodeInput,
  type SignInInput,
} from '@refugio/contract';
import { z } from 'zod';
import { request } from './client';

const v1 = '/api/v1';

/** The password step: the signed-in user, or the second step that is due. */
export const postSignIn = (input: SignInInput) =>
  request(`${v1}/session`, { method: 'POST', body: input, schema: SignInResult });

/** The second step: a TOTP or recovery code. */
export const postMfaCode = (input: MfaCodeInput) =>
  request(`${v1}/session/mfa`, { method: 'POST', body: input, schema: Me });

export const getAccountSecurity = (signal?: AbortSignal) =>
  request(`${v1}/account/security`, { schema: AccountSecurity, signal });

export const changePassword = (input: ChangePasswordInput) =>
  request(`${v1}/account/password`, {
    method: 'PUT',
    body: input,
    schema: z.object({ sessionsEnded: z.number() }),
  });

export const startMfaEnrolment = () =>
  request(`${v1}/account/mfa/enrolment`, { method: 'POST', body: {}, schema: MfaEnrolment });

export const confirmMfaEnrolment = (code: string) =>
  request(`${v1}/account/mfa/enrolment/confirm`, { method: 'POST', body: { code }, schema: RecoveryCodes });

export const getOwnSignIns = (signal?: AbortSignal) =>
  request(`${v1}/account/sign-ins`, { schema: SignInHistory, signal });

export const getOwnSessions = (signal?: AbortSignal) =>
  request(`${v1}/account/sessions`, { schema: SessionList, signal });

export const endOwnSession = (id: string) =>
  request<void>(`${v1}/account/sessions/${encodeURIComponent(id)}`, { method: 'DELETE' });

const user = (id: string) => `${v1}/admin/users/${encodeURIComponent(id)}`;

export const listUsers = (signal?: AbortSignal) =>
  request(`${v1}/admin/users`, { schema: AdminUserList, signal });

export const getUserSignIns = (id: string, signal?: AbortSignal) =>
  request(`${user(id)}/sign-ins`, { schema: SignInHistory, signal });

export const unlockUser = (id: string) => request<void>(`${user(id)}/lock`, { method: 'DELETE' });

export const resetUserMfa = (id: string) => request<void>(`${user(id)}/mfa`, { method: 'DELETE' });

export const endUserSessions = (id: string) =>
  request(`${user(id)}/sessions`, { method: 'DELETE', schema: EndedSessions });

export const getMfaPolicy = (signal?: AbortSignal) =>
  request(`${v1}/admin/mfa-policy`, { schema: MfaPolicy, signal });

export const setMfaPolicy = (input: MfaPolicy) =>
  request(`${v1}/admin/mfa-policy`, { method: 'PUT', body: input, schema: MfaPolicy });
