/**
 * PNG export of the area map: the map canvas as drawn (MapLibre keeps its drawing buffer for
 * this), the area names, a title above and the legend below, composed on a 2D canvas and
 * downloaded. Everything comes from what is on screen, so it shows only what the viewer may see.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { AreaFeatureCollection } from '../../server/contracts/index.js';
import { download } from '../graph/export-image.js';
import { anchorsOf, type Drawing } from './map-layers.js';

const FONT = 'system-ui, "DejaVu Sans", sans-serif';

export function composeMapPng(map: MapLibreMap, title: string, drawing: Drawing, geometry: AreaFeatureCollection): HTMLCanvasElement {
  const source = map.getCanvas();
  const scale = source.width / source.clientWidth || 1;
  const width = source.clientWidth;
  const legendHeight = 24 + 20 * drawing.legend.rows.length;
  const canvas = document.createElement('canvas');
  canvas.width = width * scale;
  canvas.height = (56 + source.clientHeight + legendHeight) * scale;
  const g = canvas.getContext('2d') as CanvasRenderingContext2D;
  g.scale(scale, scale);
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, width, canvas.height);
  g.fillStyle = '#111111';
  g.font = `bold 16px ${FONT}`;
  g.fillText(title.slice(0, 140), 12, 24);
  g.font = `12px ${FONT}`;
  g.fillText(`Actor Map · ${new Date().toISOString().slice(0, 10)} · counts only what the exporting user may see`, 12, 44);
  g.drawImage(source, 0, 56, width, source.clientHeight);
  g.font = `12px ${FONT}`;
  g.textAlign = 'center';
  for (const [id, anchor] of anchorsOf(geometry)) {
    const name = geometry.features.find((feature) => feature.id === id)?.properties.name ?? id;
    const at = map.project(anchor);
    g.fillText(name, at.x, 56 + at.y + 24);
  }
  g.textAlign = 'left';
  let y = 56 + source.clientHeight + 18;
  g.font = `bold 12px ${FONT}`;
  g.fillText(drawing.legend.title.slice(0, 160), 12, y);
  g.font = `12px ${FONT}`;
  for (const row of drawing.legend.rows) {
    y += 20;
    g.fillStyle = row.swatch.color;
    if (row.swatch.type === 'circle') {
      g.beginPath();
      g.arc(22, y - 4, row.swatch.radius, 0, 2 * Math.PI);
      g.fill();
    } else if (row.swatch.type === 'line') g.fillRect(12, y - 4 - row.swatch.width / 2, 22, row.swatch.width);
    else {
      g.fillRect(12, y - 12, 22, 14);
      g.strokeStyle = '#444444';
      g.strokeRect(12, y - 12, 22, 14);
    }
    g.fillStyle = '#111111';
    g.fillText(row.label, 44, y);
  }
  return canvas;
}

export async function exportMapPng(map: MapLibreMap, title: string, drawing: Drawing, geometry: AreaFeatureCollection): Promise<void> {
  const canvas = composeMapPng(map, title, drawing, geometry);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (blob) download(blob, 'actor-map-areas.png');
}
