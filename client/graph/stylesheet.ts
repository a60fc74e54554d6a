/**
 * The Cytoscape stylesheet, generated from the visual tables in `visuals.ts`. Display state
 * (selection, fading) is expressed only as classes, so the renderer never rewrites styles or
 * element data to show it. Cytoscape's cost of styling an element grows with the properties it
 * gets, which a first map pays thousands of times: properties left at Cytoscape's defaults are
 * not set, and arrow properties go only to the ties that have an arrow.
 */
import type { EdgeSingular, NodeSingular, StylesheetJson } from 'cytoscape';
import { ACTOR_KINDS, TIE_TYPES, type GraphEdgeData, type GraphNodeData } from '../../server/contracts/index.js';
import { evidenceEdgeStyles } from '../evidence/grade-visuals.js';
import { mapLabel } from './labels.js';
import { KIND_VISUALS, LABEL_FONT_FAMILY, MIN_READABLE_FONT_PX, TIE_VISUALS, edgeWidth, labelFontSize, nodeSize } from './visuals.js';

/** Class names the renderer toggles; styled below. */
export const CLASSES = {
  selected: 'is-selected',
  neighbour: 'is-neighbour',
  faded: 'is-faded',
  labelHidden: 'is-label-hidden',
  hidden: 'is-hidden',
  onPath: 'is-on-path',
  focusRoot: 'is-focus-root',
  pinned: 'is-pinned',
  straight: 'is-straight',
  bulk: 'is-bulk',
} as const;

const nodeData = (ele: NodeSingular) => ele.data() as GraphNodeData;
const edgeData = (ele: EdgeSingular) => ele.data() as GraphEdgeData;
const nodeLabel = (ele: NodeSingular) => mapLabel(nodeData(ele));

export function buildStylesheet(): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        label: nodeLabel,
        width: (ele: NodeSingular) => nodeSize(nodeData(ele).influence),
        height: (ele: NodeSingular) => nodeSize(nodeData(ele).influence),
        'font-size': (ele: NodeSingular) => labelFontSize(nodeData(ele).influence),
        'font-family': LABEL_FONT_FAMILY,
        'font-weight': 600,
        color: '#1B1B1B',
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-outline-color': '#FFFFFF',
        'text-outline-width': 2.5,
        'text-outline-opacity': 0.95,
        'min-zoomed-font-size': MIN_READABLE_FONT_PX,
        'border-width': 1.5,
        // Influential actors are drawn last, so the labels that show at default zoom stay on top.
        'z-index': (ele: NodeSingular) => 10 + (nodeData(ele).influence ?? 0),
      },
    },
    ...ACTOR_KINDS.map((kind) => ({
      selector: `node[kind = "${kind}"]`,
      style: {
        shape: KIND_VISUALS[kind].shape,
        'background-color': KIND_VISUALS[kind].fill,
        'border-color': KIND_VISUALS[kind].border,
      },
    })),
    {
      selector: 'edge',
      style: {
        width: (ele: EdgeSingular) => edgeWidth(edgeData(ele).strength),
        'curve-style': 'bezier',
        opacity: 0.6,
      },
    },
    ...TIE_TYPES.map((type) => {
      const visual = TIE_VISUALS[type];
      return {
        selector: `edge[type = "${type}"]`,
        style: {
          'line-color': visual.color,
          ...(visual.dash.length > 0 ? { 'line-style': 'dashed' as const, 'line-dash-pattern': [...visual.dash] } : {}),
        },
      };
    }),
    // The evidence grade draws the line (solid, dashed, dotted, contested bar): issue #15.
    ...evidenceEdgeStyles(),
    // Only directed ties have an arrow, so only they carry its style.
    {
      selector: 'edge[?directed]',
      style: {
        'target-arrow-shape': 'triangle',
        'target-arrow-color': (ele: EdgeSingular) => TIE_VISUALS[edgeData(ele).type].color,
        'arrow-scale': 0.9,
      },
    },
    { selector: `edge.${CLASSES.straight}`, style: { 'curve-style': 'straight' } },
    { selector: `.${CLASSES.faded}`, style: { opacity: 0.18, 'text-opacity': 0.4 } },
    { selector: `edge.${CLASSES.faded}`, style: { opacity: 0.06 } },
    // No label at all rather than an invisible one: nothing to measure or draw, and fitting the
    // map leaves room only for the labels that show. The rules below put it back where needed.
    { selector: `node.${CLASSES.labelHidden}`, style: { label: '' } },
    { selector: `edge.${CLASSES.neighbour}`, style: { opacity: 0.95, 'z-index': 5 } },
    // The selected actor and its neighbours stay named at any zoom.
    { selector: `node.${CLASSES.neighbour}`, style: { label: nodeLabel, 'text-opacity': 1, 'min-zoomed-font-size': 0, 'z-index': 20 } },
    {
      selector: `edge.${CLASSES.onPath}`,
      style: { opacity: 1, width: 5, 'z-index': 8, 'underlay-color': '#FFBF47', 'underlay-opacity': 0.9, 'underlay-padding': 3 },
    },
    {
      selector: `node.${CLASSES.onPath}`,
      style: {
        label: nodeLabel,
        'text-opacity': 1,
        'min-zoomed-font-size': 0,
        'underlay-color': '#FFBF47',
        'underlay-opacity': 0.9,
        'underlay-padding': 5,
        'z-index': 25,
      },
    },
    {
      selector: `node.${CLASSES.focusRoot}`,
      style: { label: nodeLabel, 'border-width': 4, 'border-color': '#1B1B1B', 'text-opacity': 1, 'min-zoomed-font-size': 0 },
    },
    { selector: `node.${CLASSES.pinned}`, style: { 'border-style': 'double', 'border-width': 4 } },
    {
      selector: `edge.${CLASSES.selected}`,
      style: { opacity: 1, width: 6, 'z-index': 9, 'underlay-color': '#1B1B1B', 'underlay-opacity': 0.35, 'underlay-padding': 3 },
    },
    { selector: `.${CLASSES.hidden}`, style: { display: 'none' } },
    // Chosen for a bulk action: a blue ring, apart from the panel's selection.
    {
      selector: `node.${CLASSES.bulk}`,
      style: { 'underlay-color': '#0B5CAD', 'underlay-opacity': 0.55, 'underlay-padding': 6, 'underlay-shape': 'ellipse' },
    },
    {
      selector: `node.${CLASSES.selected}`,
      style: {
        'border-width': 4,
        'border-color': '#1B1B1B',
        'font-weight': 700,
        label: nodeLabel,
        'text-opacity': 1,
        'min-zoomed-font-size': 0,
        'z-index': 30,
      },
    },
  ];
}
