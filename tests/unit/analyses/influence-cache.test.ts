/** Identical influence jobs share one computation; a different map is computed afresh. */
import { describe, expect, it } from 'vitest';
import { toTieArrays } from '../../../server/graph-algorithms/graph-arrays.js';
import { runInfluenceJob } from '../../../server/analyses/influence-compute.js';

const ids = ['a', 'b', 'c', 'd'];
const tie = (id: string, sourceId: string, targetId: string) => ({
  id,
  type: 'cooperates_with' as const,
  sourceId,
  targetId,
  directed: false,
  strength: 2,
  confidence: 'reported' as const,
  outputId: null,
});
const job = (extra: boolean) => ({
  ids,
  directed: false,
  ties: toTieArrays(ids, [tie('t1', 'a', 'b'), tie('t2', 'b', 'c'), ...(extra ? [tie('t3', 'c', 'd')] : [])]),
});

describe('influence jobs', () => {
  it('answer identical concurrent jobs with one shared result', async () => {
    const [first, second] = await Promise.all([runInfluenceJob(job(false)), runInfluenceJob(job(false))]);
    expect(second).toBe(first);
  });

  it('compute a changed map afresh, with its own values', async () => {
    const before = await runInfluenceJob(job(false));
    const after = await runInfluenceJob(job(true));
    expect(after).not.toBe(before);
    expect(after.degree[3]).toBe(1);
    expect(before.degree[3]).toBe(0);
  });

  it('always really run when a test forces a mode', async () => {
    const cached = await runInfluenceJob(job(false));
    const forced = await runInfluenceJob(job(false), { mode: 'inline' });
    expect(forced).not.toBe(cached);
    expect(Array.from(forced.betweenness)).toEqual(Array.from(cached.betweenness));
  });
});
