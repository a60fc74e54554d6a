/**
 * Export of the current view as SVG and PNG, with a title and a legend. The SVG is written here
 * from the drawn elements' positions and the same visual tables as the stylesheet (so it is real
 * vector output, not a bitmap in an SVG wrapper); the PNG is that SVG rasterised at the chosen
 * scale, so both exports show the same picture. Only shown elements are exported; faded ones
 * stay faded. With `withoutIsolates`, actors with no shown tie are left out of the picture.
 */
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import { type GraphEdgeData, type GraphNodeData } from '../../server/contracts/index.js';
import { legendEntries } from '../ui/legend.js';
import { mapLabel } from './labels.js';
import { CLASSES } from './stylesheet.js';
import { KIND_VISUALS, LABEL_FONT_FAMILY, TIE_VISUALS, edgeWidth, labelFontSize, nodeSize, type KindVisual } from './visuals.js';
import { kindLabel, tieTypeLabel } from '../i18n/vocabulary.js';
import { currentLanguage, t } from '../i18n/i18n.js';
import { directionOf } from '../i18n/languages.js';

const esc = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const n = (value: number) => Number(value.toFixed(1));

/** SVG path for a node shape of diameter `d` centred at (x, y). */
function shapePath(shape: KindVisual['shape'], x: number, y: number, d: number): string {
  const r = d / 2;
  const poly = (points: number[][]) => `M${points.map(([px = 0, py = 0]) => `${n(x + px * r)},${n(y + py * r)}`).join('L')}Z`;
  switch (shape) {
    case 'ellipse':
      return `M${n(x - r)},${n(y)}a${n(r)},${n(r)} 0 1,0 ${n(d)},0a${n(r)},${n(r)} 0 1,0 ${n(-d)},0Z`;
    case 'round-rectangle':
      return poly([
        [-1, -1],
        [1, -1],
        [1, 1],
        [-1, 1],
      ]);
    case 'hexagon':
      return poly([
        [-1, 0],
        [-0.5, -0.87],
        [0.5, -0.87],
        [1, 0],
        [0.5, 0.87],
        [-0.5, 0.87],
      ]);
    case 'round-triangle':
      return poly([
        [0, -1],
        [1, 0.8],
        [-1, 0.8],
      ]);
    case 'diamond':
      return poly([
        [0, -1],
        [1, 0],
        [0, 1],
        [-1, 0],
      ]);
    case 'rhomboid':
      return poly([
        [-1, -0.75],
        [0.333, -0.75],
        [1, 0.75],
        [-0.333, 0.75],
      ]);
    case 'star': {
      const points: number[][] = [];
      for (let i = 0; i < 10; i++) {
        const radius = i % 2 === 0 ? 1 : 0.45;
        const angle = -Math.PI / 2 + (i * Math.PI) / 5;
        points.push([radius * Math.cos(angle), radius * Math.sin(angle)]);
      }
      return poly(points);
    }
  }
}

