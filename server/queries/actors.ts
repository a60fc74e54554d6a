/** Typed handles on `cypher/actors/`. */
import { z } from 'zod';
import { query } from '../db/typed-query.js';
import type { WithAccess } from './rows.js';

/** `a {.id, .name, .kind, .subtype, .reviewBy, .sensitivity}`: the retention listing's fields as stored. */
const OverdueActorRowSchema = z.object({
  actor: z.object({
    id: z.string(),
    name: z.string(),
    kind: z.string(),
    subtype: z.string().nullable(),
    reviewBy: z.string(),
    sensitivity: z.string().nullable(),
  }),
});
export const listOverdueActors = query<WithAccess & { today: string }, z.infer<typeof OverdueActorRowSchema>>(
  'actors/list-overdue-actors',
  OverdueActorRowSchema,
);
