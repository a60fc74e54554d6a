/**
 * The API's errors say their message as a code too (issue 17): beside the English `message`, a
 * `messageCode` from the registry with plain `params`, and each field problem likewise, so the
 * interface can say it in the user's language. The English stays as it was.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { ErrorBodySchema, MESSAGE_CODES } from '../../server/contracts/index.js';
import { loadDataset } from '../../server/seed/dataset-loader.js';
import { FIXTURE } from '../support/fixture-graph.js';
import { request } from '../support/http.js';
import { upload } from '../support/transfers/transfer-client.js';
import { useTestServer } from '../support/lifecycle.js';

const server = useTestServer({ reset: 'each' });
const api = (method: string, path: string, body?: unknown, token?: string) =>
  request(server.baseUrl, method, path, body, token ? { as: token } : {});

beforeEach(async () => {
  await loadDataset(server.db, FIXTURE);
});

/** The error body, checked against the contract, with every code it names registered. */
function errorOf(response: { body: unknown }) {
  const { error } = ErrorBodySchema.parse(response.body);
  const codes = [error.messageCode, ...(Array.isArray(error.details) ? error.details.map((detail) => detail.messageCode) : [])];
  for (const code of codes) if (code !== undefined) expect(Object.keys(MESSAGE_CODES), code).toContain(code);
  return error;
}

describe('error message codes', () => {
  it('a 400 counts its problems and codes each field from its zod issue, the English unchanged', async () => {
    const response = await api('POST', '/api/actors', { kind: 'civil_society', influence: 9, description: 'x'.repeat(5_012), stray: 1 });
    expect(response.status).toBe(400);
    const error = errorOf(response);
    expect(error).toMatchObject({ code: 'validation_failed', messageCode: 'validation.invalid_request', params: { count: 4 } });
    expect(error.message).toMatch(/^Invalid request: body.name: Required\.; /);
    expect(error.details).toEqual(
      expect.arrayContaining([
        { path: 'body.name', message: 'Required.', messageCode: 'field.required', params: {} },
        { path: 'body.influence', message: 'At most 5.', messageCode: 'field.too_big', params: { maximum: 5 } },
        {
          path: 'body.description',
          message: 'At most 5,000 characters; this has 5,012.',
          messageCode: 'field.too_long',
          params: { maximum: 5000 },
        },
        { path: 'body.stray', message: 'is not a known field', messageCode: 'field.unknown_field', params: { key: 'stray' } },
      ]),
    );
  });

  it('a 404 names the kind of record and the id; an unknown route too', async () => {
    const actor = errorOf(await api('GET', '/api/actors/no-such-actor'));
    expect(actor).toMatchObject({
      message: 'No actor with id "no-such-actor"',
      messageCode: 'not_found.record',
      params: { what: 'actor', id: 'no-such-actor' },
    });
    const route = errorOf(await api('GET', '/api/nowhere'));
    expect(route).toMatchObject({ messageCode: 'not_found.record', params: { what: 'api_route', id: 'GET /nowhere' } });
  });

  it('a 409 for a taken id, and for references to missing records, field by field', async () => {
    const taken = errorOf(await api('POST', '/api/actors', { id: 'cso-a', name: 'Impostor', kind: 'donor' }));
    expect(taken).toMatchObject({
      code: 'conflict',
      message: 'An actor with id "cso-a" already exists',
      messageCode: 'conflict.exists',
      params: { what: 'actor', id: 'cso-a' },
      details: [{ path: 'body.id', message: 'already exists', messageCode: 'field.already_exists', params: {} }],
    });
    const missing = errorOf(await api('POST', '/api/actors', { name: 'Lost', kind: 'donor', basedIn: ['capital', 'atlantis'] }));
    expect(missing).toMatchObject({ messageCode: 'conflict.missing_references', params: { count: 1 } });
  });

  it('a 403 names the role and what it may not do; invalid JSON, 413 and 415 have their codes', async () => {
    const { token } = await server.userWithToken('codes-viewer', 'viewer', 'internal');
    const refused = errorOf(await api('POST', '/api/actors', { name: 'X', kind: 'donor' }, token));
    expect(refused).toMatchObject({ code: 'forbidden', messageCode: 'forbidden.role', params: { role: 'viewer', access: 'edit' } });
    const broken = errorOf(await api('POST', '/api/actors', '{"name": '));
    expect(broken).toMatchObject({
      messageCode: 'validation.invalid_json',
      details: [{ path: 'body', messageCode: 'field.not_json' }],
    });
    const huge = errorOf(await api('POST', '/api/actors', { name: 'x', kind: 'donor', description: 'y'.repeat(1_100_000) }));
    expect(huge).toMatchObject({ code: 'payload_too_large', messageCode: 'payload_too_large', params: { limit: 1024 * 1024 } });
  });
});

describe('refusals coded last (issue 17: claims, sources, tokens, column mapping)', () => {
  it('a claim or source form refused says which field and why as codes', async () => {
    expect((await api('POST', '/api/sources', { id: 'r1', title: 'Report', kind: 'report', reliability: 'B' })).status).toBe(201);
    const taken = errorOf(await api('POST', '/api/sources', { id: 'r1', title: 'Again', kind: 'report', reliability: 'B' }));
    expect(taken).toMatchObject({
      message: 'A source with id "r1" already exists',
      messageCode: 'conflict.exists',
      params: { what: 'source', id: 'r1' },
    });
    const missing = errorOf(await api('POST', '/api/claims', { sourceId: 'nope', tieId: 't-affil', credibility: 2 }));
    expect(missing).toMatchObject({ messageCode: 'conflict.missing_references', params: { count: 1 } });
    expect(missing.details).toEqual([
      {
        path: 'body.sourceId',
        message: 'no source with id "nope"',
        messageCode: 'field.missing_record',
        params: { what: 'source', id: 'nope' },
      },
    ]);
    const created = await api('POST', '/api/claims', { id: 'c1', sourceId: 'r1', tieId: 't-affil', credibility: 2 });
    expect(created.status).toBe(201);
    expect(errorOf(await api('POST', '/api/claims', { id: 'c1', sourceId: 'r1', tieId: 't-affil', credibility: 2 }))).toMatchObject({
      messageCode: 'conflict.exists',
      params: { what: 'claim', id: 'c1' },
    });
    const valueOnTie = errorOf(await api('PATCH', '/api/claims/c1', { value: 2 }));
    expect(valueOnTie.details).toEqual([
      { path: 'body.value', message: 'a tie claim has no attribute value', messageCode: 'field.tie_claim_no_value', params: {} },
    ]);
  });

  it('an API token that expires within a day may not make another', async () => {
    const created = await api('POST', '/api/tokens', { name: 'short', expiresInDays: 1 });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const refused = errorOf(await api('POST', '/api/tokens', { name: 'child', expiresInDays: 5 }, created.body.token));
    expect(refused).toMatchObject({ code: 'forbidden', messageCode: 'forbidden.token_expires_soon', params: {} });
  });

  it('a column mapping that is not one names its fields', async () => {
    const response = await upload(server.baseUrl, 'x.csv', 'Name\nA\n', {
      query: `&dryRun=true&mapping=${encodeURIComponent('{"columns":5}')}`,
    });
    expect(response.status).toBe(400);
    const refused = errorOf(response);
    expect(refused.details).toEqual([
      expect.objectContaining({ path: 'query.mapping', messageCode: 'field.invalid_mapping', params: { fields: ['columns'] } }),
    ]);
  });
});
