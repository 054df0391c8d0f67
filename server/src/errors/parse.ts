import type { z } from 'zod';
import { validationFailed } from './app-error';

/** Parses input with a contract schema, turning every issue into a field error that names its path. */
export function parseOrThrow<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  throw validationFailed(
    result.error.issues.map((issue) => ({
      path: issue.path.map(String).join('.') || '(body)',
      code: issue.code,
      message: issue.message,
    })),
  );
}
