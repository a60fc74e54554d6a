/** Admin areas (regions, provinces, districts) where actors are based or active. */
import { z } from 'zod';
import { IdSchema, text } from './common.js';

export const AdminAreaSchema = z.object({
  id: IdSchema,
  name: text(200),
  pcode: z.string().max(40).nullable().default(null).describe('OCHA place code, when known'),
  level: z.number().int().min(0).max(4).default(1),
  parentId: IdSchema.nullable().default(null),
  isCapital: z.boolean().default(false),
});
export type AdminArea = z.infer<typeof AdminAreaSchema>;
