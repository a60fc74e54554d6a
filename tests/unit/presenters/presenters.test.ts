/** Presenters turn stored records into exactly the API's contracts, without validating them. */
import { describe, expect, it } from 'vitest';
import { ActorSchema, GraphElementsSchema, TieSchema } from '../../../server/contracts/index.js';
import { presentActor } from '../../../server/presenters/actor.js';
import { presentGraph } from '../../../server/presenters/graph.js';
import { presentTie } from '../../../server/presenters/tie.js';

const stamps = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-02T00:00:00.000Z' };

describe('presenters', () => {
  it('fill what Neo4j left absent (or null) with the defaults, and keep what it stored', () => {
    const actor = presentActor({
      id: 'a',
      name: 'A',
      kind: 'donor',
      sensitivity: 'internal',
      acronym: null,
      influence: 4,
      basedIn: [],
      activeIn: [],
      ...stamps,
    });
    expect(actor).toStrictEqual(ActorSchema.parse(actor));
    expect(actor).toMatchObject({ acronym: null, influence: 4, aliases: [], doNoHarmRole: 'unknown', womenFocus: false, fictional: false });
  });

  it('leave stored properties outside the contract behind, and answer in the contract order', () => {
    const stored = { writeToken: 'secret', datasetId: 'd1', ...stamps, id: 't', type: 'funds', sourceId: 'a', targetId: 'b', strength: 3 };
    const tie = presentTie(stored);
    expect(tie).not.toHaveProperty('writeToken');
    expect(tie).not.toHaveProperty('datasetId');
    expect(Object.keys(tie)).toEqual(Object.keys(TieSchema.shape));
    expect(tie).toMatchObject({ strength: 3, directed: false, confidence: 'reported', sensitivity: 'internal', validTo: null });
  });

  it('shape map rows as Cytoscape.js elements', () => {
    const elements = presentGraph(
      [{ id: 'a', label: 'A', kind: 'donor', subtype: null, sensitivity: 'public', basedIn: [], activeIn: ['east'] }],
      [{ id: 't', source: 'a', target: 'a', type: 'funds', directed: true, strength: null }],
    );
    expect(GraphElementsSchema.parse(elements)).toStrictEqual(elements);
    expect(elements.nodes[0]!.data).toMatchObject({ subtype: null, doNoHarmRole: 'unknown', activeIn: ['east'] });
    expect(elements.edges[0]!.data).toMatchObject({ directed: true, strength: 2, validFrom: null });
  });
});
