/** The interface language a user chose is kept with their account (issue 17): their own, and only theirs. */
import { beforeAll, describe, expect, it } from 'vitest';
import { request } from '../support/http.js';
import { useTestServer } from '../support/lifecycle.js';

const server = useTestServer();
let viewer: string;
let other: string;

beforeAll(async () => {
  await server.reset();
  // Accounts outlive a reset: new names each run, so a choice stored by an earlier run is not read as this one's.
  const run = Date.now().toString(36);
  viewer = (await server.userWithToken(`language-viewer-${run}`, 'viewer', 'public')).token;
  other = (await server.userWithToken(`language-other-${run}`, 'analyst', 'internal')).token;
});

describe('POST /api/auth/language', () => {
  it('remembers the choice for the user who made it; others keep theirs (none: null)', async () => {
    const before = await request(server.baseUrl, 'GET', '/api/auth/me', undefined, { as: viewer });
    expect(before.body.language).toBeNull();
    const chosen = await request(server.baseUrl, 'POST', '/api/auth/language', { language: 'ar' }, { as: viewer });
    expect(chosen.status).toBe(200);
    expect(chosen.body.language).toBe('ar');
    expect((await request(server.baseUrl, 'GET', '/api/auth/me', undefined, { as: viewer })).body.language).toBe('ar');
    expect((await request(server.baseUrl, 'GET', '/api/auth/me', undefined, { as: other })).body.language).toBeNull();
  });

  it('refuses a language the interface does not offer, naming the field, and keeps the stored one', async () => {
    for (const body of [{ language: 'de' }, { language: 'ar', extra: true }, {}]) {
      const refused = await request(server.baseUrl, 'POST', '/api/auth/language', body, { as: viewer });
      expect(refused.status).toBe(400);
      expect(JSON.stringify(refused.body.error.details)).toMatch(/body(\.language|\.extra)?/);
    }
    expect((await request(server.baseUrl, 'GET', '/api/auth/me', undefined, { as: viewer })).body.language).toBe('ar');
  });
});
