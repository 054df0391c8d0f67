/** Schemas of single-sign-on shared by the API and the web app. */
import { z } from 'zod';

/** Whether the sign-in page offers "Entrar con <label>". */
export const SingleSignOnStatus = z.object({
  enabled: z.boolean(),
  label: z.string().nullable(),
});
export type SingleSignOnStatus = z.infer<typeof SingleSignOnStatus>;

/**
 * Why a sign-in through the provider came back without a session, as the callback tells the web app
 * (`/sign-in?sso_error=<reason>`): single sign-on off, the attempt expired or was tampered with, the provider
 * unreachable, consent denied, the provider's answer not verifiable, nobody to sign in as, a
 * deactivated account, an account that may not use single sign-on (administrators), an e-mail taken.
 */
export const singleSignOnFailures = [
  'off',
  'expired',
  'unavailable',
  'denied',
  'failed',
  'unmapped',
  'disabled',
  'not_allowed',
  'email_in_use',
] as const;
export const SingleSignOnFailure = z.enum(singleSignOnFailures);
export type SingleSignOnFailure = z.infer<typeof SingleSignOnFailure>;

/** After the provider, a second step in Refugio (`/sign-in?sso_step=code|enrolment`). */
export const SingleSignOnStep = z.enum(['code', 'enrolment']);
export type SingleSignOnStep = z.infer<typeof SingleSignOnStep>;

/** A user's link to an identity at the provider (the subject itself is never sent). */
export const ExternalIdentity = z.object({
  userId: z.uuid(),
  /** The provider's issuer URL. */
  issuer: z.string(),
  linkedBy: z.enum(['verified_email', 'created_by_rule']),
  linkedAt: z.string(),
  lastSignInAt: z.string().nullable(),
});
export type ExternalIdentity = z.infer<typeof ExternalIdentity>;

export const ExternalIdentityList = z.object({ identities: z.array(ExternalIdentity) });
export type ExternalIdentityList = z.infer<typeof ExternalIdentityList>;

export const UnlinkResult = z.object({ unlinked: z.number().int().nonnegative() });
export type UnlinkResult = z.infer<typeof UnlinkResult>;
