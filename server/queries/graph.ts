/** Typed handles on `cypher/graph/`: the map as Cytoscape.js elements (GET /api/graph). */
import { z } from 'zod';
import type { FieldAccess } from '../presenters/field-access.js';
import { query } from '../db/typed-query.js';
import { RecordMapSchema, type WithAccess } from './rows.js';

const MapActorRowSchema = z.object({ node: RecordMapSchema.and(z.object({ id: z.string() })) });
const MapTieRowSchema = z.object({ edge: RecordMapSchema.and(z.object({ id: z.string(), source: z.string(), target: z.string() })) });

export const mapActors = query<
  WithAccess & { kinds: readonly string[] | null; areas: readonly string[] | null; outputId: string | null; fields: FieldAccess },
  z.infer<typeof MapActorRowSchema>
>('graph/map-actors', MapActorRowSchema);

export const mapTies = query<
  WithAccess & { relationshipTypes: readonly string[]; actorIds: string[]; at: string | null },
  z.infer<typeof MapTieRowSchema>
>('graph/map-ties', MapTieRowSchema);
