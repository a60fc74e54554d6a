/**
 * Section 1, API overhead: each main read endpoint against its floor, the same named Cypher
 * (from cypher/, via loadQueryStore) run in one read transaction with a bare neo4j-driver session
 * and no conversion or serialisation. Requests alternate API / floor one at a time, so both see
 * the same machine noise; p50 and p95 of each and their ratios. The API side authenticates with
 * the bench user's API token (a credential lookup per request, as for every real client); the
 * floor sends that user's `$access`.
 */
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { ALL_TIE_RELATIONSHIP_TYPES } from '../server/db/allowlist.js';
import { loadQueryStore } from '../server/db/query-store.js';
import { CYPHER_DIR } from '../server/runtime.js';
import type { AccessParameters } from '../server/access/viewer.js';
import type { FieldAccess } from '../server/presenters/field-access.js';
import { ActorListQuerySchema, TieListQuerySchema } from '../server/contracts/index.js';
import type { BenchUser } from './bench-user.js';
import type { Neo4jTarget } from './environment.js';
import { percentile, timed } from './stats.js';

export interface EndpointOverhead {
  endpoint: string;
  actors: number;
  samples: number;
  api: { p50: number; p95: number };
  driver: { p50: number; p95: number };
  p50Ratio: number;
  p95Ratio: number;
  responseBytes: number;
}

type Floor = (tx: ManagedTransaction) => Promise<unknown>;

/** The endpoints and, for each, the Cypher the API runs for it with the parameters it sends. */
function endpoints(queries: ReturnType<typeof loadQueryStore>, access: AccessParameters, fields: FieldAccess): Array<{ path: string; floor: Floor }> {
  // The floor asks for the page the API serves by default (its contract's defaults), so both fetch the same rows.
  const defaultPage = (query: { limit: number; offset: number }) => ({ limit: neo4j.int(query.limit), offset: neo4j.int(query.offset) });
  const actorPage = defaultPage(ActorListQuerySchema.parse({}));
  const tiePage = defaultPage(TieListQuerySchema.parse({}));
  return [
    {
      path: '/api/graph',
      floor: async (tx) => {
        const actors = await tx.run(queries.get('graph/map-actors'), { kinds: null, areas: null, outputId: null, access, fields });
        const actorIds = actors.records.map((record) => (record.get('node') as { id: string }).id);
        return tx.run(queries.get('graph/map-ties'), { relationshipTypes: ALL_TIE_RELATIONSHIP_TYPES, actorIds, access, at: null });
      },
    },
    {
      path: '/api/actors',
      floor: (tx) => tx.run(queries.get('actors/list-actors'), { access, fields, kinds: null, subtypes: null, areas: null, text: null, ...actorPage }),
    },
    {
      path: '/api/ties',
      floor: (tx) => tx.run(queries.get('ties/list-ties'), { relationshipTypes: ALL_TIE_RELATIONSHIP_TYPES, actorId: null, ...tiePage, access, fields }),
    },
    { path: '/api/outputs', floor: (tx) => tx.run(queries.get('outputs/list-outputs')) },
    // The floor reads the names; the API also pairs them (the import's bounded comparison) in JS.
    { path: '/api/actors/duplicates', floor: (tx) => tx.run(queries.get('merge/list-names'), { access }) },
  ];
}

async function viaApi(baseUrl: string, path: string, headers: Record<string, string>): Promise<number> {
  const response = await fetch(`${baseUrl}${path}`, { headers });
  const body = await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
  return body.byteLength;
}

/** Measures every endpoint on the map currently loaded (`actors` actors). */
export async function measureApiOverhead(
  neo4jTarget: Neo4jTarget, baseUrl: string, user: BenchUser, actors: number, samples: number, log: (line: string) => void,
): Promise<EndpointOverhead[]> {
  const queries = loadQueryStore(CYPHER_DIR);
  const driver: Driver = neo4j.driver(neo4jTarget.uri, neo4j.auth.basic(neo4jTarget.user, neo4jTarget.password));
  const results: EndpointOverhead[] = [];
  try {
    for (const { path, floor } of endpoints(queries, user.access, user.fields)) {
      const runFloor = async () => {
        const session = driver.session({ defaultAccessMode: neo4j.session.READ });
        try {
          await session.executeRead(floor);
        } finally {
          await session.close();
        }
      };
      const warmup = Math.max(5, Math.floor(samples / 5));
      let bytes = 0;
      for (let i = 0; i < warmup; i += 1) {
        bytes = await viaApi(baseUrl, path, user.headers);
        await runFloor();
      }
      const api: number[] = [];
      const bare: number[] = [];
      for (let i = 0; i < samples; i += 1) {
        // Alternate which goes first, so neither always follows the other's cache effects.
        if (i % 2 === 0) {
          api.push((await timed(() => viaApi(baseUrl, path, user.headers))).ms);
          bare.push((await timed(runFloor)).ms);
        } else {
          bare.push((await timed(runFloor)).ms);
          api.push((await timed(() => viaApi(baseUrl, path, user.headers))).ms);
        }
      }
      const row: EndpointOverhead = {
        endpoint: path, actors, samples, responseBytes: bytes,
        api: { p50: percentile(api, 50), p95: percentile(api, 95) },
        driver: { p50: percentile(bare, 50), p95: percentile(bare, 95) },
        p50Ratio: percentile(api, 50) / percentile(bare, 50),
        p95Ratio: percentile(api, 95) / percentile(bare, 95),
      };
      log(`  ${path} (${actors} actors): API p50 ${row.api.p50.toFixed(1)} ms, driver p50 ${row.driver.p50.toFixed(1)} ms, ratio ${row.p50Ratio.toFixed(2)}`);
      results.push(row);
    }
  } finally {
    await driver.close();
  }
  return results;
}
