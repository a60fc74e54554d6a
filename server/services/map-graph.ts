/** The map as Cytoscape.js elements: the filtered actors, then the ties among them. */
import type { GraphElements, GraphQuery } from '../contracts/index.js';
import { accessParameters, type Viewer } from '../access/viewer.js';
import type { Database } from '../db/database.js';
import { ALL_TIE_RELATIONSHIP_TYPES, relationshipTypeForTie } from '../db/allowlist.js';
import { mapActors, mapTies } from '../queries/graph.js';
import { fieldAccess } from '../presenters/field-access.js';
import { presentGraph } from '../presenters/graph.js';

export interface MapGraph {
  /** The actors and ties the viewer may see, filtered by the query. */
  elements(query: GraphQuery, viewer: Viewer): Promise<GraphElements>;
}

export function createMapGraph(db: Database): MapGraph {
  return {
    // Two single reads rather than one read transaction: Neo4j reads at read-committed isolation,
    // so a transaction would not show the two queries one snapshot either, and each single read is
    // one round trip to the database where a transaction adds a BEGIN and a COMMIT. A tie is kept
    // only if both its ends are among the actors read first, whatever changed in between.
    async elements(query, viewer) {
      const access = accessParameters(viewer);
      const actorRows = await db.read(mapActors, {
        kinds: query.kinds ?? null,
        areas: query.areas ?? null,
        outputId: query.output ?? null,
        access,
        fields: fieldAccess(viewer),
      });
      const nodes = actorRows.map((row) => row.node);
      const tieRows = await db.read(mapTies, {
        relationshipTypes: query.tieTypes ? query.tieTypes.map(relationshipTypeForTie) : ALL_TIE_RELATIONSHIP_TYPES,
        actorIds: nodes.map((node) => node.id),
        access,
        at: query.at ?? null,
      });
      return presentGraph(
        nodes,
        tieRows.map((row) => row.edge),
      );
    },
  };
}
