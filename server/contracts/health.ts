/** GET /api/health: is the API up, and which Neo4j does it reach. */
import { z } from 'zod';

export const HealthSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  neo4j: z.object({
    reachable: z.boolean(),
    version: z.string().nullable(),
    edition: z.string().nullable(),
  }),
});
export type Health = z.infer<typeof HealthSchema>;
