/**
 * PNG export of the area map: the map canvas as drawn (copied while MapLibre's 'render' event
 * runs, when its drawing buffer still holds the frame: the map does not keep the buffer of every
 * frame for the sake of an export), the area names, a title above and the legend below, composed on a 2D canvas and
 * downloaded. Everything comes from what is on screen, so it shows only what the viewer may see.
 * The words are the page's language; right to left, the title, the note and the legend start at
 * the right edge, as the page does.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { AreaFeatureCollection } from '../../server/contracts/index.js';
import { download } from '../graph/export-image.js';
import { anchorsOf, type Drawing } from './map-layers.js';

const FONT = 'system-ui, "DejaVu Sans", "Noto Sans Arabic", sans-serif';

export interface MapPngText {
  title: string;
  /** The line under the title: the date, and what the counts include. */
  note: string;
  direction: 'ltr' | 'rtl';
}

export function composeMapPng(map: MapLibreMap, text: MapPngText, drawing: Drawing, geometry: AreaFeatureCollection): HTMLCanvasElement {
  const source = map.getCanvas();
  const scale = source.width / source.clientWidth || 1;
  const width = source.clientWidth;
  const legendHeight = 24 + 20 * drawing.legend.rows.length;
  const canvas = document.createElement('canvas');
  canvas.width = width * scale;
  canvas.height = (56 + source.clientHeight + legendHeight) * scale;
  const g = canvas.getContext('2d') as CanvasRenderingContext2D;
  g.scale(scale, scale);
  g.direction = text.direction;
  const rtl = text.direction === 'rtl';
  /** A distance from the line's start (the left edge, or the right one right to left). */
  const x = (fromStart: number) => (rtl ? width - fromStart : fromStart);
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, width, canvas.height);
  g.fillStyle = '#111111';
  g.textAlign = 'start';
  g.fillText(fitted(g, text.title, width - 24, 'bold', [16, 14, 12]), x(12), 24);
  g.fillText(fitted(g, text.note, width - 24, '', [12, 11]), x(12), 44);
  g.drawImage(source, 0, 56, width, source.clientHeight);
  g.textAlign = 'center';
  for (const [id, anchor] of anchorsOf(geometry)) {
    const name = geometry.features.find((feature) => feature.id === id)?.properties.name ?? id;
    const at = map.project(anchor);
    g.fillText(name, at.x, 56 + at.y + 24);
  }
  g.textAlign = 'start';
  let y = 56 + source.clientHeight + 18;
  g.fillText(fitted(g, drawing.legend.title, width - 24, 'bold', [12, 11]), x(12), y);
  g.font = `12px ${FONT}`;
  for (const row of drawing.legend.rows) {
    y += 20;
    g.fillStyle = row.swatch.color;
    const swatchLeft = rtl ? width - 34 : 12;
    if (row.swatch.type === 'circle') {
      g.beginPath();
      g.arc(swatchLeft + 10, y - 4, row.swatch.radius, 0, 2 * Math.PI);
      g.fill();
    } else if (row.swatch.type === 'line') g.fillRect(swatchLeft, y - 4 - row.swatch.width / 2, 22, row.swatch.width);
    else {
      g.fillRect(swatchLeft, y - 12, 22, 14);
      g.strokeStyle = '#444444';
      g.strokeRect(swatchLeft, y - 12, 22, 14);
    }
    g.fillStyle = '#111111';
    g.fillText(row.label, x(44), y);
  }
  return canvas;
}

/**
 * `text` in the largest of `sizes` that fits `room` (the font set on `g`), else cut with an
 * ellipsis: a long title must not run off the picture's edge (right to left, off its left edge).
 */
function fitted(g: CanvasRenderingContext2D, text: string, room: number, weight: string, sizes: number[]): string {
  for (const size of sizes) {
    g.font = `${weight} ${size}px ${FONT}`.trim();
    if (g.measureText(text).width <= room) return text;
  }
  let cut = text;
  while (cut.length > 1 && g.measureText(`${cut}…`).width > room) cut = cut.slice(0, -1);
  return `${cut}…`;
}

export async function exportMapPng(map: MapLibreMap, text: MapPngText, drawing: Drawing, geometry: AreaFeatureCollection): Promise<void> {
  const canvas = await new Promise<HTMLCanvasElement>((resolve) => {
    map.once('render', () => resolve(composeMapPng(map, text, drawing, geometry)));
    map.triggerRepaint();
  });
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (blob) download(blob, 'actor-map-areas.png');
}