/** The current view as a standalone SVG document. */
export function exportSvg(
  cy: Core,
  title: string,
  subtitle: string,
  options: { withoutIsolates?: boolean; direction?: 'ltr' | 'rtl' } = {},
): string {
  // In a right-to-left language the title and the legend's words start at the right, as on the page.
  const rtl = (options.direction ?? directionOf(currentLanguage())) === 'rtl';
  const edges = cy.edges().filter((edge) => !edge.hasClass(CLASSES.hidden));
  const shown = cy.nodes().filter((node) => !node.hasClass(CLASSES.hidden));
  const nodes = options.withoutIsolates
    ? shown.filter((node) => (node as NodeSingular).connectedEdges().intersection(edges).nonempty())
    : shown;
  const box = nodes.nonempty() ? nodes.boundingBox({ includeLabels: true }) : { x1: 0, y1: 0, w: 100, h: 100 };
  const pad = 30;
  const legendWidth = 270;
  const headerHeight = 70;
  const graphW = box.w + 2 * pad;
  const graphH = box.h + 2 * pad;
  const { kinds, ties } = legendEntries(
    nodes.map((node) => node.data() as GraphNodeData),
    edges.map((edge) => edge.data() as GraphEdgeData),
  );
  const legendHeight = 60 + 24 * (kinds.length + ties.length) + 55;
  // A margin after the legend, as before the graph: the legend's box does not touch the picture's edge.
  const width = n(graphW + legendWidth + pad);
  const height = n(headerHeight + Math.max(graphH, legendHeight));
  const ox = pad - box.x1;
  const oy = headerHeight + pad - box.y1;
  const out: string[] = [];
  out.push(`<?xml version="1.0" encoding="UTF-8"?>`);
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family='${LABEL_FONT_FAMILY.replace(/'/g, '')}'>`,
  );
  out.push(`<title>${esc(title)}</title>`);
  out.push(`<rect width="100%" height="100%" fill="#FFFFFF"/>`);
  const headX = rtl ? width - pad : pad;
  const textDirection = rtl ? ' direction="rtl"' : '';
  out.push(`<text x="${headX}" y="34" font-size="22" font-weight="700" fill="#1B1B1B"${textDirection}>${esc(title)}</text>`);
  out.push(`<text x="${headX}" y="56" font-size="13" fill="#4A4A4A"${textDirection}>${esc(subtitle)}</text>`);
  out.push('<defs>');
  for (const { type } of ties) {
    out.push(
      `<marker id="arrow-${type}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0,0L10,5L0,10Z" fill="${TIE_VISUALS[type].color}"/></marker>`,
    );
  }
  out.push('</defs>');
  out.push(`<g id="ties">`);
  edges.forEach((edge: EdgeSingular) => {
    const data = edge.data() as GraphEdgeData;
    const s = edge.source().position();
    const t = edge.target().position();
    const len = Math.hypot(t.x - s.x, t.y - s.y) || 1;
    const back = nodeSize((edge.target().data() as GraphNodeData).influence) / 2 + 2;
    const tx = t.x - ((t.x - s.x) / len) * back;
    const ty = t.y - ((t.y - s.y) / len) * back;
    const visual = TIE_VISUALS[data.type];
    const faded = edge.hasClass(CLASSES.faded);
    out.push(
      `<line x1="${n(s.x + ox)}" y1="${n(s.y + oy)}" x2="${n(tx + ox)}" y2="${n(ty + oy)}" stroke="${visual.color}" stroke-width="${edgeWidth(data.strength)}"` +
        `${visual.dash.length > 0 ? ` stroke-dasharray="${visual.dash.join(' ')}"` : ''} stroke-opacity="${faded ? 0.08 : 0.65}"` +
        `${data.directed ? ` marker-end="url(#arrow-${data.type})"` : ''}/>`,
    );
  });
  out.push('</g><g id="actors">');
  const sorted = nodes.sort((a, b) => ((a.data('influence') as number | null) ?? 0) - ((b.data('influence') as number | null) ?? 0));
  sorted.forEach((node: NodeSingular) => {
    const data = node.data() as GraphNodeData;
    const { x, y } = node.position();
    const d = nodeSize(data.influence);
    const visual = KIND_VISUALS[data.kind];
    const opacity = node.hasClass(CLASSES.faded) ? 0.2 : 1;
    out.push(
      `<path d="${shapePath(visual.shape, x + ox, y + oy, d)}" fill="${visual.fill}" stroke="${visual.border}" stroke-width="1.5" opacity="${opacity}"><title>${esc(data.label)}</title></path>`,
    );
    if (!node.hasClass(CLASSES.labelHidden) || node.hasClass(CLASSES.selected) || node.hasClass(CLASSES.onPath)) {
      const size = labelFontSize(data.influence);
      out.push(
        `<text x="${n(x + ox)}" y="${n(y + oy + d / 2 + size + 2)}" font-size="${size}" font-weight="600" text-anchor="middle" fill="#1B1B1B" ` +
          `stroke="#FFFFFF" stroke-width="2.5" paint-order="stroke" opacity="${opacity}" unicode-bidi="plaintext">${esc(mapLabel(data))}</text>`,
      );
    }
  });
  out.push('</g>');
  const lx = graphW + 10;
  let ly = headerHeight + 10;
  out.push(
    `<g id="legend"><rect x="${lx - 10}" y="${ly - 10}" width="${legendWidth}" height="${legendHeight}" fill="#F6F7F9" stroke="#D0D5DB"/>`,
  );
  // Positions inside the legend, counted from its starting edge (the right one in right-to-left).
  const at = (fromStart: number) => (rtl ? lx + legendWidth - 20 - fromStart : lx + fromStart);
  out.push(
    `<text x="${at(0)}" y="${ly + 14}" font-size="15" font-weight="700" fill="#1B1B1B"${textDirection}>${esc(t('transfer.pictureLegend'))}</text>`,
  );
  ly += 40;
  for (const kind of kinds) {
    const visual = KIND_VISUALS[kind];
    out.push(
      `<path d="${shapePath(visual.shape, at(9), ly - 4, 16)}" fill="${visual.fill}" stroke="${visual.border}" stroke-width="1.5"/>`,
    );
    out.push(
      `<text x="${at(26)}" y="${ly + 1}" font-size="12" fill="#1B1B1B" data-kind="${kind}"${textDirection}>${esc(kindLabel(kind))}</text>`,
    );
    ly += 24;
  }
  for (const { type, directed } of ties) {
    const visual = TIE_VISUALS[type];
    // The sample line runs the way the language reads, so an arrow points to where a tie ends.
    out.push(
      `<line x1="${at(0)}" y1="${ly - 4}" x2="${at(20)}" y2="${ly - 4}" stroke="${visual.color}" stroke-width="2.5"` +
        `${visual.dash.length > 0 ? ` stroke-dasharray="${visual.dash.join(' ')}"` : ''}${directed ? ` marker-end="url(#arrow-${type})"` : ''}/>`,
    );
    out.push(
      `<text x="${at(26)}" y="${ly + 1}" font-size="12" fill="#1B1B1B" data-tie-type="${type}"${textDirection}>${esc(tieTypeLabel(type))}</text>`,
    );
    ly += 24;
  }
  for (const [line, key] of [
    [0, 'transfer.pictureScaleNodes'],
    [1, 'transfer.pictureScaleLines'],
  ] as const)
    out.push(`<text x="${at(0)}" y="${ly + 10 + 15 * line}" font-size="11" fill="#4A4A4A"${textDirection}>${esc(t(key))}</text>`);
  out.push('</g></svg>');
  return out.join('\n');
}

/** The same picture as a PNG at `scale` (1 = one pixel per SVG unit). */
export async function exportPng(svgText: string, scale: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(image.width * scale);
    canvas.height = Math.round(image.height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No 2D canvas');
    context.fillStyle = '#FFFFFF';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Offer a file to the user. */
export function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
