import { ExternalIdentityList, SingleSignOnStatus, UnlinkResult } from '@refugio/contract';
import { request } from './client';

const v1 = '/api/v1';

/** Where the sign-in page's button goes: a plain navigation, the server redirects to the provider. */
export const singleSignOnStartUrl = `${v1}/sso/start`;

/** Whether single sign-on is on, and the provider's label. */
export const getSingleSignOnStatus = (signal?: AbortSignal) =>
  request(`${v1}/sso`, { schema: SingleSignOnStatus, signal });

/** Users linked to an identity at the provider (administrators). */
export const getExternalIdentities = (signal?: AbortSignal) =>
  request(`${v1}/admin/external-identities`, { schema: ExternalIdentityList, signal });

/** Unlinks a user from the provider (administrators). */
export const unlinkExternalIdentities = (userId: string) =>
  request(`${v1}/admin/users/${encodeURIComponent(userId)}/external-identities`, {
    method: 'DELETE',
    schema: UnlinkResult,
  });
