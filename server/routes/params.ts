/** Path parameters shared by the resource routes. */
import { z } from 'zod';
import { IdSchema } from '../contracts/index.js';

export const IdParamsSchema = z.strictObject({ id: IdSchema });

/** Optional `Idempotency-Key` of a create: retrying with the same key creates the record once. */
export const IdempotencyHeadersSchema = z.object({
  'idempotency-key': z.string().min(8).max(200).optional().describe('Same key, same record: a retried create does not write twice'),
});
