/** Typed handles on `cypher/graph/`: the map as Cytoscape.js elements (GET /api/graph). */
import { z } from 'zod';
import type { FieldAccess } from '../presenters/field-access.js';
import { query } from '../db/typed-query.js';
import { RecordMapSchema, type WithAccess } from './rows.js';

/** One actor per row, one column per field (the presenter reads the row as the record). */
const MapActorRowSchema = RecordMapSchema.and(z.object({ id: z.string(), basedIn: z.array(z.string()), activeIn: z.array(z.string()) }));
/** One tie per row, one column per field. */
const MapTieRowSchema = RecordMapSchema.and(z.object({ id: z.string(), source: z.string(), target: z.string() }));

export const mapActors = query<
  WithAccess & { kinds: readonly string[] | null; areas: readonly string[] | null; outputId: string | null; fields: FieldAccess },
  z.infer<typeof MapActorRowSchema>
>('graph/map-actors', MapActorRowSchema);

/** `actorIds` null: every tie between two visible actors (the caller keeps those between the actors it read). */
export const mapTies = query<
  WithAccess & { relationshipTypes: readonly string[]; actorIds: string[] | null; at: string | null },
  z.infer<typeof MapTieRowSchema>
>('graph/map-ties', MapTieRowSchema);
