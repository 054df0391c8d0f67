import { ApiError, errorCodes, type ErrorCode, type FieldError } from '@refugio/contract';

/** What went wrong talking to the server: an API error code, or `network` / `unexpected`. */
export type FailureCode = ErrorCode | 'network' | 'unexpected';

export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: FailureCode,
    message: string,
    readonly fields: readonly FieldError[] = [],
  ) {
    super(message);
    this.name = 'ApiFailure';
  }
}

/** Any zod schema (structurally), so responses are checked against the contract. */
export interface Schema<T> {
  safeParse(
    data: unknown,
  ): { success: true; data: T } | { success: false; error: { issues: readonly unknown[] } };
}

const unauthenticatedListeners = new Set<() => void>();

/** Called whenever the server says the session is gone, wherever the request came from. */
export function onUnauthenticated(listener: () => void): () => void {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

function codeForStatus(status: number): FailureCode {
  const match = Object.entries(errorCodes).find(([, s]) => s === status);
  return match ? (match[0] as ErrorCode) : 'unexpected';
}

async function failureFrom(response: Response): Promise<ApiFailure> {
  const body: unknown = await response.json().catch(() => undefined);
  const parsed = ApiError.safeParse(body);
  if (parsed.success) {
    const { code, message, fields } = parsed.data.error;
    return new ApiFailure(response.status, code, message, fields ?? []);
  }
  return new ApiFailure(response.status, codeForStatus(response.status), `HTTP ${response.status}`);
}

/**
 * Sent with every request Refugio's pages make. The server refuses changes whose browser says they
 * come from another site; this header is the extra proof a page of another site cannot add without a
 * CORS preflight the server never approves. Raw fetches (uploads, PDFs) spread it into their headers.
 */
export const antiForgeryHeaders: Readonly<Record<string, string>> = { 'x-requested-with': 'refugio' };

interface RequestOptions<T> {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  schema?: Schema<T>;
  signal?: AbortSignal;
}

/** JSON over the session cookie. Resolves with the contract-checked body; rejects with an ApiFailure. */
export async function request<T>(path: string, options: RequestOptions<T> = {}): Promise<T> {
  const { method = 'GET', body, schema, signal } = options;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers:
        body === undefined
          ? { ...antiForgeryHeaders, accept: 'application/json' }
          : { ...antiForgeryHeaders, accept: 'application/json', 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiFailure(0, 'network', error instanceof Error ? error.message : 'Network error');
  }
  if (!response.ok) {
    const failure = await failureFrom(response);
    if (failure.code === 'unauthenticated') unauthenticatedListeners.forEach((listener) => listener());
    throw failure;
  }
  if (!schema) return undefined as T;
  const payload: unknown = await response.json().catch(() => undefined);
  const parsed = schema.safeParse(payload);
  if (!parsed.success) {
    console.error(`Response of ${method} ${path} does not match the contract`, parsed.error.issues);
    throw new ApiFailure(response.status, 'unexpected', 'Response does not match the contract');
  }
  return parsed.data;
}

/** Anything thrown while loading, as an ApiFailure (an abort is not a failure and is rethrown). */
export function asFailure(error: unknown): ApiFailure {
  if (error instanceof ApiFailure) return error;
  return new ApiFailure(0, 'unexpected', error instanceof Error ? error.message : String(error));
}
