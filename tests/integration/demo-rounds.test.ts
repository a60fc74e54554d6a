/** The demo's two mapping rounds (issue 14): the latest first, and the diff between them names each planted change. */
import { describe, expect, it } from 'vitest';
import { SYSTEM_VIEWER } from '../../server/access/viewer.js';
import { areasAsOf, engagementsAsOf, outputRolesAsOf } from '../../server/history/records-as-of.js';
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
    // A youth group newly tied to an armed group, a women's group whose stance turned, a divider that was a connector.
    expect(named.newConflictPartyTies).toHaveLength(1);
    const [planted] = named.newConflictPartyTies;
    expect(planted.actorId).toMatch(/^vr-cso-/);
    expect(named.stanceShifts).toEqual([expect.objectContaining({ before: 1 })]);
    expect(named.stanceShifts[0].after).toBeLessThan(0);
    expect(named.doNoHarmShifts).toEqual([expect.objectContaining({ before: 'connector', after: 'divider' })]);
    // Nothing else changed between the rounds: the diff is the planted changes.
    expect(diff.body.actors.added).toEqual([]);
    expect(diff.body.actors.removed).toEqual([]);
    expect(diff.body.actors.changed).toHaveLength(2);
    expect(diff.body.ties.added.map((tie: { id: string }) => tie.id)).toEqual([planted.id]);
    expect(diff.body.ties.removed).toEqual([]);
    // The map as of the first round has the actors and not the planted tie; today's map has it.
    const before = await request(server.baseUrl, 'GET', `/api/graph?asOf=${previous.id}`);
    expect(before.body.nodes.length).toBeGreaterThan(100);
    expect(before.body.edges.some((edge: { data: { id: string } }) => edge.data.id === planted.id)).toBe(false);
    const today = await request(server.baseUrl, 'GET', '/api/graph');
    expect(today.body.edges.some((edge: { data: { id: string } }) => edge.data.id === planted.id)).toBe(true);
    // A coordination gap closed by a new lead: one lead role is new, and its output had no lead in its areas in Q1.
    const [q1, q3] = [Date.parse(previous.at), Date.parse(latest.at)];
    const leadsAt = async (at: number) => (await outputRolesAsOf(server.db, SYSTEM_VIEWER, at)).filter((role) => role.role === 'lead');
    const [q1Leads, q3Leads] = [await leadsAt(q1), await leadsAt(q3)];
    const newLeads = q3Leads.filter((role) => !q1Leads.some((old) => old.id === role.id));
    expect(newLeads).toHaveLength(1);
    const [newLead] = newLeads;
    const coveredThen = q1Leads.filter(
      (old) =>
        old.outputId === newLead!.outputId && (old.areaIds.length === 0 || old.areaIds.some((area) => newLead!.areaIds.includes(area))),
    );
    expect(coveredThen).toEqual([]);
    // Engagements moving out of the capital: more held outside it in Q3 than in Q1, the same number in all.
    const capital = (await areasAsOf(server.db, q3)).find((area) => area.isCapital)!.id;
    const outside = async (at: number) => (await engagementsAsOf(server.db, SYSTEM_VIEWER, at)).filter((g) => g.areaId !== capital);
    expect((await outside(q3)).length).toBeGreaterThan((await outside(q1)).length);
    expect((await engagementsAsOf(server.db, SYSTEM_VIEWER, q1)).length).toBe((await engagementsAsOf(server.db, SYSTEM_VIEWER, q3)).length);
    // The engagements that moved out of the capital are listed as changed, their area before and after.
    const moved = diff.body.engagements.changed as {
      fields: { field: string; before: { id: string } | null; after: { id: string } | null }[];
    }[];
    expect(moved).toHaveLength(6);
    for (const engagement of moved) {
      expect(engagement.fields).toEqual([expect.objectContaining({ field: 'area', before: expect.objectContaining({ id: capital }) })]);
      expect(engagement.fields[0]!.after?.id).not.toBe(capital);
    }
    expect(diff.body.engagements.added).toEqual([]);
    expect(diff.body.engagements.removed).toEqual([]);

    // Mission leadership cleared for internal sees most of the planted changes: the stance and
    // do-no-harm shifts, the new lead role closing a gap, the engagements moved out of the capital.
    // The new tie to a party to the conflict stays confidential on purpose (the demo's parties
    // are), so need to know still shows: that change, and the influence moves it causes, are not theirs.
    const leadership = (await server.userWithToken('demo-rounds-leadership', 'leadership', 'internal')).token;
    const seen = (await request(server.baseUrl, 'GET', `/api/diff?from=${previous.id}&to=${latest.id}`, undefined, { as: leadership }))
      .body;
    expect(seen.named.newConflictPartyTies).toEqual([]);
    expect(seen.named.influenceMoves).toEqual([]);
    expect(seen.ties.added).toEqual([]);
    expect(seen.named.stanceShifts).toEqual([expect.objectContaining({ id: named.stanceShifts[0].id, before: 1 })]);
    expect(seen.named.doNoHarmShifts).toEqual([expect.objectContaining({ before: 'connector', after: 'divider' })]);
    expect(seen.actors.changed).toHaveLength(2);
    expect(seen.roles.added.map((role: { id: string }) => role.id)).toEqual([newLead!.id]);
    expect(seen.gaps.closed.length).toBeGreaterThan(0);
    expect(seen.engagements.changed).toHaveLength(6);
    // Four of the five planted changes, named or listed, reach an internal-clearance reader.
    const plantedSeen = [
      seen.named.newConflictPartyTies.length > 0,
      seen.named.stanceShifts.length > 0,
      seen.named.doNoHarmShifts.length > 0,
      seen.roles.added.length > 0,
      seen.engagements.changed.length > 0,
    ].filter(Boolean).length;
    expect(plantedSeen).toBe(4);

    // Seeding again names no further rounds and writes no further history.
    const versions = await server.count('MATCH (v:Version) RETURN count(v)');
    await seedDatabase(server.db, 'demo');
    expect((await request(server.baseUrl, 'GET', '/api/rounds')).body.items).toHaveLength(2);
    expect(await server.count('MATCH (v:Version) RETURN count(v)')).toBe(versions);
  });
});
