/** Typed handles on `cypher/merge/`: duplicate suggestions and the same-name check before a create. */
import { z } from 'zod';
import { query } from '../db/typed-query.js';
import type { WithAccess } from './rows.js';

const NamesRowSchema = z.object({ id: z.string(), name: z.string(), acronym: z.string().nullable(), aliases: z.array(z.string()) });
export const listNames = query<WithAccess, z.infer<typeof NamesRowSchema>>('merge/list-names', NamesRowSchema);

const SameNameRowSchema = z.object({ id: z.string(), name: z.string() });
export const findSameNames = query<WithAccess & { keys: string[]; exceptId: string }, z.infer<typeof SameNameRowSchema>>(
  'merge/find-same-names',
  SameNameRowSchema,
);

/** Where a merged id went, for those who may see where; no row otherwise. */
const MergedIntoRowSchema = z.object({ mergedInto: z.string() });
export const findMergedInto = query<WithAccess & { id: string }, z.infer<typeof MergedIntoRowSchema>>(
  'merge/find-merged-into',
  MergedIntoRowSchema,
);
