/** The map as Cytoscape.js elements: the filtered actors, then the ties among them. */
import type { GraphElements, GraphQuery } from '../contracts/index.js';
import type { Database } from '../db/database.js';
import { ALL_TIE_RELATIONSHIP_TYPES, relationshipTypeForTie } from '../db/allowlist.js';
import { presentGraph } from '../presenters/graph.js';

export interface MapGraph {
  elements(query: GraphQuery): Promise<GraphElements>;
}

export function createMapGraph(db: Database): MapGraph {
  db.requireQueries('graph/map-actors', 'graph/map-ties');
  return {
    elements: (query) =>
      db.readTransaction(async (tx) => {
        const actorRows = await tx.run('graph/map-actors', {
          kinds: query.kinds ?? null,
          areas: query.areas ?? null,
          outputId: query.output ?? null,
        });
        const nodes = actorRows.map((row) => row.node as Record<string, unknown>);
        const tieRows = await tx.run('graph/map-ties', {
          relationshipTypes: query.tieTypes ? query.tieTypes.map(relationshipTypeForTie) : ALL_TIE_RELATIONSHIP_TYPES,
          actorIds: nodes.map((node) => node.id),
          at: query.at ?? null,
        });
        return presentGraph(nodes, tieRows.map((row) => row.edge as Record<string, unknown>));
      }),
  };
}
