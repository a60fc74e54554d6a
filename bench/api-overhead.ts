/**
 * Section 1, API overhead: each main read endpoint (and two writes: assigning a role, logging an engagement) against its floor, the same named Cypher
 * (from cypher/, via loadQueryStore) run in one read transaction with a bare neo4j-driver session
 * and no conversion or serialisation. Requests alternate API / floor one at a time, so both see
 * the same machine noise; p50 and p95 of each and their ratios. The API side authenticates with
 * the bench user's API token (a credential lookup per request, as for every real client); the
 * floor sends that user's `$access`.
 */
import { randomUUID } from 'node:crypto';
import { Agent, request } from 'node:http';
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { ALL_TIE_RELATIONSHIP_TYPES } from '../server/db/allowlist.js';
import { loadQueryStore } from '../server/db/query-store.js';
import { CYPHER_DIR } from '../server/runtime.js';
import type { AccessParameters } from '../server/access/viewer.js';
import type { FieldAccess } from '../server/presenters/field-access.js';
import { findDuplicates } from '../server/imports/duplicate-suggestions.js';
import { DEFAULT_IMPORT_LIMITS } from '../server/imports/limits.js';
import { ActorListQuerySchema, DuplicateListQuerySchema, TieListQuerySchema, type LoggedEngagement } from '../server/contracts/index.js';
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
  /** The map's claims per tie on average (issue 15's speed rule is set at three), on the rows that read ties. */
  claimsPerTie?: number;
}

type Floor = (tx: ManagedTransaction) => Promise<unknown>;

/** A write endpoint: the body of each request (a new record each time) and its floor runs in a write transaction. */
interface WriteRequest {
  method: 'POST';
  body: () => unknown;
}

/** The ids a role assignment names: an actor, an output and an area of the loaded map, read through the API. */
async function roleTargets(
  baseUrl: string,
  headers: Record<string, string>,
): Promise<{ actorId: string; outputId: string; areaId: string }> {
  const read = async (path: string): Promise<unknown> => (await fetch(`${baseUrl}${path}`, { headers })).json();
  const firstId = (items: unknown) => ((items as { id: string }[])[0] ?? { id: '' }).id;
  const [actors, outputs, areas] = await Promise.all([read('/api/actors?limit=1'), read('/api/outputs'), read('/api/areas')]);
  return { actorId: firstId((actors as { items: unknown }).items), outputId: firstId(outputs), areaId: firstId(areas) };
}

/**
 * POST /api/engagements against the same statements in one bare write transaction: the reference
 * checks (section, area, participants, outputs), the create, the audit event and the read back
 * (engagement-store.ts). Logs a copy of an engagement the bench map already has, so the ids exist.
 */
function engagementWrite(
  queries: ReturnType<typeof loadQueryStore>,
  access: AccessParameters,
  fields: FieldAccess,
  userId: string,
  template: LoggedEngagement,
): { path: string; floor: Floor; write: WriteRequest } {
  const body = {
    date: template.date.slice(0, 10),
    sectionId: template.sectionId,
    actorIds: template.actorIds,
    format: template.format,
    areaId: template.areaId,
    outputIds: template.outputIds,
    summary: 'Bench engagement',
    followUps: [{ text: 'Bench follow-up', due: null, done: false }],
  };
  return {
    path: '/api/engagements',
    write: { method: 'POST', body: () => body },
    floor: async (tx) => {
      const id = randomUUID();
      const check = (name: string, ids: readonly (string | null)[]) => (ids.length > 0 ? tx.run(queries.get(name), { ids, access }) : null);
      await check('engagements/find-missing-sections', [body.sectionId]);
      await check('areas/find-missing-areas', [body.areaId]);
      await check('actors/find-missing-actors', body.actorIds);
      await check('outputs/find-missing-outputs', body.outputIds);
      await tx.run(queries.get('engagements/create-engagement'), {
        properties: {
          id,
          date: body.date,
          format: body.format,
          summary: body.summary,
          womensMechanism: false,
          youthMechanism: false,
          sensitivity: 'internal',
          followUpTexts: ['Bench follow-up'],
          followUpDues: [''],
          followUpDone: [false],
          fictional: false,
        },
        writeToken: randomUUID(),
        sectionId: body.sectionId,
        areaId: body.areaId,
        actorIds: body.actorIds,
        outputIds: body.outputIds,
      });
      await tx.run(queries.get('access/record-audit-event'), {
        id: randomUUID(),
        userId,
        action: 'create',
        targetType: 'engagement',
        targetIds: [id],
        detail: null,
        subjects: [],
      });
      return tx.run(queries.get('engagements/get-engagement'), { id, access, fields });
    },
  };
}

