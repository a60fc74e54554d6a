/** Typed handles on `cypher/areas/` reads that need no viewer (areas are reference data). */
import { z } from 'zod';
import { query } from '../db/typed-query.js';
import { MissingRowSchema, RecordMapSchema, type MissingRow } from './rows.js';

const AreaRowSchema = z.object({ area: RecordMapSchema.and(z.object({ id: z.string(), name: z.string() })) });

export const listAreas = query<Record<string, never>, z.infer<typeof AreaRowSchema>>('areas/list-areas', AreaRowSchema);

/** Admin areas are reference data: the ids take no viewer. */
export const findMissingAreas = query<{ ids: string[] }, MissingRow>('areas/find-missing-areas', MissingRowSchema);
