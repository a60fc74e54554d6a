/**
 * The one entry point through which every analysis reads actors and ties. Analyses must compute
 * on exactly the subgraph the caller may see; access control restricts it here, in `loadVisibleGraph`
 * (the viewer's clearance and grants, applied in the Cypher itself), and every analysis (including the ids it passes to its own queries for
 * roles, mechanisms and engagements) follows without further change.
 */
import { evidenceOrUnsourced, readEvidenceAsOf } from '../history/evidence-as-of.js';
import { TIE_TYPES, type AnalysisActor, type EvidenceGrade, type TieType } from '../contracts/index.js';
import { accessParameters, type Viewer } from '../access/viewer.js';
import type { Database } from '../db/database.js';
import { ALL_TIE_RELATIONSHIP_TYPES, relationshipTypeForTie } from '../db/allowlist.js';
import { visibleActors, visibleTies, type VisibleActorRow, type VisibleTieRow } from '../queries/analysis.js';
import { asOfActors, asOfTies, type AsOf } from './as-of-reads.js';

/** An actor with the fields the analyses read. */
export interface VisibleActor extends AnalysisActor {
  influence: number | null;
  doNoHarmRole: 'connector' | 'divider' | 'both' | 'unknown';
  womenFocus: boolean;
  youthFocus: boolean;
  basedIn: string[];
  activeIn: string[];
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
  /** The evidence grade at the viewer's clearance (issue #15). */
  evidenceGrade: EvidenceGrade;
}

export interface VisibleGraph {
  actors: VisibleActor[];
  ties: VisibleTie[];
  /** Actor by id, for presenting ids with names. */
  byId: Map<string, VisibleActor>;
  /**
   * The date (epoch milliseconds) the graph was read as of, or null for the present. The other
   * loaders (engagements, roles, mechanisms, areas) read the same date, so one analysis never mixes
   * the past and the present.
   */
  asOf?: AsOf;
}

/** Which ties count: types (default all) and a date on which they must be valid (default any). */
export interface GraphFilters {
  tieTypes?: readonly TieType[] | undefined;
  date?: string | undefined;
  /** `corroborated`: only ties the viewer's visible claims corroborate (issue #15). */
  evidence?: 'all' | 'corroborated' | undefined;
  /** The map as it was at this date (epoch milliseconds; issue 14): versions instead of records. */
  asOf?: number | undefined;
}

/** When an analysis looks: `asOf` (epoch milliseconds) for the map as it was; absent for the present. */
export interface AnalysisDate {
  asOf?: number | undefined;
}

/** Loads the subgraph the viewer may see, with the ties the filters keep, in one read transaction. */
export async function loadVisibleGraph(db: Database, filters: GraphFilters, viewer: Viewer): Promise<VisibleGraph> {
  if (filters.asOf !== undefined) return loadVisibleGraphAsOf(db, filters, viewer, filters.asOf);
  return db.readTransaction(async (tx) => {
    const access = accessParameters(viewer);
    const actorRows = await tx.run(visibleActors, { access });
    const actors = actorRows.map((row) => toActor(row.actor));
    const tieRows = await tx.run(visibleTies, {
      relationshipTypes: filters.tieTypes ? filters.tieTypes.map(relationshipTypeForTie) : ALL_TIE_RELATIONSHIP_TYPES,
      actorIds: actors.map((actor) => actor.id),
      date: filters.date ?? null,
      corroboratedOnly: filters.evidence === 'corroborated',
      access,
    });
    const ties = tieRows.map((row) => toTie(row.tie));
    return { actors, ties, byId: new Map(actors.map((actor) => [actor.id, actor])), asOf: null };
  });
}

/**
 * The same subgraph as it was at `at`: the actor and tie versions open then, each judged as it
 * was (@visibleActorVersion, @visibleTieVersion), so an actor hidden at that date, or raised since,
 * leaves no trace in any analysis of it.
 */
async function loadVisibleGraphAsOf(db: Database, filters: GraphFilters, viewer: Viewer, at: number): Promise<VisibleGraph> {
  return db.readTransaction(async (tx) => {
    const access = accessParameters(viewer);
    const actors = (await tx.run(asOfActors, { at, access })).map((row) => toActor(row.actor));
    const tieRows = await tx.run(asOfTies, {
      at,
      types: filters.tieTypes ? [...filters.tieTypes] : [...TIE_TYPES],
      actorIds: actors.map((actor) => actor.id),
      date: filters.date ?? null,
      access,
    });
    // Graded from the claims as they were then, not today's stored grades.
    const evidence = await readEvidenceAsOf(tx, at, access);
    const ties = tieRows
      .map((row) => ({ ...toTie(row.tie), evidenceGrade: evidenceOrUnsourced(evidence.ties, row.tie.id).grade }))
      .filter((tie) => filters.evidence !== 'corroborated' || tie.evidenceGrade === 'corroborated');
    return { actors, ties, byId: new Map(actors.map((actor) => [actor.id, actor])), asOf: at };
  });
}

/** Just the id, name, kind and subtype, for responses. */
export function actorRef(actor: AnalysisActor): AnalysisActor {
  return { id: actor.id, name: actor.name, kind: actor.kind, subtype: actor.subtype };
}

/** An analysis row as the analyses take it, with the defaults of fields an older or imported record lacks. */
export function toActor(row: VisibleActorRow): VisibleActor {
  return {
    id: row.id,
    name: row.name ?? row.id,
    kind: row.kind,
    subtype: row.subtype ?? null,
    influence: row.influence ?? null,
    doNoHarmRole: row.doNoHarmRole ?? 'unknown',
    womenFocus: row.womenFocus === true,
    youthFocus: row.youthFocus === true,
    basedIn: row.basedIn,
    activeIn: row.activeIn,
  };
}

/** A tie row as the analyses take it, with the defaults of fields an older or imported record lacks. */
export function toTie(row: VisibleTieRow): VisibleTie {
  return {
    id: row.id,
    type: row.type,
    sourceId: row.sourceId,
    targetId: row.targetId,
    directed: row.directed === true,
    strength: row.strength ?? 2,
    confidence: row.confidence ?? 'reported',
    outputId: row.outputId ?? null,
    evidenceGrade: (row.evidenceGrade as EvidenceGrade | null | undefined) ?? 'unsourced',
  };
}
