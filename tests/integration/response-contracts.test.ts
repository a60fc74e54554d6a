/**
 * The read endpoints answer exactly their zod contracts. The server builds these responses from
 * Cypher projections without validating them on every request, so this is where a projection
 * that drifts from its contract fails: each body must parse, parsing must neither drop nor fill
 * in anything, and a record with every field set must come back with every value it was given
 * (a projection that lost a field would answer that field's default instead).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestServer } from '../support/lifecycle.js';
import { z } from 'zod';
import {
  ActorPageSchema,
  ActorSchema,
  GraphElementsSchema,
  OutputSummarySchema,
  TiePageSchema,
  TieSchema,
  type ActorCreate,
  type TieCreate,
} from '../../server/contracts/index.js';
import { loadDataset } from '../../server/seed/dataset-loader.js';
import { FIXTURE } from '../support/fixture-graph.js';
import { authHeaders, request } from '../support/http.js';

const server = useTestServer();

/** An actor and a tie with every optional field set to something other than its default. */
const FULL_ACTOR = {
  id: 'full-actor',
  name: 'Every Field Collective',
  kind: 'civil_society',
  subtype: 'womens_group',
  acronym: 'EFC',
  aliases: ['Collective'],
  description: 'Has every field',
  basedIn: ['capital'],
  activeIn: ['east'],
  influence: 3,
  interest: 5,
  stance: -1,
  doNoHarmRole: 'connector',
  womenFocus: true,
  youthFocus: true,
  needs: ['Funding'],
  sensitivity: 'confidential',
  reviewBy: '2030-01-31',
  originalName: 'تجمع كل الحقول',
  externalIds: [{ scheme: 'iati', value: 'XM-EXAMPLE-1' }],
} satisfies ActorCreate;

const FULL_TIE = {
  id: 'full-tie',
  type: 'funds',
  sourceId: 'donor',
  targetId: 'full-actor',
  directed: false,
  strength: 3,
  source: 'Field visit',
  confidence: 'confirmed',
  observedAt: '2025-03-01',
  validFrom: '2025-01-01',
  validTo: '2026-12-31',
  outputId: 'o1',
  description: 'Pays for everything',
  sensitivity: 'confidential',
} satisfies TieCreate;

beforeAll(async () => {
  await server.reset();
  await loadDataset(server.db, FIXTURE);
  // Set-up, not a statement: `claim: null` records no claim of the edit (issue #15), so evidence stays unsourced.
  expect((await request(server.baseUrl, 'POST', '/api/actors', { ...FULL_ACTOR, claim: null })).status).toBe(201);
  expect((await request(server.baseUrl, 'POST', '/api/ties', { ...FULL_TIE, claim: null })).status).toBe(201);
});

/** The body parses, and the parsed value is the body itself: nothing stripped, nothing defaulted. */
async function expectExactly<T extends z.ZodType>(schema: T, path: string): Promise<z.output<T>> {
  const response = await request(server.baseUrl, 'GET', path);
  expect(response.status).toBe(200);
  const parsed = schema.safeParse(response.body);
  expect(parsed.error?.issues ?? []).toEqual([]);
  expect(parsed.data).toStrictEqual(response.body);
  return parsed.data as z.output<T>;
}

const { id: actorId, name, ...actorFields } = FULL_ACTOR;
const { id: tieId, sourceId, targetId, ...tieFields } = FULL_TIE;
// No claims yet: every record's evidence is unsourced (issue #15).
const unsourced = { grade: 'unsourced', claims: 0, sources: 0, contested: false };
const stamped = { fictional: false, evidence: unsourced, createdAt: expect.any(String), updatedAt: expect.any(String) };

