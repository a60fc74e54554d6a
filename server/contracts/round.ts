/** Mapping rounds (issue 14): named, dated points of the record, and `asOf` on the map's reads. */
import { z } from 'zod';
import { IdSchema, text } from './common.js';

const DateTimeSchema = z.iso.datetime({ offset: true, error: 'must be an ISO date-time, e.g. 2026-09-30T12:00:00Z' });

export const RoundSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  signedOffBy: z.string().nullable(),
  /** The date-time the round names (ISO, UTC): the map as of then is the round's map. */
  at: z.string(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
});
export type Round = z.infer<typeof RoundSchema>;

export const RoundCreateSchema = z.strictObject({
  name: text(200),
  description: z.string().max(5000).optional(),
  signedOffBy: text(200).nullable().optional(),
  at: DateTimeSchema.optional().describe('The date-time the round names; now when absent'),
});
export type RoundCreate = z.infer<typeof RoundCreateSchema>;

export const RoundPatchSchema = z
  .strictObject({
    name: text(200).optional(),
    description: z.string().max(5000).optional(),
    signedOffBy: text(200).nullable().optional(),
    at: DateTimeSchema.optional(),
  })
  .refine((patch) => Object.keys(patch).length > 0, { message: 'must change at least one field' });
export type RoundPatch = z.infer<typeof RoundPatchSchema>;

export const RoundListSchema = z.object({ items: z.array(RoundSchema) });

/**
 * `asOf` on the map's reads: a round id or an ISO date-time. Either way the map, lists and
 * analyses show the record as it was then, read-only.
 */
export const AsOfSchema = z
  .union([DateTimeSchema, IdSchema])
  .optional()
  .describe('The record as it was at a round (its id) or an ISO date-time; a date-time in the future is refused (400)');
