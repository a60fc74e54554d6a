/** The one shape of every error response. */
import { z } from 'zod';

export const ERROR_CODES = [
  'validation_failed',
  'unauthenticated',
  'forbidden',
  'not_found',
  'conflict',
  /** A grant request by an administrator who created the user's account or set its password (the owner has not set their own since). */
  'requester_controls_account',
  /** Creating an actor whose folded name, acronym or alias another already has; details.existingIds. */
  'possible_duplicate',
  'payload_too_large',
  'unsupported_media_type',
  'rate_limited',
  'database_unavailable',
  'server_busy',
  'internal_error',
] as const;

export const ErrorBodySchema = z.object({
  error: z.object({
    code: z.enum(ERROR_CODES),
    message: z.string(),
    details: z
      .union([
        z.array(z.object({ path: z.string().describe('Dotted path of the failing field, e.g. body.influence'), message: z.string() })),
        z.object({
          mergedInto: z.string().optional().describe('404 for an actor merged into another: the kept actor'),
          existingIds: z.array(z.string()).optional().describe('possible_duplicate: the actors that already carry the name'),
        }),
      ])
      .optional(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBodySchema>;
export type ErrorCode = (typeof ERROR_CODES)[number];
