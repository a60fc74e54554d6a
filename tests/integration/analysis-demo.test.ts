/**
 * The analyses on the demo scenario find the patterns it was built with (DEMO_PATTERNS): the
 * coverage gap, the overlap, the donor duplication (and not its coordinated control), the capital
 * concentration with the never-engaged CSOs, and the CSOs tied to conflict parties.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestServer } from '../support/lifecycle.js';
import { DEMO_PATTERNS } from '../../server/seed/demo-scenario.js';
import { analysis } from '../support/analysis-api.js';
import { seedDemo } from '../support/demo-snapshot.js';

const server = useTestServer();
beforeAll(async () => {
  await server.reset();
  await seedDemo(server);
}, 120_000);

describe('demo patterns', () => {
  it('coordination: exactly the planted gap, overlap and uncoordinated duplication', async () => {
    const body = (await analysis(server, 'coordination')).body;
    const gap = DEMO_PATTERNS.coverageGap;
    expect(body.gaps.map((c: any) => [c.outputId, c.areaId])).toEqual([[gap.outputId, gap.areaIdWithoutLead]]);
    expect(body.gaps[0].supports.map((s: any) => s.id)).toContain('iom');
    const overlap = DEMO_PATTERNS.overlap;
    expect(body.overlaps.map((c: any) => [c.outputId, c.areaId])).toEqual([[overlap.outputId, overlap.areaId]]);
    const duplication = DEMO_PATTERNS.donorDuplication;
    const flagged = body.duplications.filter((d: any) => !d.coordinated);
    expect(flagged.map((d: any) => [d.outputId, d.recipient.id, d.funders.map((f: any) => f.id)])).toEqual([
      [duplication.outputId, duplication.recipientId, [...duplication.donorIds]],
    ]);
    const control = duplication.coordinatedControl;
    expect(body.duplications.find((d: any) => d.recipient.id === control.recipientId)).toMatchObject({
      coordinated: true,
      mechanismIds: [control.mechanismId],
    });
    expect(body.unassignedOutputs).toEqual([]);
  });

  it('engagement: 70% in the capital and the three influential CSOs never engaged', async () => {
    const plan = DEMO_PATTERNS.capitalConcentration;
    const body = (await analysis(server, 'engagement', { from: plan.from, to: plan.to })).body;
    expect(body.engagements).toBe(plan.engagementCount);
    expect(body.capitalShare).toBe(plan.capitalEngagementCount / plan.engagementCount);
    expect(body.byArea[0]).toMatchObject({ key: plan.capitalAreaId, engagements: plan.capitalEngagementCount });
    expect(body.areaGini).toBeGreaterThan(0.5);
    expect(body.neverEngaged.map((a: any) => a.id).sort()).toEqual([...plan.neverEngagedHighInfluenceCsoIds].sort());
  });

  it('conflict ties: the direct and two-step CSOs, and nobody else within two steps', async () => {
    const ties = DEMO_PATTERNS.csoConflictPartyTies;
    const body = (await analysis(server, 'conflict-ties')).body;
    const within = (distance: number) =>
      body.actors
        .filter((a: any) => a.parties.some((l: any) => l.distance === distance))
        .map((a: any) => a.actor.id)
        .sort();
    const direct = [...new Set(ties.direct.map((t) => t.csoId))].sort();
    expect(within(1)).toEqual(direct);
    // Two-step CSOs are those whose nearest party is two steps away.
    const nearestTwo = body.actors
      .filter((a: any) => a.parties[0]?.distance === 2)
      .map((a: any) => a.actor.id)
      .sort();
    expect(nearestTwo).toEqual(ties.twoSteps.map((t) => t.csoId).sort());
    const two = body.actors.find((a: any) => a.actor.id === ties.tiedToTwoParties);
    expect(
      two.parties
        .filter((l: any) => l.distance === 1)
        .map((l: any) => l.party.id)
        .sort(),
    ).toEqual([ties.partyIds[1], ties.partyIds[2]].sort());
    for (const step of ties.twoSteps) {
      const entry = body.actors.find((a: any) => a.actor.id === step.csoId);
      const link = entry.parties.find((l: any) => l.party.id === step.partyId);
      expect(link.distance).toBe(2);
      expect(link.paths[0].actors.map((a: any) => a.id)).toEqual([step.csoId, step.via, step.partyId]);
    }
  });
});
