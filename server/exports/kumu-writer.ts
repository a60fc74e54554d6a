/**
 * Kumu workbook export (xlsx): Elements and Connections in Kumu's layout plus our columns, an
 * Areas sheet and an About sheet with the export metadata. Uses the layout the Kumu reader
 * reads, so an exported workbook imports back unchanged. Cells are written as text or numbers,
 * never as formulas.
 */
import ExcelJS from 'exceljs';
import { ACTOR_KIND_LABELS, TIE_TYPE_LABELS, type ExportMetadata } from '../contracts/index.js';
import { AREA_COLUMNS, CONNECTION_COLUMNS, ELEMENT_COLUMNS, LIST_SEPARATOR, SHEETS } from '../imports/kumu-layout.js';
import { describeMetadata } from './export-metadata.js';
import type { ExportGraph } from './export-graph.js';

type Cell = string | number | null;
const list = (items: readonly string[]) => items.join(LIST_SEPARATOR);
const yesNo = (value: boolean) => (value ? 'yes' : 'no');

function addSheet(workbook: ExcelJS.Workbook, name: string, header: readonly string[], rows: Cell[][]): void {
  const sheet = workbook.addWorksheet(name);
  sheet.addRow([...header]);
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(row.map((value) => value ?? ''));
}

/** The workbook as xlsx bytes. */
export async function writeKumuWorkbook(graph: ExportGraph, meta: ExportMetadata): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = meta.generator;
  const labelCount = new Map<string, number>();
  for (const actor of graph.actors) labelCount.set(actor.name, (labelCount.get(actor.name) ?? 0) + 1);
  const nameOf = new Map(graph.actors.map((actor) => [actor.id, actor.name]));
  // Kumu joins connections to elements by Label; a label that is not unique (or is another element's ID) is written as the ID.
  const reference = (id: string) => {
    const name = nameOf.get(id);
    return name !== undefined && labelCount.get(name) === 1 && !nameOf.has(name) ? name : id;
  };
  addSheet(
    workbook,
    SHEETS.elements,
    ELEMENT_COLUMNS,
    graph.actors.map((a) => [
      a.id,
      a.name,
      ACTOR_KIND_LABELS[a.kind],
      a.description,
      a.subtype,
      a.acronym,
      list(a.aliases),
      list(a.basedIn),
      list(a.activeIn),
      a.influence,
      a.interest,
      a.stance,
      a.doNoHarmRole,
      yesNo(a.womenFocus),
      yesNo(a.youthFocus),
      list(a.needs),
      a.sensitivity,
      a.reviewBy,
      a.evidenceGrade,
      yesNo(a.evidenceContested),
    ]),
  );
  addSheet(
    workbook,
    SHEETS.connections,
    CONNECTION_COLUMNS,
    graph.ties.map((t) => [
      t.id,
      reference(t.sourceId),
      reference(t.targetId),
      TIE_TYPE_LABELS[t.type],
      t.directed ? 'directed' : 'undirected',
      t.strength,
      t.source,
      t.confidence,
      t.observedAt,
      t.validFrom,
      t.validTo,
      t.outputId,
      t.description,
      t.sensitivity,
      t.evidenceGrade,
      yesNo(t.evidenceContested),
    ]),
  );
  addSheet(
    workbook,
    SHEETS.areas,
    AREA_COLUMNS,
    graph.areas.map((area) => [area.id, area.name, area.pcode, area.level, area.parentId, yesNo(area.isCapital)]),
  );
  addSheet(
    workbook,
    SHEETS.about,
    ['Key', 'Value'],
    [
      ['Map', meta.map],
      ['Filters', JSON.stringify(meta.filters)],
      ['Exported at', meta.exportedAt],
      ['Highest sensitivity', meta.sensitivity],
      ['Profile', meta.profile],
      ['Exported by (user id)', meta.exportedBy],
      ['Summary', describeMetadata(meta)],
    ],
  );
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