/** An engagement of the loaded map, to log copies of (null on a map without engagements). */
async function engagementTemplate(baseUrl: string, headers: Record<string, string>): Promise<LoggedEngagement | null> {
  const response = await fetch(`${baseUrl}/api/engagements?limit=1`, { headers });
  const page = (await response.json()) as { items?: LoggedEngagement[] };
  const template = page.items?.[0];
  return template && template.sectionId && template.areaId ? template : null;
}

/** The endpoints and, for each, the Cypher the API runs for it with the parameters it sends. */
function endpoints(
  queries: ReturnType<typeof loadQueryStore>,
  access: AccessParameters,
  fields: FieldAccess,
  role: { actorId: string; outputId: string; areaId: string; userId: string },
): Array<{ path: string; floor: Floor; write?: WriteRequest }> {
  // The floor asks for the page the API serves by default (its contract's defaults), so both fetch the same rows.
  const defaultPage = (query: { limit: number; offset: number }) => ({ limit: neo4j.int(query.limit), offset: neo4j.int(query.offset) });
  const actorPage = defaultPage(ActorListQuerySchema.parse({}));
  const tiePage = defaultPage(TieListQuerySchema.parse({}));
  const visibleGraphFloor: Floor = async (tx) => {
    const actors = await tx.run(queries.get('analysis/visible-actors'), { access });
    const actorIds = actors.records.map((record) => (record.get('actor') as { id: string }).id);
    return tx.run(queries.get('analysis/visible-ties'), {
      relationshipTypes: ALL_TIE_RELATIONSHIP_TYPES,
      actorIds,
      date: null,
      access,
      corroboratedOnly: false,
    });
  };
  return [
    {
      path: '/api/graph',
      floor: async (tx) => {
        // The whole map, as the API reads it: the actors, and the ties between visible actors (actorIds null).
        await tx.run(queries.get('graph/map-actors'), { kinds: null, areas: null, outputId: null, access, fields });
        return tx.run(queries.get('graph/map-ties'), { relationshipTypes: ALL_TIE_RELATIONSHIP_TYPES, actorIds: null, access, at: null });
      },
    },
    {
      path: '/api/actors',
      floor: (tx) =>
        tx.run(queries.get('actors/list-actors'), { access, fields, kinds: null, subtypes: null, areas: null, text: null, ...actorPage }),
    },
    {
      path: '/api/ties',
      floor: (tx) =>
        tx.run(queries.get('ties/list-ties'), { relationshipTypes: ALL_TIE_RELATIONSHIP_TYPES, actorId: null, ...tiePage, access, fields }),
    },
    { path: '/api/outputs', floor: (tx) => tx.run(queries.get('outputs/list-outputs')) },
    {
      // Sources and claims (issue #15): each claim's visibility checks its source and its tie or actor.
      path: '/api/claims',
      floor: (tx) =>
        tx.run(queries.get('evidence/list-claims'), {
          relationshipTypes: ALL_TIE_RELATIONSHIP_TYPES,
          tieId: null,
          actorId: null,
          sourceId: null,
          contested: null,
          limit: neo4j.int(200),
          offset: neo4j.int(0),
          access,
        }),
    },
    {
      path: '/api/sources',
      floor: (tx) =>
        tx.run(queries.get('evidence/list-sources'), {
          relationshipTypes: ALL_TIE_RELATIONSHIP_TYPES,
          kind: null,
          limit: neo4j.int(200),
          offset: neo4j.int(0),
          access,
        }),
    },
    {
      // Assigning a role: the API checks the three references, the id, writes the role and its audit event and reads it back, in one transaction.
      path: '/api/output-roles',
      write: { method: 'POST', body: () => ({ actorId: role.actorId, outputId: role.outputId, role: 'support', areaIds: [role.areaId] }) },
      floor: async (tx) => {
        const id = randomUUID();
        await tx.run(queries.get('actors/find-missing-actors'), { ids: [role.actorId], access });
        await tx.run(queries.get('outputs/find-missing-outputs'), { ids: [role.outputId], access });
        await tx.run(queries.get('areas/find-missing-areas'), { ids: [role.areaId], access });
        await tx.run(queries.get('output-roles/find-output-role-id'), { id });
        const properties = { id, areaIds: [role.areaId], note: '' };
        await tx.run(queries.get('output-roles/create-output-role'), {
          actorId: role.actorId,
          outputId: role.outputId,
          relationshipType: 'SUPPORTS',
          properties,
          writeToken: randomUUID(),
          access,
        });
        await tx.run(queries.get('access/record-audit-event'), {
          id: randomUUID(),
          userId: role.userId,
          action: 'create',
          targetType: 'output role',
          targetIds: [id],
          detail: 'POST /api/output-roles',
          subjects: [],
        });
        // A role can change what the map's output filter shows: the write gives the map a new version (ETags of /api/graph).
        await tx.run(queries.get('graph/bump-map-version'));
        return tx.run(queries.get('output-roles/get-output-role'), { id, access });
      },
    },
    {
      // The floor reads the names and pairs them with the same bounded comparison the API runs
      // (the work the list exists for), so the ratio is what the API adds: auth, checks, JSON.
      path: '/api/actors/duplicates',
      floor: async (tx) => {
        const result = await tx.run(queries.get('merge/list-names'), { access });
        const actors = result.records.map((record) => ({
          id: record.get('id') as string,
          name: record.get('name') as string,
          acronym: record.get('acronym') as string | null,
          aliases: (record.get('aliases') as string[] | null) ?? [],
          existing: false,
        }));
        findDuplicates(actors, [], {
          maxSuggestions: DuplicateListQuerySchema.parse({}).limit,
          maxComparisons: DEFAULT_IMPORT_LIMITS.maxDuplicateComparisons,
        });
        return result;
      },
    },
    // The area map (issue 16) at map scale: a picture reads the visible graph as the analyses do (the
    // actors, then the ties between them) and counts per area or per pair of areas in the API; the
    // geometry is one read of the areas' simplified boundaries (the bench map's areas have none, so
    // this row measures the read and the empty collection, not drawing-sized GeoJSON).
    { path: '/api/areas/picture?layer=actors', floor: visibleGraphFloor },
    { path: '/api/areas/picture?layer=ties', floor: visibleGraphFloor },
    { path: '/api/areas/geometry', floor: (tx) => tx.run(queries.get('boundaries/area-geometry'), { level: null, parent: null }) },
    // The caller's recent imports: the API also parses each stored report for its counts.
    {
      path: '/api/imports?mine=true',
      floor: (tx) => tx.run(queries.get('import/list-my-jobs'), { userId: role.userId, keepDays: neo4j.int(7), limit: neo4j.int(10) }),
    },
    // The coordination briefing at map scale: its floor is the Cypher it reads (the export graph it
    // redacts, the visible graph and the coordination rows); the API also runs the analysis, draws the
    // matrix (SVG to PNG) and writes the PDF, which is what this row measures.
    {
      path: '/api/briefings/coordination?format=pdf&profile=internal',
      floor: async (tx) => {
        const actors = await tx.run(queries.get('export/actors'), { kinds: null, areas: null, outputId: null, access, fields });
        const actorIds = actors.records.map((record) => (record.get('actor') as { id: string }).id);
        await tx.run(queries.get('export/ties'), { relationshipTypes: ALL_TIE_RELATIONSHIP_TYPES, actorIds, at: null, access, fields });
        await tx.run(queries.get('export/mechanisms'), { actorIds });
        await tx.run(queries.get('export/engagements'), { actorIds, access });
        await tx.run(queries.get('analysis/visible-actors'), { access });
        await tx.run(queries.get('analysis/visible-ties'), {
          relationshipTypes: ALL_TIE_RELATIONSHIP_TYPES,
          actorIds,
          date: null,
          access,
          corroboratedOnly: false,
        });
        await tx.run(queries.get('analysis/coordination-outputs'), { outputId: null });
        await tx.run(queries.get('analysis/admin-areas'), {});
        await tx.run(queries.get('analysis/coordination-mechanisms'), { actorIds });
        return tx.run(queries.get('analysis/coordination-roles'), { actorIds, outputId: null });
      },
    },
  ];
}

