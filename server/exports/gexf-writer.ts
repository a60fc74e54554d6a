/**
 * GEXF export, version 1.3 (valid against the published XSD, tested with xmllint) or 1.2 for
 * older readers (Gephi before 0.10). Each tie carries its own type (directed/undirected) and its
 * strength as weight; the export metadata goes into <meta>.
 */
import type { ExportMetadata } from '../contracts/index.js';
import { EDGE_ATTRIBUTES, NODE_ATTRIBUTES, type Attribute } from './attribute-table.js';
import { describeMetadata } from './export-metadata.js';
import type { ExportGraph } from './export-graph.js';
import { xmlEscape } from './xml-text.js';

export type GexfVersion = '1.3' | '1.2';

const NAMESPACES: Record<GexfVersion, string> = {
  '1.3':
    'xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3"',
  '1.2':
    'xmlns="http://www.gexf.net/1.2draft" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" version="1.2"',
};

const GEXF_TYPES = { string: 'string', int: 'integer', boolean: 'boolean' } as const;

function declarations<T>(target: 'node' | 'edge', attributes: readonly Attribute<T>[]): string[] {
  return [
    `    <attributes class="${target}" mode="static">`,
    ...attributes.map((a) => `      <attribute id="${a.name}" title="${a.name}" type="${GEXF_TYPES[a.type]}"/>`),
    '    </attributes>',
  ];
}

function attvalues<T>(attributes: readonly Attribute<T>[], record: T): string[] {
  const values = attributes.flatMap((a) => {
    const value = a.value(record);
    return value === null ? [] : [`          <attvalue for="${a.name}" value="${xmlEscape(value)}"/>`];
  });
  return values.length ? ['        <attvalues>', ...values, '        </attvalues>'] : [];
}

/** The whole GEXF document in the given version. */
export function writeGexf(graph: ExportGraph, meta: ExportMetadata, version: GexfVersion): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<gexf ${NAMESPACES[version]}>`,
    `  <meta lastmodifieddate="${meta.exportedAt.slice(0, 10)}">`,
    `    <creator>${xmlEscape(meta.generator)}</creator>`,
    `    <keywords>${xmlEscape(`sensitivity:${meta.sensitivity}`)}</keywords>`,
    `    <description>${xmlEscape(describeMetadata(meta))}</description>`,
    '  </meta>',
    '  <graph mode="static" defaultedgetype="directed">',
    ...declarations('node', NODE_ATTRIBUTES),
    ...declarations('edge', EDGE_ATTRIBUTES),
    `    <nodes count="${graph.actors.length}">`,
    ...graph.actors.flatMap((actor) => [
      `      <node id="${xmlEscape(actor.id)}" label="${xmlEscape(actor.name)}">`,
      ...attvalues(NODE_ATTRIBUTES, actor),
      '      </node>',
    ]),
    '    </nodes>',
    `    <edges count="${graph.ties.length}">`,
    ...graph.ties.flatMap((tie) => [
      `      <edge id="${xmlEscape(tie.id)}" source="${xmlEscape(tie.sourceId)}" target="${xmlEscape(tie.targetId)}" ` +
        `type="${tie.directed ? 'directed' : 'undirected'}" label="${xmlEscape(tie.type)}" weight="${tie.strength}">`,
      ...attvalues(EDGE_ATTRIBUTES, tie),
      '      </edge>',
    ]),
    '    </edges>',
    '  </graph>',
    '</gexf>',
    '',
  ].join('\n');
}
