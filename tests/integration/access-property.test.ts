/**
 * Property-based: arbitrary Unicode and injection payloads in every text field of every write
 * endpoint are stored verbatim, add exactly one record, and never cause a 500.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestServer } from '../support/lifecycle.js';
import { loadDataset } from '../../server/seed/dataset-loader.js';
import { FIXTURE } from '../support/fixture-graph.js';
import { request } from '../support/http.js';

const server = useTestServer();

const INJECTIONS = [
  `'}) MATCH (n) DETACH DELETE n //`,
  `"}) RETURN 1 UNION MATCH (n) RETURN n //`,
  '$(MATCH (n) RETURN n)',
  '<script>alert(1)</script>',
  '=HYPERLINK("http://evil.example")',
  '\\u0000\\\\"',
  '{"__proto__": {"admin": true}}',
  'جمعية النساء من أجل السلام',
  '‮evil‬ \u200f\u200e',
  '🏳️‍🌈👩🏽‍⚖️',
];

/** Any text JSON can carry (well-formed Unicode, any plane), or a known injection payload, or both. */
const payload = fc
  .oneof(
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }),
    fc.constantFrom(...INJECTIONS),
    fc.tuple(fc.constantFrom(...INJECTIONS), fc.string({ unit: 'grapheme', maxLength: 10 })).map(([a, b]) => a + b),
  )
  .filter((text) => text.trim().length > 0 && text.length <= 200);

const countMapNodes = () => server.countMapNodes();
const countTies = () => server.count('MATCH (:Actor)-[t]->(:Actor) WHERE t.id IS NOT NULL RETURN count(t)');

beforeAll(async () => {
  await server.reset();
  await loadDataset(server.db, FIXTURE);
});

describe('every text field of every write endpoint', () => {
  it('POST /api/actors stores name, acronym, aliases, description and needs verbatim', async () => {
    await fc.assert(
      fc.asyncProperty(payload, payload, payload, async (name, acronym, free) => {
        const before = await countMapNodes();
        // Random names may fold to an existing one: the same-name question is answered yes.
        const body = {
          name,
          acronym: acronym.slice(0, 40),
          aliases: [free],
          description: free,
          needs: [name],
          kind: 'civil_society',
          confirmDuplicate: true,
        };
        const created = await request(server.baseUrl, 'POST', '/api/actors', body);
        expect(created.status).toBe(201);
        const read = await request(server.baseUrl, 'GET', `/api/actors/${created.body.id}`);
        expect(read.body).toMatchObject({ name, acronym: acronym.slice(0, 40), aliases: [free], description: free, needs: [name] });
        expect(await countMapNodes()).toBe(before + 1);
      }),
      { numRuns: 40, seed: 20261127 },
    );
  });

  it('PATCH /api/actors/:id stores the same fields verbatim and adds nothing', async () => {
    await fc.assert(
      fc.asyncProperty(payload, payload, async (name, free) => {
        const before = await countMapNodes();
        const patched = await request(server.baseUrl, 'PATCH', '/api/actors/gov', { name, description: free, aliases: [name, free] });
        expect(patched.status).toBe(200);
        expect((await request(server.baseUrl, 'GET', '/api/actors/gov')).body).toMatchObject({
          name,
          description: free,
          aliases: [name, free],
        });
        expect(await countMapNodes()).toBe(before);
      }),
      { numRuns: 25, seed: 7 },
    );
  });

  it('POST and PATCH /api/ties store source and description verbatim, one tie each', async () => {
    await fc.assert(
      fc.asyncProperty(payload, payload, async (source, description) => {
        const before = await countTies();
        const created = await request(server.baseUrl, 'POST', '/api/ties', {
          type: 'influences',
          sourceId: 'gov',
          targetId: 'cso-a',
          source,
          description,
        });
        expect(created.status).toBe(201);
        expect(await countTies()).toBe(before + 1);
        const patched = await request(server.baseUrl, 'PATCH', `/api/ties/${created.body.id}`, {
          source: description,
          description: source,
        });
        expect(patched.status).toBe(200);
        expect((await request(server.baseUrl, 'GET', `/api/ties/${created.body.id}`)).body).toMatchObject({
          source: description,
          description: source,
        });
      }),
      { numRuns: 25, seed: 11 },
    );
  });

  it('hostile values in any field answer 4xx, never 500, and write nothing', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('kind', 'subtype', 'influence', 'basedIn', 'reviewBy', 'id', 'sensitivity', '__proto__', 'constructor'),
        payload,
        async (field, value) => {
          const before = await countMapNodes();
          const body = JSON.parse(JSON.stringify({ name: 'Probe', kind: 'donor' }));
          Object.defineProperty(body, field, { value: field === 'basedIn' ? [value] : value, enumerable: true });
          const response = await request(server.baseUrl, 'POST', '/api/actors', JSON.stringify(body));
          expect(response.status).toBeGreaterThanOrEqual(400);
          expect(response.status).toBeLessThan(500);
          expect(await countMapNodes()).toBe(before);
        },
      ),
      { numRuns: 60, seed: 3 },
    );
  });
});
