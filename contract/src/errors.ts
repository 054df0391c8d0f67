import { z } from 'zod';

/**
 * Errors are data: every error the API returns has one of these codes, an HTTP status and a
 * user-safe message. The web app translates by code; the message is the English fallback.
 */
export const errorCodes = {
  validation_failed: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  forbidden: 403,
  /** A change without the anti-forgery header or from another site. */
  csrf: 403,
  /** Signed in with the password; the second factor is still due. */
  mfa_required: 401,
  /** The role must use a second factor: enrol before anything else. */
  mfa_enrolment_required: 403,
  /** Sharing refused: no consent, or a recipient of the person's country of origin. */
  disclosure_refused: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  /** Too many failed sign-ins for this e-mail: wait before trying again. */
  too_many_attempts: 429,
  internal: 500,
  unavailable: 503,
} as const;
export type ErrorCode = keyof typeof errorCodes;

/**
 * Field codes of a booking refused with 409 (interviews, agenda): the time is taken by another
 * interview, or the officer, interpreter or room is marked unavailable then.
 */
export const bookingRefusalCodes = ['double_booked', 'resource_unavailable'] as const;
export type BookingRefusalCode = (typeof bookingRefusalCodes)[number];

export const FieldError = z.object({
  /** Dotted path of the field in the request body or query, e.g. `people.1.birthDate`. */
  path: z.string(),
  /** Machine code of the problem (zod issue code or a domain code such as `late_filing_justification_required`). */
  code: z.string(),
  message: z.string(),
});
export type FieldError = z.infer<typeof FieldError>;

export const ApiError = z.object({
  error: z.object({
    code: z.enum(Object.keys(errorCodes) as [ErrorCode, ...ErrorCode[]]),
    message: z.string(),
    fields: z.array(FieldError).optional(),
  }),
});
export type ApiError = z.infer<typeof ApiError>;
