/**
 * The page shell preloads the start requests only for a browser with a session: without one,
 * those requests could only answer 401 (four console errors before the sign-in form). What it
 * preloads follows the view the page opens on (server/contracts/start-requests.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from '../../server/middleware/authenticate.js';
import { ensureClientBuilt } from '../support/browser.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;
beforeAll(async () => {
  ensureClientBuilt();
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

describe('page shell', () => {
  it('has no preload for a visitor without a session, and is revalidated on every visit', async () => {
    const response = await fetch(`${server.baseUrl}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('link')).toBeNull();
    expect(response.headers.get('cache-control')).toBe('no-cache');
  });

  it('preloads the five start requests when the browser sends a session cookie', async () => {
    const response = await fetch(`${server.baseUrl}/`, { headers: { cookie: `${SESSION_COOKIE}=anything` } });
    const link = response.headers.get('link') ?? '';
    expect(link.match(/<[^>]+>/g)).toEqual([
      '</api/graph/overview?groupBy=area>',
      '</api/graph>',
      '</api/auth/me>',
      '</api/areas>',
      '</api/outputs>',
    ]);
    expect(link).toContain('rel=preload; as=fetch; crossorigin=anonymous');
  });

  it("does not preload today's map for a link to a past point of the timeline (?asOf=)", async () => {
    const response = await fetch(`${server.baseUrl}/?asOf=round-1`, { headers: { cookie: `${SESSION_COOKIE}=anything` } });
    expect((response.headers.get('link') ?? '').match(/<[^>]+>/g)).toEqual([
      '</api/graph/overview?groupBy=area>',
      '</api/auth/me>',
      '</api/areas>',
      '</api/outputs>',
    ]);
  });

  it('opened on the area map, preloads its boundaries and first counts instead of the network', async () => {
    const response = await fetch(`${server.baseUrl}/?mode=geo`, { headers: { cookie: `${SESSION_COOKIE}=anything` } });
    expect((response.headers.get('link') ?? '').match(/<[^>]+>/g)).toEqual([
      '</api/areas/geometry>',
      '</api/areas/picture?layer=actors>',
      '</api/auth/me>',
      '</api/areas>',
      '</api/outputs>',
    ]);
    const past = await fetch(`${server.baseUrl}/?mode=geo&asOf=round-1`, { headers: { cookie: `${SESSION_COOKIE}=anything` } });
    expect((past.headers.get('link') ?? '').match(/<[^>]+>/g)).toEqual(['</api/auth/me>', '</api/areas>', '</api/outputs>']);
  });
});
