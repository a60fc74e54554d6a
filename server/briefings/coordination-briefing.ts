/**
 * The coordination briefing: outputs by area (gaps, overlaps, fragile cells, duplicated funding),
 * the outputs x agencies matrix as a picture, the agencies in each role and the mechanisms, from
 * the coordination analysis run as the briefing's viewer, every name through the briefing scope.
 */
import type { CoordinationCell } from '../contracts/index.js';
import type { Database } from '../db/database.js';
import { analyseCoordination } from '../analyses/coordination.js';
import type { Block } from './document.js';
import type { BriefingScope } from './briefing-scope.js';
import { drawMatrix } from './matrix-picture.js';
import type { BriefingLanguage } from './language.js';

/** The sections of a coordination briefing. */
export async function coordinationBlocks(db: Database, scope: BriefingScope, language: BriefingLanguage): Promise<Block[]> {
  const { coordination: T, common: COMMON_TEXT } = language.text;
  const result = await analyseCoordination(db, { scope: 'worked', evidence: 'all' }, scope.analysisViewer);
  const named = (ids: readonly string[]) =>
    ids
      .map((id) => scope.name(id))
      .filter((name): name is string => name !== null)
      .join(language.dir === 'rtl' ? '، ' : ', ');
  const outputTitle = new Map(result.outputs.map((output) => [output.id, output.title]));
  const areaName = new Map(result.areas.map((area) => [area.id, area.name]));
  const cellRows = (cells: CoordinationCell[]) =>
    cells.map((cell) => [
      outputTitle.get(cell.outputId) ?? cell.outputId,
      areaName.get(cell.areaId) ?? cell.areaId,
      named(cell.leads.map((h) => h.id)),
      named(cell.supports.map((h) => h.id)),
    ]);
  const cellTable = (cells: CoordinationCell[]): Block => ({
    kind: 'table',
    columns: T.cellColumns,
    rows: cellRows(cells),
    widths: [3, 2, 3, 3],
  });

  const blocks: Block[] = [
    { kind: 'heading', text: T.summary },
    { kind: 'paragraph', text: T.summaryLine(result.outputs.length, result.scope.areaCount, result.scope.totalAreas) },
    { kind: 'paragraph', text: T.counts(result.gaps.length, result.overlaps.length, result.fragile.length, result.duplications.length) },
    { kind: 'heading', text: T.byArea },
    {
      kind: 'table',
      columns: T.areaColumns,
      widths: [4, 1, 1, 1, 1],
      rows: result.outputs.map((output) => {
        const mine = result.cells.filter((cell) => cell.outputId === output.id);
        const count = (test: (cell: CoordinationCell) => boolean) => COMMON_TEXT.number(mine.filter(test).length);
        return [
          output.title,
          count((cell) => cell.leads.length > 0),
          count((cell) => result.gaps.includes(cell)),
          count((cell) => cell.flags.includes('overlap')),
          count((cell) => cell.flags.includes('fragile')),
        ];
      }),
    },
    { kind: 'heading', text: T.gaps },
    cellTable(result.gaps),
    { kind: 'heading', text: T.overlaps },
    cellTable(result.overlaps),
    { kind: 'heading', text: T.fragile },
    cellTable(result.fragile),
    { kind: 'heading', text: T.duplications },
    {
      kind: 'table',
      columns: T.duplicationColumns,
      widths: [3, 3, 4, 1.6],
      rows: result.duplications.map((d) => [
        d.outputTitle,
        scope.name(d.recipient.id) ?? COMMON_TEXT.withheld,
        named(d.funders.map((f) => f.id)),
        d.coordinated ? COMMON_TEXT.yes : COMMON_TEXT.no,
      ]),
    },
  ];

  // The matrix: one column per agency the profile lets the briefing name.
  const agencies = result.matrix.agencies.flatMap((agency) => {
    const name = scope.name(agency.id);
    // Acronyms where there are (a pseudonymised actor has none), so the columns stay readable.
    return name === null ? [] : [{ id: agency.id, name: scope.actor(agency.id)?.acronym ?? name }];
  });
  const mark = (cell: { role: string; globalRole: string | null; leadAreaIds: string[]; supportAreaIds: string[] } | undefined) => {
    if (!cell) return '';
    // Codes (they choose the colours); the picture prints the language's letters for them.
    if (cell.leadAreaIds.length > 0) return 'L';
    if (cell.supportAreaIds.length > 0) return 'S';
    if (cell.globalRole === 'lead') return 'l';
    if (cell.globalRole === 'support') return 's';
    return '';
  };
  const rows = result.matrix.rows.filter((row) => row.cells.some((cell) => cell.role !== 'none'));
  const picture = drawMatrix({
    rows: rows.map((row) => outputTitle.get(row.outputId) ?? row.outputId),
    columns: agencies.map((agency) => agency.name),
    cells: rows.map((row) => agencies.map((agency) => mark(row.cells.find((cell) => cell.actorId === agency.id)))),
    letters: { L: T.lead, S: T.support, l: T.globalLead, s: T.globalSupport },
  });
  blocks.push({ kind: 'heading', text: T.matrix }, { kind: 'picture', ...picture, caption: T.matrixCaption });

  blocks.push(
    { kind: 'heading', text: T.roles },
    {
      kind: 'table',
      columns: T.roleColumns,
      widths: [3, 4, 4],
      rows: rows.map((row) => [
        outputTitle.get(row.outputId) ?? row.outputId,
        named(row.cells.filter((cell) => cell.role === 'lead').map((cell) => cell.actorId)),
        named(row.cells.filter((cell) => cell.role === 'support').map((cell) => cell.actorId)),
      ]),
    },
  );

  // Mechanisms as the export profile leaves them (members it drops are not named or counted).
  const redactedName = new Map(scope.graph.actors.map((actor) => [actor.id, actor.name]));
  blocks.push(
    { kind: 'heading', text: T.mechanisms },
    {
      kind: 'table',
      columns: T.mechanismColumns,
      widths: [3, 2, 3, 4],
      rows: scope.graph.mechanisms.map((m) => [
        m.name,
        language.words.mechanism(m.kind),
        COMMON_TEXT.list(m.outputIds.map((id) => outputTitle.get(id) ?? id)),
        COMMON_TEXT.list(m.memberIds.map((id) => redactedName.get(id) ?? COMMON_TEXT.withheld)),
      ]),
    },
  );
  for (const m of scope.graph.mechanisms)
    for (const id of m.memberIds) {
      const member = scope.graph.actors.find((actor) => actor.id === id);
      if (member) scope.mark(member.sensitivity);
    }
  return blocks;
}
