/** Validates each part of a request with its zod schema; a failure is a 400 naming every field. */
import type { z } from 'zod';
import { validationFailed } from '../errors.js';

export function parseRequestPart<T>(schema: z.ZodType<T> | undefined, value: unknown, where: 'params' | 'query' | 'body' | 'headers'): T {
  if (!schema) return undefined as T;
  const result = schema.safeParse(value ?? (where === 'body' ? undefined : {}));
  if (!result.success) throw validationFailed(where, result.error.issues);
  return result.data;
}
