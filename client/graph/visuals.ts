/**
 * The visual vocabulary of the map: one entry per actor kind and per tie type. Both the
 * Cytoscape stylesheet and the legend read these tables, so the legend cannot disagree with the
 * drawing. Colours are the Okabe-Ito palette (nodes) and Paul Tol's palettes (ties), chosen to
 * stay distinguishable with the common colour-vision deficiencies; shape and dash pattern repeat
 * the distinction so colour is never the only cue.
 */
import type { ActorKind, TieType } from '../../server/contracts/index.js';

export interface KindVisual {
  /** Cytoscape node shape. */
  shape: 'ellipse' | 'star' | 'round-rectangle' | 'hexagon' | 'round-triangle' | 'diamond' | 'rhomboid';
  fill: string;
  /** Darker outline: keeps light fills (yellow) visible against the white background. */
  border: string;
}

export const KIND_VISUALS: Record<ActorKind, KindVisual> = {
  civil_society: { shape: 'ellipse', fill: '#009E73', border: '#00573F' },
  mission_component: { shape: 'star', fill: '#0072B2', border: '#003A5C' },
  un_entity: { shape: 'round-rectangle', fill: '#56B4E9', border: '#1D6A94' },
  government: { shape: 'hexagon', fill: '#E69F00', border: '#7A5400' },
  conflict_party: { shape: 'round-triangle', fill: '#D55E00', border: '#6E3000' },
  donor: { shape: 'diamond', fill: '#F0E442', border: '#7D7600' },
  international_org: { shape: 'rhomboid', fill: '#CC79A7', border: '#7A3A5E' },
};

export interface TieVisual {
  color: string;
  /** Dash pattern in px (dash, gap, ...); empty for a solid line. */
  dash: readonly number[];
}

export const TIE_VISUALS: Record<TieType, TieVisual> = {
  allied_with: { color: '#0077BB', dash: [] },
  in_conflict_with: { color: '#CC3311', dash: [7, 4] },
  affiliated_with: { color: '#882255', dash: [2, 3] },
  funds: { color: '#117733', dash: [] },
  influences: { color: '#EE7733', dash: [10, 3, 2, 3] },
  mediates_between: { color: '#AA4499', dash: [4, 2, 4, 6] },
  cooperates_with: { color: '#44AA99', dash: [12, 4] },
  communicates_with: { color: '#8A8A8A', dash: [3, 5] },
  implements_for: { color: '#332288', dash: [] },
};

/** Node diameter in px for an influence score of 1-5; actors with no score are drawn small. */
export function nodeSize(influence: number | null): number {
  if (influence === null) return 14;
  const clamped = Math.min(5, Math.max(1, influence));
  return 16 + (clamped - 1) * 8;
}

/** Label font size grows with influence, so minor actors' labels are the first to hide on zoom-out. */
export function labelFontSize(influence: number | null): number {
  if (influence === null || influence <= 1) return 10;
  return [11, 12.5, 14.5, 16][Math.min(5, influence) - 2] ?? 10;
}

/** Edge width in px for a tie strength of 1-3. */
export function edgeWidth(strength: number): number {
  return strength >= 3 ? 3.5 : strength === 2 ? 2 : 1.2;
}

/** Below this on-screen font size labels are not drawn: they would be unreadable noise. */
export const MIN_READABLE_FONT_PX = 9;

/** Fonts with Arabic coverage follow the Latin ones so right-to-left names render. */
export const LABEL_FONT_FAMILY = 'system-ui, "Segoe UI", "Noto Sans", "DejaVu Sans", "Noto Sans Arabic", "Noto Naskh Arabic", sans-serif';