/**
 * One request over a kept-alive connection with node:http. Not `fetch`: undici's fetch spent about
 * 1.3 ms of client time per request here (request and response objects, web streams), which the
 * API's figure carried although the server never did that work; a browser or a script pays its
 * own client's cost either way. The floor, for its part, is timed with the driver's own client.
 */
const keepAlive = new Agent({ keepAlive: true, maxSockets: 1 });

function viaApi(baseUrl: string, path: string, headers: Record<string, string>, write?: WriteRequest): Promise<number> {
  const payload = write ? JSON.stringify(write.body()) : null;
  const requestHeaders =
    payload === null ? headers : { ...headers, 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(payload)) };
  return new Promise((resolve, reject) => {
    const call = request(
      `${baseUrl}${path}`,
      { method: write ? write.method : 'GET', headers: requestHeaders, agent: keepAlive },
      (response) => {
        let bytes = 0;
        response.on('data', (chunk: Buffer) => (bytes += chunk.length));
        response.on('error', reject);
        response.on('end', () =>
          response.statusCode === (write ? 201 : 200) ? resolve(bytes) : reject(new Error(`${path} answered ${response.statusCode}`)),
        );
      },
    );
    call.on('error', reject);
    call.end(payload ?? undefined);
  });
}

/** The endpoints measured on maps above 5,000 actors (issue 16's 20k targets). */
const LARGE_MAP_ENDPOINTS: readonly string[] = ['/api/graph', '/api/actors', '/api/ties'];

