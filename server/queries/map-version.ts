/** Typed handle on the map's version token (cypher/graph/map-version.cypher), for ETags and the map cache. */
import { z } from 'zod';
import { query } from '../db/typed-query.js';

const MapVersionRowSchema = z.object({ token: z.string().nullable() });

export const mapVersion = query<Record<string, never>, z.infer<typeof MapVersionRowSchema>>('graph/map-version', MapVersionRowSchema);
