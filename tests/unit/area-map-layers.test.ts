/** The area map's engagement classes: each area's colour is the legend row whose range holds its count. */
import { describe, expect, it } from 'vitest';
import { drawPicture } from '../../client/map-view/map-layers.js';

const area = (areaId: string, engagements: number) => ({ areaId, based: 0, active: 0, byKind: {}, engagements, coverage: null, leads: [] });

describe('engagements choropleth', () => {
  it('colours each area with the legend row whose range holds its count', () => {
    const picture = {
      layer: 'engagements' as const,
      areas: [area('a', 1), area('b', 3), area('c', 5), area('d', 7)],
      arcs: [],
      outputs: [],
      output: null,
    };
    const drawing = drawPicture(picture, new Map(), []);
    const rows = drawing.legend.rows.filter((row) => /^\d/.test(row.label));
    for (const { areaId, engagements } of picture.areas) {
      const row = rows.find((candidate) => {
        const [low, high] = candidate.label.split('–').map(Number);
        return engagements >= (low as number) && engagements <= (high as number);
      });
      expect(row?.swatch.color, areaId).toBe(drawing.fills.get(areaId));
    }
  });
});