/** Measures every endpoint on the map currently loaded (`actors` actors). */
export async function measureApiOverhead(
  neo4jTarget: Neo4jTarget,
  baseUrl: string,
  user: BenchUser,
  actors: number,
  samples: number,
  log: (line: string) => void,
  claimsPerTie?: number,
): Promise<EndpointOverhead[]> {
  const queries = loadQueryStore(CYPHER_DIR);
  const driver: Driver = neo4j.driver(neo4jTarget.uri, neo4j.auth.basic(neo4jTarget.user, neo4jTarget.password));
  const results: EndpointOverhead[] = [];
  try {
    // The floor's audit event names the user by name: the same one write as the API's, whatever the text.
    const role = { ...(await roleTargets(baseUrl, user.headers)), userId: user.username };
    const template = await engagementTemplate(baseUrl, user.headers);
    const every = [
      ...endpoints(queries, user.access, user.fields, role),
      ...(template ? [engagementWrite(queries, user.access, user.fields, user.userId, template)] : []),
    ];
    // Above 5,000 actors only the map reads issue 16 sets targets for: the claims, sources and
    // briefing rows read the whole evidence or map per request and would take most of an hour at 20k.
    const all = actors > 5000 ? every.filter(({ path, write }) => !write && LARGE_MAP_ENDPOINTS.includes(path)) : every;
    if (all.length < every.length) log(`  (${actors} actors: only ${LARGE_MAP_ENDPOINTS.join(', ')}; the other rows run at 1k and 5k)`);
    for (const { path, floor, write } of all) {
      const runFloor = async () => {
        const session = driver.session({ defaultAccessMode: write ? neo4j.session.WRITE : neo4j.session.READ });
        try {
          await (write ? session.executeWrite(floor) : session.executeRead(floor));
        } finally {
          await session.close();
        }
      };
      const warmup = Math.max(5, Math.floor(samples / 5));
      let bytes = 0;
      for (let i = 0; i < warmup; i += 1) {
        bytes = await viaApi(baseUrl, path, user.headers, write);
        await runFloor();
      }
      const api: number[] = [];
      const bare: number[] = [];
      for (let i = 0; i < samples; i += 1) {
        // Alternate which goes first, so neither always follows the other's cache effects.
        if (i % 2 === 0) {
          api.push((await timed(() => viaApi(baseUrl, path, user.headers, write))).ms);
          bare.push((await timed(runFloor)).ms);
        } else {
          bare.push((await timed(runFloor)).ms);
          api.push((await timed(() => viaApi(baseUrl, path, user.headers, write))).ms);
        }
      }
      const row: EndpointOverhead = {
        endpoint: write ? `${write.method} ${path}` : path,
        actors,
        samples,
        responseBytes: bytes,
        api: { p50: percentile(api, 50), p95: percentile(api, 95) },
        driver: { p50: percentile(bare, 50), p95: percentile(bare, 95) },
        p50Ratio: percentile(api, 50) / percentile(bare, 50),
        p95Ratio: percentile(api, 95) / percentile(bare, 95),
        // The map read carries each tie's evidence: say how much stands behind it.
        ...(path === '/api/graph' && claimsPerTie !== undefined ? { claimsPerTie } : {}),
      };
      const claims = row.claimsPerTie === undefined ? '' : `, ${row.claimsPerTie.toFixed(2)} claims per tie`;
      log(
        `  ${write ? `${write.method} ` : ''}${path} (${actors} actors${claims}): API p50 ${row.api.p50.toFixed(1)} ms, driver p50 ${row.driver.p50.toFixed(1)} ms, ratio ${row.p50Ratio.toFixed(2)}`,
      );
      results.push(row);
    }
  } finally {
    await driver.close();
  }
  return results;
}
