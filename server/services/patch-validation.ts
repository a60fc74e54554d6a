/**
 * A PATCH is checked twice: its own fields by its zod schema in the route, and then the record it
 * would leave, by the create schema, so that rules across fields (a subtype that fits the kind,
 * validTo not before validFrom) hold after any patch.
 */
import type { z } from 'zod';
import { validationFailed } from '../errors.js';

// `evidence` is derived from claims (issue #15), never written through a patch.
const SERVER_OWNED_FIELDS = ['id', 'fictional', 'createdAt', 'updatedAt', 'sourceId', 'targetId', 'evidence'];

export function assertPatchLeavesValidRecord(
  current: Record<string, unknown>,
  patch: Record<string, unknown>,
  createSchema: z.ZodType,
  keep: readonly string[] = [],
): void {
  const merged: Record<string, unknown> = { ...current, ...patch };
  for (const key of SERVER_OWNED_FIELDS) if (!keep.includes(key)) delete merged[key];
  for (const [key, value] of Object.entries(merged)) if (value === null) delete merged[key];
  const result = createSchema.safeParse(merged);
  if (!result.success) throw validationFailed('body', result.error.issues);
}
