/** The demo's two mapping rounds (issue 14): the latest first, and the diff between them names each planted change. */
import { describe, expect, it } from 'vitest';
import { DEMO_PLANTED_TIE_ID } from '../../server/rounds/demo-rounds.js';
import { seedDatabase } from '../../server/seed/seed-database.js';
import { request } from '../support/http.js';
import { useTestServer } from '../support/lifecycle.js';

const server = useTestServer({ reset: 'once' });

describe('the demo rounds', () => {
  it('open on the latest round, and the diff since the previous one names the planted changes', { timeout: 300_000 }, async () => {
    await seedDatabase(server.db, 'demo');
    const rounds = (await request(server.baseUrl, 'GET', '/api/rounds')).body.items;
    expect(rounds.map((round: { name: string }) => round.name)).toEqual(['Mapping round Q3', 'Mapping round Q1']);
    const [latest, previous] = rounds;
    const days = (Date.parse(latest.at) - Date.parse(previous.at)) / 86_400_000;
    expect(days).toBeGreaterThan(170);
    const diff = await request(server.baseUrl, 'GET', `/api/diff?from=${previous.id}&to=${latest.id}`);
    expect(diff.status).toBe(200);
    const { named } = diff.body;
    expect(named.newConflictPartyTies).toEqual([expect.objectContaining({ id: DEMO_PLANTED_TIE_ID, type: 'affiliated_with' })]);
    expect(named.stanceShifts).toEqual([expect.objectContaining({ after: -2 })]);
    expect(named.doNoHarmShifts).toEqual([expect.objectContaining({ after: 'divider' })]);
    // Nothing else changed between the rounds: the diff is the planted changes.
    expect(diff.body.actors.added).toEqual([]);
    expect(diff.body.actors.removed).toEqual([]);
    expect(diff.body.actors.changed).toHaveLength(2);
    expect(diff.body.ties.added).toHaveLength(1);
    // The map as of the first round has the actors and not the planted tie.
    const before = await request(server.baseUrl, 'GET', `/api/graph?asOf=${previous.id}`);
    expect(before.body.nodes.length).toBeGreaterThan(100);
    expect(before.body.edges.some((edge: { data: { id: string } }) => edge.data.id === DEMO_PLANTED_TIE_ID)).toBe(false);
  });
});
