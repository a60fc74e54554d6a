/** The one shape of every error response. */
import { z } from 'zod';
import { MESSAGE_CODES, MessageParamsSchema } from './message-codes.js';

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

const messageCode = z
  .string()
  .optional()
  .describe(
    `The message as a stable code (issue 17), for a client to say in its user\u2019s language; absent when only the English states it. One of: ${Object.keys(MESSAGE_CODES).join(', ')}`,
  );
const params = MessageParamsSchema.optional().describe('The values the messageCode\u2019s sentence names');

export const FieldProblemSchema = z.object({
  path: z.string().describe('Dotted path of the failing field, e.g. body.influence'),
  message: z.string().describe('In English'),
  messageCode,
  params,
});

export const ErrorBodySchema = z.object({
  error: z.object({
    code: z.enum(ERROR_CODES),
    message: z.string().describe('In English; the same as messageCode + params'),
    messageCode,
    params,
    details: z
      .union([
        z.array(FieldProblemSchema),
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
