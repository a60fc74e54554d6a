/**
 * The attributes every graph format carries for actors and ties, with their types, in one table,
 * so GraphML keys, GEXF attributes, CSV columns and Cytoscape data say the same thing.
 */
import type { ExportActor, ExportTie } from './export-graph.js';

export type AttributeType = 'string' | 'int' | 'boolean';
export type AttributeValue = string | number | boolean | null;

export interface Attribute<T> {
  name: string;
  type: AttributeType;
  value(record: T): AttributeValue;
}

/** Multi-valued fields are written as one text, items joined with "|" (as Kumu does). */
export const LIST_JOIN = '|';
const joined = (items: readonly string[]) => (items.length ? items.join(LIST_JOIN) : null);

export const NODE_ATTRIBUTES: readonly Attribute<ExportActor>[] = [
  { name: 'label', type: 'string', value: (a) => a.name },
  { name: 'kind', type: 'string', value: (a) => a.kind },
  { name: 'subtype', type: 'string', value: (a) => a.subtype },
  { name: 'acronym', type: 'string', value: (a) => a.acronym },
  { name: 'aliases', type: 'string', value: (a) => joined(a.aliases) },
  { name: 'description', type: 'string', value: (a) => a.description || null },
  { name: 'influence', type: 'int', value: (a) => a.influence },
  { name: 'interest', type: 'int', value: (a) => a.interest },
  { name: 'stance', type: 'int', value: (a) => a.stance },
  { name: 'doNoHarmRole', type: 'string', value: (a) => a.doNoHarmRole },
  // What its attribute claims amount to (issue 15), at the audience's clearance as for ties.
  { name: 'evidenceGrade', type: 'string', value: (a) => a.evidenceGrade },
  { name: 'evidenceContested', type: 'boolean', value: (a) => a.evidenceContested },
  { name: 'womenFocus', type: 'boolean', value: (a) => a.womenFocus },
  { name: 'youthFocus', type: 'boolean', value: (a) => a.youthFocus },
  { name: 'needs', type: 'string', value: (a) => joined(a.needs) },
  { name: 'sensitivity', type: 'string', value: (a) => a.sensitivity },
  { name: 'reviewBy', type: 'string', value: (a) => a.reviewBy },
  { name: 'basedIn', type: 'string', value: (a) => joined(a.basedIn) },
  { name: 'activeIn', type: 'string', value: (a) => joined(a.activeIn) },
  { name: 'fictional', type: 'boolean', value: (a) => a.fictional },
];

export const EDGE_ATTRIBUTES: readonly Attribute<ExportTie>[] = [
  { name: 'type', type: 'string', value: (t) => t.type },
  { name: 'directed', type: 'boolean', value: (t) => t.directed },
  { name: 'strength', type: 'int', value: (t) => t.strength },
  { name: 'source', type: 'string', value: (t) => t.source || null },
  { name: 'confidence', type: 'string', value: (t) => t.confidence },
  { name: 'evidenceGrade', type: 'string', value: (t) => t.evidenceGrade },
  { name: 'evidenceContested', type: 'boolean', value: (t) => t.evidenceContested },
  { name: 'observedAt', type: 'string', value: (t) => t.observedAt },
  { name: 'validFrom', type: 'string', value: (t) => t.validFrom },
  { name: 'validTo', type: 'string', value: (t) => t.validTo },
  { name: 'outputId', type: 'string', value: (t) => t.outputId },
  { name: 'description', type: 'string', value: (t) => t.description || null },
  { name: 'sensitivity', type: 'string', value: (t) => t.sensitivity },
  { name: 'fictional', type: 'boolean', value: (t) => t.fictional },
];
