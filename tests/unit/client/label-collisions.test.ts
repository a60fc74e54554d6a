/** Labels left out so none covers a node or a more important label (client/graph/label-collisions.ts). */
import { describe, expect, it } from 'vitest';
import { collidingLabels, labelBox, type LabelCandidate } from '../../../client/graph/label-collisions.js';

const actor = (id: string, x: number, y: number, priority = 1, labelWidth = 60): LabelCandidate => ({
  id,
  x,
  y,
  size: 20,
  font: 10,
  labelWidth,
  priority,
  labelled: true,
});

describe('label collisions', () => {
  it('keeps labels that cover nothing', () => {
    expect(collidingLabels([actor('a', 0, 0), actor('b', 500, 0)])).toEqual(new Set());
  });

  it('leaves out a label drawn over another node', () => {
    // b sits right under a, where a's label goes.
    const a = actor('a', 0, 0);
    const box = labelBox(a);
    expect(collidingLabels([a, actor('b', 0, box.y1 + 5, 0)])).toEqual(new Set(['a']));
  });

  it('of two overlapping labels keeps the more influential one', () => {
    // The labels overlap each other; neither covers the other's node.
    expect(collidingLabels([actor('minor', 0, 0, 1, 100), actor('major', 70, 12, 5, 100)])).toEqual(new Set(['minor']));
  });

  it('ignores labels that are not drawn at this zoom, but still avoids their nodes', () => {
    const hidden = { ...actor('small', 10, 0, 0), labelled: false };
    expect(collidingLabels([actor('big', 300, 0, 5), hidden])).toEqual(new Set());
  });
});
