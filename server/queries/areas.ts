/** Typed handles on `cypher/areas/` reads that need no viewer (areas are reference data). */
import { z } from 'zod';
import { query } from '../db/typed-query.js';
import { RecordMapSchema } from './rows.js';

const AreaRowSchema = z.object({ area: RecordMapSchema.and(z.object({ id: z.string(), name: z.string() })) });

export const listAreas = query<Record<string, never>, z.infer<typeof AreaRowSchema>>('areas/list-areas', AreaRowSchema);