describe('read responses match their contracts exactly', () => {
  it('GET /api/graph', async () => {
    const body = await expectExactly(GraphElementsSchema, '/api/graph');
    expect(body.nodes).toHaveLength(7);
    expect(body.nodes.find((node) => node.data.id === actorId)!.data).toStrictEqual({
      id: actorId,
      label: name,
      kind: 'civil_society',
      subtype: 'womens_group',
      acronym: 'EFC',
      influence: 3,
      interest: 5,
      stance: -1,
      doNoHarmRole: 'connector',
      sensitivity: 'confidential',
      basedIn: ['capital'],
      activeIn: ['east'],
      evidence: unsourced,
    });
    expect(body.edges.find((edge) => edge.data.id === tieId)!.data).toStrictEqual({
      id: tieId,
      source: sourceId,
      target: targetId,
      type: 'funds',
      directed: false,
      strength: 3,
      confidence: 'confirmed',
      validFrom: '2025-01-01',
      validTo: '2026-12-31',
      evidence: unsourced,
    });
    // Neo4j stores no nulls: an absent optional field comes back as its default.
    expect(body.nodes.find((node) => node.data.id === 'gov')!.data).toMatchObject({
      acronym: null,
      influence: null,
      doNoHarmRole: 'unknown',
      activeIn: [],
    });
    expect(body.edges.find((edge) => edge.data.id === 't-coop')!.data).toMatchObject({
      strength: 2,
      confidence: 'reported',
      validFrom: null,
      validTo: null,
    });
  });

  it('GET /api/actors and /api/actors/:id', async () => {
    const page = await expectExactly(ActorPageSchema, '/api/actors');
    expect(page.total).toBe(7);
    expect(page.items.find((actor) => actor.id === actorId)).toStrictEqual({ id: actorId, name, ...actorFields, ...stamped });
    expect(page.items.find((actor) => actor.id === 'gov')).toMatchObject({
      aliases: [],
      originalName: null,
      externalIds: [],
      description: '',
      womenFocus: false,
      reviewBy: null,
      stance: null,
    });
    expect(await expectExactly(ActorSchema, `/api/actors/${actorId}`)).toStrictEqual({ id: actorId, name, ...actorFields, ...stamped });
  });

  it('GET /api/ties and /api/ties/:id', async () => {
    const page = await expectExactly(TiePageSchema, '/api/ties');
    expect(page.total).toBe(6);
    expect(page.items.find((tie) => tie.id === tieId)).toStrictEqual({ id: tieId, sourceId, targetId, ...tieFields, ...stamped });
    expect(page.items.find((tie) => tie.id === 't-coop')).toMatchObject({ observedAt: null, outputId: null, source: '', description: '' });
    expect(await expectExactly(TieSchema, `/api/ties/${tieId}`)).toStrictEqual({ id: tieId, sourceId, targetId, ...tieFields, ...stamped });
  });

  it('GET /api/outputs', async () => {
    const outputs = await expectExactly(z.array(OutputSummarySchema), '/api/outputs');
    expect(outputs).toEqual([{ id: 'o1', title: 'Test output', summary: 'For tests', source: expect.any(String) }]);
  });
});

describe('JSON responses', () => {
  it("say how long they are, and carry no Express ETag (they are never stored: no-store); /api/graph's is its own map version", async () => {
    const response = await fetch(`${server.baseUrl}/api/graph`, { headers: authHeaders(server.baseUrl) });
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('content-length')).toBe(String(bytes.length));
    expect(response.headers.get('cache-control')).toBe('no-store');
    // Not Express's weak SHA-1 of the body: the map version and viewer visibility (graph-conditional.test.ts).
    expect(response.headers.get('etag')).toMatch(/^"[\w-]{32}"$/);
    const actors = await fetch(`${server.baseUrl}/api/actors`, { headers: authHeaders(server.baseUrl) });
    expect(actors.headers.get('etag')).toBeNull();
    expect(GraphElementsSchema.parse(JSON.parse(bytes.toString('utf8'))).nodes).toHaveLength(7);
    const head = await fetch(`${server.baseUrl}/api/graph`, { method: 'HEAD', headers: authHeaders(server.baseUrl) });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe(String(bytes.length));
    expect((await head.arrayBuffer()).byteLength).toBe(0);
  });
});
