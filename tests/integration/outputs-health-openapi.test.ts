/** Outputs from the handbook, the health check, unknown routes, and the generated OpenAPI document. */
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestServer } from '../support/lifecycle.js';
import { ACTOR_KINDS, TIE_TYPES } from '../../server/contracts/index.js';
import { seedDatabase } from '../../server/seed/seed-database.js';
import { request } from '../support/http.js';

const server = useTestServer();
const api = (method: string, path: string) => request(server.baseUrl, method, path);

beforeAll(async () => {
  await server.reset();
  await seedDatabase(server.db, 'reference');
});

describe('/api/outputs', () => {
  it('lists the seven outputs in handbook order', async () => {
    const response = await api('GET', '/api/outputs');
    expect(response.status).toBe(200);
    expect(response.body.map((o: { title: string }) => o.title)).toEqual([
      'Secure and Effective Humanitarian Relief Supported',
      'Women’s Role in Peace and Security Promoted',
      'Youth Participation Supported',
      'Civil Society Engaged and Supported',
      'Return and Reintegration of Refugees and IDPs Supported',
      'Transition from Recovery to Development Enabled',
      'Independent Media Supported',
    ]);
  });

  it('gives one output with its activities, benchmarks, risks and the agencies the handbook names', async () => {
    const response = await api('GET', '/api/outputs/return-reintegration');
    expect(response.status).toBe(200);
    expect(response.body.activities.length).toBeGreaterThan(0);
    expect(response.body.benchmarks.map((b: { term: string }) => b.term)).toEqual(expect.arrayContaining(['short', 'medium', 'long']));
    expect(response.body.risks.length).toBeGreaterThan(0);
    const leads = response.body.roles.filter((r: { role: string }) => r.role === 'lead').map((r: { acronym: string }) => r.acronym);
    expect(leads.sort()).toEqual(['IOM', 'UNHCR']);
    expect(response.body.source).toMatch(/handbook/i);
  });

  it('answers 404 for an unknown output', async () => {
    const response = await api('GET', '/api/outputs/space-exploration');
    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe('not_found');
  });
});

describe('/api/health and unknown routes', () => {
  it('reports the Neo4j version and edition actually reached', async () => {
    const response = await api('GET', '/api/health');
    expect(response.status).toBe(200);
    expect(response.body.status).toBe('ok');
    expect(response.body.neo4j.version).toMatch(/^5\.26\./);
    expect(response.body.neo4j.edition).toMatch(/community|enterprise/);
  });

  it('answers an unknown API route with 404 in the error shape, and sets no-store on API data', async () => {
    const response = await api('GET', '/api/nothing-here');
    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe('not_found');
    expect(response.headers.get('cache-control')).toBe('no-store');
  });
});

describe('/api/openapi.json', () => {
  it('describes every route from the zod schemas, with parameters and error responses', async () => {
    const response = await api('GET', '/api/openapi.json');
    expect(response.status).toBe(200);
    const doc = response.body;
    expect(doc.openapi).toBe('3.1.0');
    for (const path of [
      '/api/actors',
      '/api/actors/{id}',
      '/api/ties',
      '/api/ties/{id}',
      '/api/outputs',
      '/api/outputs/{id}',
      '/api/graph',
      '/api/health',
      '/api/areas',
    ]) {
      expect(Object.keys(doc.paths)).toContain(path);
    }
    const createActor = doc.paths['/api/actors'].post;
    const bodySchema = createActor.requestBody.content['application/json'].schema;
    expect(bodySchema.required).toEqual(expect.arrayContaining(['name', 'kind']));
    expect(bodySchema.properties.kind.enum).toEqual([...ACTOR_KINDS]);
    expect(bodySchema.properties.influence).toMatchObject({ minimum: 1, maximum: 5 });
    expect(bodySchema.additionalProperties).toBe(false);
    expect(Object.keys(createActor.responses)).toEqual(expect.arrayContaining(['201', '400', '409', '413']));

    const graphParameters = doc.paths['/api/graph'].get.parameters;
    const tieTypes = graphParameters.find((p: { name: string }) => p.name === 'tieTypes');
    expect(tieTypes).toMatchObject({ in: 'query', required: false });
    expect(tieTypes.schema.items.enum).toEqual([...TIE_TYPES]);
    expect(doc.paths['/api/actors/{id}'].get.parameters[0]).toMatchObject({ name: 'id', in: 'path', required: true });
  });

  it('lists every answer an import can give, each with the import report as its body', async () => {
    const doc = (await api('GET', '/api/openapi.json')).body;
    const responses = doc.paths['/api/imports'].post.responses;
    expect(Object.keys(responses)).toEqual(expect.arrayContaining(['200', '201', '202', '413', '415', '422', '503']));
    const report = responses['201'].content['application/json'].schema;
    expect(report.required).toEqual(expect.arrayContaining(['importId', 'status', 'problems']));
    for (const status of ['200', '202', '422']) expect(responses[status].content['application/json'].schema).toEqual(report);
    // 503 is either a failed import's report or the database being unavailable.
    expect(responses['503'].content['application/json'].schema.oneOf).toHaveLength(2);
    expect(responses['503'].description).toMatch(/Failed while writing.*; or: /);
  });
});
