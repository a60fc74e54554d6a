/**
 * A future `asOf` is refused (issue 14): the record of a date not yet come is not known, so a
 * date-time beyond the server's clock (a minute's skew aside) is a 400 naming the parameter on
 * every read that takes one, rather than today's map under a future date's banner.
 */
import { describe, expect, it } from 'vitest';
import { FIXTURE } from '../support/fixture-graph.js';
import { loadDataset } from '../../server/seed/dataset-loader.js';
import { request } from '../support/http.js';
import { useTestServer } from '../support/lifecycle.js';

const server = useTestServer({ reset: 'once' });
const get = (path: string) => request(server.baseUrl, 'GET', path);

const MINUTE = 60_000;
const inMinutes = (minutes: number) => new Date(Date.now() + minutes * MINUTE).toISOString();

/** Every kind of read that takes `asOf`, with what else it needs. */
const READS = [
  '/api/graph',
  '/api/actors',
  '/api/ties',
  '/api/analysis/influence?evidence=all',
  '/api/analysis/coordination',
  '/api/analysis/path?from=cso-a&to=party',
  '/api/exports/csv?profile=internal',
  '/api/areas/picture?layer=actors',
];
const withAsOf = (path: string, asOf: string) => `${path}${path.includes('?') ? '&' : '?'}asOf=${encodeURIComponent(asOf)}`;

describe('a future asOf', () => {
  it('is a 400 naming asOf and why on every read that takes it', async () => {
    await loadDataset(server.db, FIXTURE);
    const tomorrow = inMinutes(24 * 60);
    for (const path of READS) {
      const response = await get(withAsOf(path, tomorrow));
      expect(response.status, path).toBe(400);
      expect(response.body.error.details, path).toEqual([
        {
          path: 'query.asOf',
          message: expect.stringContaining('in the future'),
          messageCode: 'as_of.future',
          params: { parameter: 'asOf' },
        },
      ]);
    }
  });

  it('names the end of a diff or change brief that is in the future', async () => {
    const past = new Date(Date.now() - 24 * 60 * MINUTE).toISOString();
    const future = inMinutes(60);
    const diff = await get(`/api/diff?from=${past}&to=${future}`);
    expect(diff.status).toBe(400);
    expect(diff.body.error.details).toEqual([
      { path: 'query.to', message: expect.stringContaining('in the future'), messageCode: 'as_of.future', params: { parameter: 'to' } },
    ]);
    const brief = await get(`/api/briefings/changes?from=${future}&to=${past}&format=html&profile=internal`);
    expect(brief.status).toBe(400);
    expect(brief.body.error.details[0].path).toBe('query.from');
  });

  it('allows a clock a little fast, and any past date-time', async () => {
    for (const asOf of [inMinutes(0.5), inMinutes(-5)]) {
      for (const path of ['/api/graph', '/api/analysis/influence?evidence=all']) {
        const response = await get(withAsOf(path, asOf));
        expect(response.status, `${path} as of ${asOf}`).toBe(200);
      }
    }
  });
});
