/**
 * How a tie's evidence grade is drawn (issue #15): solid when corroborated, dashed when it rests
 * on one source, dotted without a source, and a bar across the middle when visible claims
 * disagree. The grade takes the line's dash from the tie type (which keeps its colour), so the
 * map answers "how solid is this?" at a glance; the legend says so.
 */
import type { EdgeSingular, StylesheetJson } from 'cytoscape';
import { EVIDENCE_GRADES, type EvidenceGrade, type GraphEdgeData } from '../../server/contracts/index.js';
import { svg } from '../ui/dom.js';
import { gradeLabel } from '../i18n/vocabulary.js';

export const GRADE_VISUALS: Record<
  EvidenceGrade,
  { lineStyle: 'solid' | 'dashed' | 'dotted'; dash: readonly number[]; contestedMark: boolean }
> = {
  corroborated: { lineStyle: 'solid', dash: [], contestedMark: false },
  single_source: { lineStyle: 'dashed', dash: [7, 5], contestedMark: false },
  unsourced: { lineStyle: 'dotted', dash: [1, 4], contestedMark: false },
  contested: { lineStyle: 'solid', dash: [], contestedMark: true },
};
const CONTESTED_MARK_COLOR = '#222222';

export const gradeOf = (edge: Pick<GraphEdgeData, 'evidence'>): EvidenceGrade => edge.evidence?.grade ?? 'unsourced';
const visualOf = (ele: EdgeSingular) => GRADE_VISUALS[gradeOf(ele.data() as GraphEdgeData)];

/** Stylesheet rules for ties that carry evidence; placed after the tie-type rules, which they override. */
export function evidenceEdgeStyles(): StylesheetJson {
  return [
    {
      selector: 'edge[evidence]',
      style: {
        // Cytoscape takes no function for the dash pattern: a single-source tie keeps its type's
        // pattern (or Cytoscape's default dash), which still reads as broken against solid.
        'line-style': (ele: EdgeSingular) => visualOf(ele).lineStyle,
        // Contested: a bar across the middle of the line, drawn as two facing "tee" marks.
        'mid-source-arrow-shape': (ele: EdgeSingular) => (visualOf(ele).contestedMark ? 'tee' : 'none'),
        'mid-target-arrow-shape': (ele: EdgeSingular) => (visualOf(ele).contestedMark ? 'tee' : 'none'),
        'mid-source-arrow-color': CONTESTED_MARK_COLOR,
        'mid-target-arrow-color': CONTESTED_MARK_COLOR,
      },
    },
  ] as StylesheetJson;
}

/** A short grey line drawn as a grade is drawn, for the legend. */
export function gradeSwatch(grade: EvidenceGrade): SVGElement {
  const visual = GRADE_VISUALS[grade];
  const children: SVGElement[] = [
    svg('line', {
      x1: 2,
      y1: 8,
      x2: 38,
      y2: 8,
      stroke: '#555555',
      'stroke-width': 2.5,
      'stroke-dasharray': visual.dash.length > 0 ? visual.dash.join(' ') : 'none',
    }),
  ];
  if (visual.contestedMark)
    children.push(svg('line', { x1: 20, y1: 2, x2: 20, y2: 14, stroke: CONTESTED_MARK_COLOR, 'stroke-width': 2.5 }));
  return svg('svg', { width: 40, height: 16, viewBox: '0 0 40 16', 'aria-hidden': 'true', focusable: 'false' }, ...children);
}

/** The grades drawn among these ties, in vocabulary order, with their labels. */
export function gradesDrawn(edges: readonly GraphEdgeData[]): { grade: EvidenceGrade; label: string }[] {
  if (!edges.some((edge) => edge.evidence)) return [];
  const drawn = new Set(edges.map(gradeOf));
  return EVIDENCE_GRADES.filter((grade) => drawn.has(grade)).map((grade) => ({ grade, label: gradeLabel(grade) }));
}
