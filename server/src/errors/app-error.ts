import { errorCodes, type ErrorCode, type FieldError } from '@refugio/contract';

/** An error the API may show to the user: a code from the contract, a safe message, field details. */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: FieldError[],
  ) {
    super(message);
    this.status = errorCodes[code];
  }
}

export const notFound = (what = 'Not found') => new AppError('not_found', what);
export const forbidden = () => new AppError('forbidden', 'You are not allowed to do this');
export const unauthenticated = () => new AppError('unauthenticated', 'Sign in first');
export const validationFailed = (fields: FieldError[]) =>
  new AppError('validation_failed', fields.map((f) => `${f.path}: ${f.message}`).join('; '), fields);

/** A write from a stale view of a case: someone changed it since the user opened it. */
export const staleCase = (current: number) =>
  new AppError(
    'conflict',
    `The case has changed since you opened it: it is now at version ${current}. Reload it and try again.`,
  );
