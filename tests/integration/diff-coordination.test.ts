/**
 * The diff's coordination and engagement sections (issue 14): between two weekly rounds
 * (tests/support/as-of-weeks.ts) a lead leaves the capital and a new lead comes to the east, one
 * more engagement is held in the east, and a confidential actor, tie and engagement are lowered to
 * internal. The diff lists the roles and engagements added and removed, names the gap closed by
 * the new lead and the gap opened, and compares the engagement share by area and by side; for a
 * user cleared for internal only, what was hidden at one end leaves no trace in lists or counts.
 * On the demo, the diff between its two rounds names the gap closed by a new lead and the
 * engagements moving out of the capital that the demo plants (server/rounds/demo-rounds.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { historyClock } from '../../server/history/versions.js';
import { loadStart, okFor, runWeeks } from '../support/as-of-weeks.js';
import { request } from '../support/http.js';
import { useTestServer } from '../support/lifecycle.js';
import { seedDemo } from '../support/demo-snapshot.js';

const server = useTestServer({ reset: 'once' });
const realNow = historyClock.now;
let rounds: { first: string; second: string };
let unLeadId: string;

beforeAll(async () => {
  await loadStart(server);
  const { items } = await okFor(server)('GET', '/api/output-roles?actor=un');
  unLeadId = items[0].id;
  const weeks = await runWeeks(server, async () => null);
  rounds = { first: weeks[0]!.roundId, second: weeks[1]!.roundId };
});
afterAll(() => {
  historyClock.now = realNow;
});

describe('the diff of coordination and engagements between two rounds', () => {
  it('lists roles and engagements added and removed, gaps opened and closed, shares by area and side', async () => {
    const diff = await okFor(server)('GET', `/api/diff?from=${rounds.first}&to=${rounds.second}`);
    expect(diff.roles.added).toEqual([
      {
        id: 'r-lead-east',
        actorId: 'donor',
        actorName: 'Donor Agency',
        outputId: 'o1',
        outputTitle: expect.any(String),
        role: 'lead',
        areaIds: ['east'],
        areaNames: ['East'],
      },
    ]);
    expect(diff.roles.removed).toEqual([
      {
        id: unLeadId,
        actorId: 'un',
        actorName: 'UN Agency',
        outputId: 'o1',
        outputTitle: expect.any(String),
        role: 'lead',
        areaIds: ['capital'],
        areaNames: ['Capital'],
      },
    ]);
    // A gap closed by a new lead (the east), and one opened where the lead left (the capital).
    expect(diff.gaps.closed).toEqual([expect.objectContaining({ outputId: 'o1', areaId: 'east', areaName: 'East' })]);
    expect(diff.gaps.opened).toEqual([expect.objectContaining({ outputId: 'o1', areaId: 'capital', areaName: 'Capital' })]);
    expect(diff.engagements).toEqual({
      added: [{ id: 'e3', date: '2026-01-15', areaId: 'east', areaName: 'East' }],
      removed: [],
      changed: [],
    });
    // Engagements moving out of the capital: 1 of 3 then, 1 of 4 now.
    const share = diff.engagementShare;
    expect(share.engagements).toEqual({ before: 3, after: 4 });
    expect(share.capitalShare).toEqual({ before: 0.333333, after: 0.25 });
    expect(share.byArea).toEqual([
      {
        areaId: 'capital',
        name: 'Capital',
        isCapital: true,
        before: { engagements: 1, share: 0.333333 },
        after: { engagements: 1, share: 0.25 },
      },
      {
        areaId: 'east',
        name: 'East',
        isCapital: false,
        before: { engagements: 2, share: 0.666667 },
        after: { engagements: 3, share: 0.75 },
      },
    ]);
    // By side: Women Together allied itself with the party in week 2: its participations (e1, e3) now count toward it.
    expect(share.bySide.parties).toEqual([
      expect.objectContaining({
        partyId: 'party',
        before: expect.objectContaining({ participations: 2 }),
        after: expect.objectContaining({ participations: 5 }),
      }),
    ]);
    expect(share.bySide.nonAligned).toEqual({ before: 1, after: 0 });
  });

  it('leaves no trace of what the caller saw at one end only', async () => {
    const internal = await server.userWithToken('diff-coordination-internal', 'analyst', 'internal');
    const response = await request(server.baseUrl, 'GET', `/api/diff?from=${rounds.first}&to=${rounds.second}`, undefined, {
      as: internal.token,
    });
    expect(response.status).toBe(200);
    const text = JSON.stringify(response.body);
    // The confidential engagement, actor and tie of week 1, lowered in week 2: neither added nor counted at either end.
    expect(text).not.toContain('secret');
    expect(text).not.toContain('Quiet Channel');
    expect(response.body.engagements.added.map((engagement: { id: string }) => engagement.id)).toEqual(['e3']);
    expect(response.body.engagementShare.engagements).toEqual({ before: 2, after: 3 });
    expect(response.body.engagementShare.capitalShare).toEqual({ before: 0.5, after: 0.333333 });
  });
});

describe('on the demo', () => {
  it('names the gap closed by a new lead and the engagements moving out of the capital', { timeout: 300_000 }, async () => {
    await server.reset();
    await seedDemo(server);
    const [latest, previous] = (await okFor(server)('GET', '/api/rounds')).items;
    const diff = await okFor(server)('GET', `/api/diff?from=${previous.id}&to=${latest.id}`);
    // A gap closed by a new lead: the one lead role new since Q1 closes a gap in one of its areas.
    const newLeads = diff.roles.added.filter((role: { role: string }) => role.role === 'lead');
    expect(newLeads).toHaveLength(1);
    const [lead] = newLeads;
    expect(diff.gaps.closed.length).toBeGreaterThan(0);
    for (const gap of diff.gaps.closed) {
      expect(gap.outputId).toBe(lead.outputId);
      expect(lead.areaIds).toContain(gap.areaId);
    }
    expect(diff.gaps.opened).toEqual([]);
    expect(diff.roles.removed).toEqual([]);
    // Engagements moving out of the capital: the same engagements, six held elsewhere now...
    const share = diff.engagementShare;
    expect(diff.engagements.added).toEqual([]);
    expect(diff.engagements.removed).toEqual([]);
    // ...each listed as changed, its area before (the capital) and after (elsewhere).
    const capitalId = share.byArea.find((area: { isCapital: boolean }) => area.isCapital).areaId;
    expect(diff.engagements.changed).toHaveLength(6);
    for (const moved of diff.engagements.changed) {
      expect(moved.fields.map((field: { field: string }) => field.field)).toEqual(['area']);
      expect(moved.fields[0].before.id).toBe(capitalId);
      expect(moved.fields[0].after.id).not.toBe(capitalId);
      expect(moved.areaName).toBe(moved.fields[0].after.name);
    }
    expect(share.engagements.after).toBe(share.engagements.before);
    expect(share.capitalShare.after).toBeLessThan(share.capitalShare.before);
    const capital = share.byArea.find((area: { isCapital: boolean }) => area.isCapital);
    expect(capital.before.engagements - capital.after.engagements).toBe(6);
  });
});
