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

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function createMapGraph(db: Database): MapGraph {
  return {
    // Two single reads rather than one read transaction: Neo4j reads at read-committed isolation,
    // so a transaction would not show the two queries one snapshot either, and each single read is
    // one round trip to the database where a transaction adds a BEGIN and a COMMIT. A tie is kept
    // only if both its ends are among the actors read first, whatever changed in between.
    async elements(query, viewer) {
      const access = accessParameters(viewer);
      const filtered = Boolean(query.kinds || query.areas || query.output);
      const readActors = db.read(mapActors, {
        kinds: query.kinds ?? null,
        areas: query.areas ?? null,
        outputId: query.output ?? null,
        access,
        fields: fieldAccess(viewer),
      });
      const readTies = (actorIds: string[] | null) =>
        db.read(mapTies, {
          relationshipTypes: query.tieTypes ? query.tieTypes.map(relationshipTypeForTie) : ALL_TIE_RELATIONSHIP_TYPES,
          actorIds,
          access,
          at: query.at ?? null,
        });
      // The whole map: both reads at once, the ties between any two visible actors (a list of
      // 20,000 ids to test each end against cost the database more than the visibility test),
      // then only those whose two ends were read. A filtered map: its actors first, then their ties.
      const [nodes, tieRows] = filtered
        ? await readActors.then(async (rows) => [rows, await readTies(rows.map((row) => row.id))] as const)
        : await Promise.all([readActors, readTies(null)]);
      const ids = new Set(nodes.map((node) => node.id));
      for (const node of nodes) {
        node.basedIn.sort(byText);
        node.activeIn.sort(byText);
      }
      return presentGraph(nodes, filtered ? tieRows : tieRows.filter((edge) => ids.has(edge.source) && ids.has(edge.target)));
    },
  };
}
