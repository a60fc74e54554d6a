/**
 * The Cytoscape stylesheet, generated from the visual tables in `visuals.ts`. Display state
 * (selection, fading) is expressed only as classes, so the renderer never rewrites styles or
 * element data to show it.
 */
import type { EdgeSingular, NodeSingular, StylesheetJson } from 'cytoscape';
import { ACTOR_KINDS, TIE_TYPES, type GraphEdgeData, type GraphNodeData } from '../../server/contracts/index.js';
import { mapLabel } from './labels.js';
import {
  KIND_VISUALS,
  LABEL_FONT_FAMILY,
  MIN_READABLE_FONT_PX,
  TIE_VISUALS,
  edgeWidth,
  labelFontSize,
  nodeSize,
} from './visuals.js';

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
} as const;

const nodeData = (ele: NodeSingular) => ele.data() as GraphNodeData;
const edgeData = (ele: EdgeSingular) => ele.data() as GraphEdgeData;

export function buildStylesheet(): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        label: (ele: NodeSingular) => mapLabel(nodeData(ele)),
        width: (ele: NodeSingular) => nodeSize(nodeData(ele).influence),
        height: (ele: NodeSingular) => nodeSize(nodeData(ele).influence),
        'font-size': (ele: NodeSingular) => labelFontSize(nodeData(ele).influence),
        'font-family': LABEL_FONT_FAMILY,
        'font-weight': 600,
        color: '#1B1B1B',
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 3,
        'text-outline-color': '#FFFFFF',
        'text-outline-width': 2.5,
        'text-outline-opacity': 0.95,
        'min-zoomed-font-size': MIN_READABLE_FONT_PX,
        'border-width': 1.5,
        'border-opacity': 1,
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
        'arrow-scale': 0.9,
        'z-index': 1,
      },
    },
    ...TIE_TYPES.map((type) => {
      const visual = TIE_VISUALS[type];
      return {
        selector: `edge[type = "${type}"]`,
        style: {
          'line-color': visual.color,
          'target-arrow-color': visual.color,
          'line-style': visual.dash.length > 0 ? ('dashed' as const) : ('solid' as const),
          ...(visual.dash.length > 0 ? { 'line-dash-pattern': [...visual.dash] } : {}),
        },
      };
    }),
    { selector: 'edge[?directed]', style: { 'target-arrow-shape': 'triangle' } },
    { selector: `edge.${CLASSES.straight}`, style: { 'curve-style': 'straight' } },
    { selector: `.${CLASSES.faded}`, style: { opacity: 0.18, 'text-opacity': 0.4 } },
    { selector: `edge.${CLASSES.faded}`, style: { opacity: 0.06 } },
    { selector: `node.${CLASSES.labelHidden}`, style: { 'text-opacity': 0 } },
    { selector: `edge.${CLASSES.neighbour}`, style: { opacity: 0.95, 'z-index': 5 } },
    // The selected actor and its neighbours stay named at any zoom.
    { selector: `node.${CLASSES.neighbour}`, style: { 'text-opacity': 1, 'min-zoomed-font-size': 0, 'z-index': 20 } },
    { selector: `edge.${CLASSES.onPath}`, style: { opacity: 1, width: 5, 'z-index': 8, 'underlay-color': '#FFBF47', 'underlay-opacity': 0.9, 'underlay-padding': 3 } },
    { selector: `node.${CLASSES.onPath}`, style: { 'text-opacity': 1, 'min-zoomed-font-size': 0, 'underlay-color': '#FFBF47', 'underlay-opacity': 0.9, 'underlay-padding': 5, 'z-index': 25 } },
    { selector: `node.${CLASSES.focusRoot}`, style: { 'border-width': 4, 'border-color': '#1B1B1B', 'text-opacity': 1, 'min-zoomed-font-size': 0 } },
    { selector: `node.${CLASSES.pinned}`, style: { 'border-style': 'double', 'border-width': 4 } },
    { selector: `edge.${CLASSES.selected}`, style: { opacity: 1, width: 6, 'z-index': 9, 'underlay-color': '#1B1B1B', 'underlay-opacity': 0.35, 'underlay-padding': 3 } },
    { selector: `.${CLASSES.hidden}`, style: { display: 'none' } },
    {
      selector: `node.${CLASSES.selected}`,
      style: {
        'border-width': 4,
        'border-color': '#1B1B1B',
        'font-weight': 700,
        'text-opacity': 1,
        'min-zoomed-font-size': 0,
        'z-index': 30,
      },
    },
  ];
}
