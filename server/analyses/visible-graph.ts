/**
 * The one entry point through which every analysis reads actors and ties. Analyses must compute
 * on exactly the subgraph the caller may see; access control restricts it here, in `loadVisibleGraph`
 * (the viewer's clearance and grants, applied in the Cypher itself), and every analysis (including the ids it passes to its own queries for
 * roles, mechanisms and engagements) follows without further change.
 */
import type { ActorKind, AnalysisActor, TieType } from '../contracts/index.js';
import { accessParameters, type Viewer } from '../access/viewer.js';
import type { Database } from '../db/database.js';
import { ALL_TIE_RELATIONSHIP_TYPES, relationshipTypeForTie } from '../db/allowlist.js';

/** An actor with the fields the analyses read. */
export interface VisibleActor extends AnalysisActor {
  influence: number | null;
  doNoHarmRole: 'connector' | 'divider' | 'both' | 'unknown';
  womenFocus: boolean;
  youthFocus: boolean;
  basedIn: string[];
}

/** A tie between two visible actors. */
export interface VisibleTie {
  id: string;
  type: TieType;
  sourceId: string;
  targetId: string;
  directed: boolean;
  strength: number;
  confidence: 'reported' | 'corroborated' | 'confirmed';
  outputId: string | null;
}

export interface VisibleGraph {
  actors: VisibleActor[];
  ties: VisibleTie[];
  /** Actor by id, for presenting ids with names. */
  byId: Map<string, VisibleActor>;
}

/** Which ties count: types (default all) and a date on which they must be valid (default any). */
export interface GraphFilters {
  tieTypes?: readonly TieType[] | undefined;
  date?: string | undefined;
}

/** Loads the subgraph the viewer may see, with the ties the filters keep, in one read transaction. */
export async function loadVisibleGraph(db: Database, filters: GraphFilters, viewer: Viewer): Promise<VisibleGraph> {
  return db.readTransaction(async (tx) => {
    const access = accessParameters(viewer);
    const actorRows = await tx.run('analysis/visible-actors', { access });
    const actors = actorRows.map((row) => toActor(row.actor as Record<string, unknown>));
    const tieRows = await tx.run('analysis/visible-ties', {
      relationshipTypes: filters.tieTypes ? filters.tieTypes.map(relationshipTypeForTie) : ALL_TIE_RELATIONSHIP_TYPES,
      actorIds: actors.map((actor) => actor.id),
      date: filters.date ?? null,
      access,
    });
    const ties = tieRows.map((row) => toTie(row.tie as Record<string, unknown>));
    return { actors, ties, byId: new Map(actors.map((actor) => [actor.id, actor])) };
  });
}

/** The query names this module needs, checked when a module using it is built. */
export const VISIBLE_GRAPH_QUERIES = ['analysis/visible-actors', 'analysis/visible-ties'] as const;

/** Just the id, name, kind and subtype, for responses. */
export function actorRef(actor: AnalysisActor): AnalysisActor {
  return { id: actor.id, name: actor.name, kind: actor.kind, subtype: actor.subtype };
}

function toActor(row: Record<string, unknown>): VisibleActor {
  return {
    id: String(row.id),
    name: String(row.name ?? row.id),
    kind: row.kind as ActorKind,
    subtype: (row.subtype as string | null) ?? null,
    influence: typeof row.influence === 'number' ? row.influence : null,
    doNoHarmRole: ((row.doNoHarmRole as string | null) ?? 'unknown') as VisibleActor['doNoHarmRole'],
    womenFocus: row.womenFocus === true,
    youthFocus: row.youthFocus === true,
    basedIn: (row.basedIn as string[] | null) ?? [],
  };
}

function toTie(row: Record<string, unknown>): VisibleTie {
  return {
    id: String(row.id),
    type: row.type as TieType,
    sourceId: String(row.sourceId),
    targetId: String(row.targetId),
    directed: row.directed === true,
    strength: typeof row.strength === 'number' ? row.strength : 2,
    confidence: ((row.confidence as string | null) ?? 'reported') as VisibleTie['confidence'],
    outputId: (row.outputId as string | null) ?? null,
  };
}
