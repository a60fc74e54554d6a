/**
 * A token mints no token that outlives it (review, low): a stolen one-day token must not mint a
 * 365-day one. From a token, a new token's expiry is cut to the minting token's remaining whole
 * days, and a token with less than a day left mints none. (A read-only token mints none at all:
 * it may not POST.) Sessions mint tokens as asked.
 */
import { describe, expect, it } from 'vitest';
import { useTestServer } from '../support/lifecycle.js';
import { CREDENTIAL_REUSE_MS } from '../../server/access/credentials.js';
import { request } from '../support/http.js';

const server = useTestServer();
const run = Math.random().toString(36).slice(2, 8);
const DAY = 24 * 3600_000;

const expireIn = async (tokenId: string, ms: number) => {
  await server.count('MATCH (t:ApiToken {id: $id}) SET t.expiresAt = datetime() + duration({seconds: $seconds}) RETURN count(t)', {
    id: tokenId,
    seconds: Math.round(ms / 1000),
  });
  await new Promise((resolve) => setTimeout(resolve, CREDENTIAL_REUSE_MS + 50));
};

describe('a token minting a token', () => {
  it('gets one that expires no later than itself, and none with less than a day left', async () => {
    const { token } = await server.userWithToken(`minter-${run}`, 'analyst', 'internal');
    const [own] = (await request(server.baseUrl, 'GET', '/api/tokens', undefined, { as: token })).body as { id: string }[];
    await expireIn(own!.id, 2.5 * DAY);
    const minted = await request(server.baseUrl, 'POST', '/api/tokens', { name: 'long', expiresInDays: 365 }, { as: token });
    expect(minted.status).toBe(201);
    expect(Date.parse(minted.body.expiresAt) - Date.now()).toBeLessThanOrEqual(2.5 * DAY);

    await expireIn(own!.id, 0.5 * DAY);
    const refused = await request(server.baseUrl, 'POST', '/api/tokens', { name: 'again', expiresInDays: 1 }, { as: token });
    expect(refused.status).toBe(403);

    const reader = await request(server.baseUrl, 'POST', '/api/tokens', { name: 'reader', scope: 'read' }, { as: minted.body.token });
    expect(reader.status).toBe(201);
    expect((await request(server.baseUrl, 'POST', '/api/tokens', { name: 'from-reader' }, { as: reader.body.token })).status).toBe(403);
  });
});
