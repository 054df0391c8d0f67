import { z } from 'zod';
import { OfficeView } from './cases';
import { Permission, Role } from './roles';

/** The contract of accounts: the signed-in user, sign-in, and account security (issue 5). */

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 1024;

export const Me = z.object({
  user: z.object({
    id: z.uuid(),
    name: z.string(),
    email: z.string(),
    role: z.string(),
    office: OfficeView.nullable(),
  }),
  permissions: z.array(Permission),
});
export type Me = z.infer<typeof Me>;

export const SignInInput = z.object({
  email: z.string().trim().toLowerCase().max(254).pipe(z.email()),
  password: z.string().min(1).max(MAX_PASSWORD_LENGTH),
});
export type SignInInput = z.infer<typeof SignInInput>;

/**
 * The password was right and a second step is due: `code`, a TOTP or recovery code
 * (`POST /api/v1/session/mfa`); `enrolment`, the user's role requires MFA and they have none yet.
 * Until then the session is pending: it reaches nothing else but sign-out.
 */
export const MfaChallenge = z.object({ mfaRequired: z.literal(true), step: z.enum(['code', 'enrolment']) });
export type MfaChallenge = z.infer<typeof MfaChallenge>;

export const SignInResult = z.union([Me, MfaChallenge]);
export type SignInResult = z.infer<typeof SignInResult>;

/** Field code of a sign-in refused while the e-mail typed is locked (same 401 as a wrong password). */
export const TOO_MANY_ATTEMPTS = 'too_many_attempts';

export const MfaMethod = z.enum(['totp', 'recovery_code']);
export type MfaMethod = z.infer<typeof MfaMethod>;

export const MfaCodeInput = z.object({
  method: MfaMethod,
  /** Six digits (spaces ignored), or a recovery code (dashes and spaces ignored, any case). */
  code: z
    .string()
    .max(64)
    .transform((c) => c.replace(/[\s-]+/g, '').toUpperCase()),
});
export type MfaCodeInput = z.input<typeof MfaCodeInput>;

export const MfaEnrolment = z.object({
  /** Base32 secret, for typing into an authenticator by hand. */
  secret: z.string(),
  /** otpauth:// URI, rendered as a QR code by the web app (never by a third party). */
  uri: z.string(),
});
export type MfaEnrolment = z.infer<typeof MfaEnrolment>;

export const ConfirmMfaInput = z.object({
  code: z
    .string()
    .max(16)
    .transform((c) => c.replace(/\s+/g, ''))
    .pipe(z.string().regex(/^\d{6}$/, 'Six digits')),
});
export type ConfirmMfaInput = z.input<typeof ConfirmMfaInput>;

/** Ten one-time recovery codes, shown once; the server keeps only their hashes. */
export const RecoveryCodes = z.object({ recoveryCodes: z.array(z.string()), me: Me.optional() });
export type RecoveryCodes = z.infer<typeof RecoveryCodes>;

export const ChangePasswordInput = z.object({
  currentPassword: z.string().min(1).max(MAX_PASSWORD_LENGTH),
  newPassword: z.string().max(MAX_PASSWORD_LENGTH * 4),
});
export type ChangePasswordInput = z.infer<typeof ChangePasswordInput>;

export const signInOutcomes = [
  'success',
  'mfa_required',
  'wrong_password',
  'locked',
  'mfa_failed',
  'account_disabled',
] as const;
export const SignInOutcome = z.enum(signInOutcomes);
export type SignInOutcome = z.infer<typeof SignInOutcome>;

export const SignInAttemptView = z.object({
  id: z.uuid(),
  occurredAt: z.string(),
  outcome: SignInOutcome,
  clientAddress: z.string(),
  userAgent: z.string(),
  method: z.enum(['password', 'single_sign_on']),
});
export type SignInAttemptView = z.infer<typeof SignInAttemptView>;
export const SignInHistory = z.object({ attempts: z.array(SignInAttemptView) });
export type SignInHistory = z.infer<typeof SignInHistory>;

export const SessionView = z.object({
  id: z.uuid(),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  expiresAt: z.string(),
  clientAddress: z.string(),
  userAgent: z.string(),
  current: z.boolean(),
});
export type SessionView = z.infer<typeof SessionView>;
export const SessionList = z.object({
  sessions: z.array(SessionView),
  /** The timeouts in force, for the UI to explain. */
  idleMinutes: z.number(),
  absoluteHours: z.number(),
});
export type SessionList = z.infer<typeof SessionList>;

export const AccountSecurity = z.object({
  mfaEnabled: z.boolean(),
  mfaRequired: z.boolean(),
  recoveryCodesLeft: z.number().int(),
});
export type AccountSecurity = z.infer<typeof AccountSecurity>;

export const AdminUserView = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string(),
  role: Role,
  office: z.string().nullable(),
  active: z.boolean(),
  mfaEnabled: z.boolean(),
  lockedUntil: z.string().nullable(),
  lastSignInAt: z.string().nullable(),
  activeSessions: z.number().int(),
});
export type AdminUserView = z.infer<typeof AdminUserView>;
export const AdminUserList = z.object({ users: z.array(AdminUserView) });
export type AdminUserList = z.infer<typeof AdminUserList>;

export const MfaPolicy = z.object({ roles: z.array(Role).max(20) });
export type MfaPolicy = z.infer<typeof MfaPolicy>;

export const EndedSessions = z.object({ ended: z.number().int() });
export type EndedSessions = z.infer<typeof EndedSessions>;
