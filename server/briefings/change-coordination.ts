/**
 * The change brief's coordination and engagement sections (issue 14), each printed for what it
 * is, as the diff view shows them: lead and support roles as agency, role, output and admin area,
 * marked added or removed; engagements added, removed and moved (their area or date before →
 * after); coordination gaps opened and closed, named by output and area; the engagement share by
 * area and by side as before/after tables, shares as percentages and their change in points. No
 * id is printed: agencies and parties go through the name book (pseudonyms under the internal
 * profile), output titles and area names are the records' own. A part with nothing in it says so.
 */
import type { CoordinationDiff, Diff } from '../contracts/index.js';
import type { NameBook } from './change-names.js';
import type { Block } from './document.js';
import type { BriefingLanguage } from './language.js';

/** The keys of the Diff printed here (change-sections.ts prints any other from its shape). */
export const COORDINATION_DIFF_KEYS = ['roles', 'engagements', 'gaps', 'engagementShare'] as const;

type Share = CoordinationDiff['engagementShare'];

export function coordinationBlocks(diff: Diff, names: NameBook, language: BriefingLanguage): Block[] {
  const { change: T, common: COMMON_TEXT } = language.text;
  const none = (title: string): Block[] => [
    { kind: 'heading', text: title },
    { kind: 'paragraph', text: T.noChange },
  ];
  const table = (title: string, columns: string[], rows: string[][], widths?: number[]): Block[] =>
    rows.length === 0
      ? none(title)
      : [
          { kind: 'heading', text: title },
          { kind: 'table', columns, rows, ...(widths ? { widths } : {}) },
        ];
  const agency = (id: string, fallback: string) => names.actor(id, fallback) ?? COMMON_TEXT.withheld;
  const area = (name: string | null) => name ?? T.empty;
  const blocks: Block[] = [];

  if (diff.roles) {
    const row = (mark: string) => (role: CoordinationDiff['roles']['added'][number]) => [
      mark,
      agency(role.actorId, role.actorName),
      language.words.outputRole(role.role),
      role.outputTitle,
      role.areaNames.length > 0 ? COMMON_TEXT.list(role.areaNames) : T.wholeCountry,
    ];
    blocks.push(
      ...table(
        T.roles,
        T.roleColumns,
        [...diff.roles.added.map(row(T.marks.added)), ...diff.roles.removed.map(row(T.marks.removed))],
        [2, 3, 1, 3, 2],
      ),
    );
  }
  if (diff.engagements) {
    const { added, removed, changed = [] } = diff.engagements;
    const row = (mark: string) => (engagement: CoordinationDiff['engagements']['added'][number]) => [
      mark,
      COMMON_TEXT.day(engagement.date),
      area(engagement.areaName),
    ];
    const movedRow = (engagement: CoordinationDiff['engagements']['changed'][number]) => {
      const moved = (field: 'area' | 'date') => engagement.fields.find((change) => change.field === field);
      const where = moved('area');
      const when = moved('date');
      return [
        T.marks.changed,
        when?.field === 'date' ? T.move(COMMON_TEXT.day(when.before), COMMON_TEXT.day(when.after)) : COMMON_TEXT.day(engagement.date),
        where?.field === 'area' ? T.move(area(where.before?.name ?? null), area(where.after?.name ?? null)) : area(engagement.areaName),
      ];
    };
    blocks.push(
      ...table(
        T.engagements,
        T.engagementColumns,
        [...added.map(row(T.marks.added)), ...removed.map(row(T.marks.removed)), ...changed.map(movedRow)],
        [1, 2, 3],
      ),
    );
  }
  if (diff.gaps) {
    const row = (mark: string) => (gap: CoordinationDiff['gaps']['opened'][number]) => [mark, gap.outputTitle, gap.areaName];
    blocks.push(
      ...table(
        T.gaps,
        T.gapColumns,
        [...diff.gaps.opened.map(row(T.marks.opened)), ...diff.gaps.closed.map(row(T.marks.closed))],
        [1, 4, 2],
      ),
    );
  }
  if (diff.engagementShare) blocks.push(...shareBlocks(diff.engagementShare, names, language));
  return blocks.length > 0 ? [{ kind: 'heading', text: T.coordination }, ...blocks] : [];
}

/** The engagement share by area and by side: the rows that moved, before, after and the change. */
function shareBlocks(share: Share, names: NameBook, language: BriefingLanguage): Block[] {
  const { change: T, common: COMMON_TEXT } = language.text;
  const points = (before: number | null, after: number | null) =>
    before === null || after === null ? T.empty : T.points(Math.round((after - before) * 1000) / 10);
  const counted = (label: string, before: number, after: number) => [
    label,
    COMMON_TEXT.number(before),
    COMMON_TEXT.number(after),
    T.signed(after - before),
  ];
  const byArea: string[][] = [];
  if (share.engagements.before !== share.engagements.after)
    byArea.push(counted(T.engagementCount, share.engagements.before, share.engagements.after));
  for (const row of share.byArea)
    if (row.before.share !== row.after.share || row.before.engagements !== row.after.engagements)
      byArea.push([
        row.isCapital ? T.capital(row.name) : row.name,
        COMMON_TEXT.percent(row.before.share),
        COMMON_TEXT.percent(row.after.share),
        points(row.before.share, row.after.share),
      ]);
  const { bySide } = share;
  const bySideRows: string[][] = bySide.parties
    .filter((party) => party.before.share !== party.after.share)
    .map((party) => [
      names.actor(party.partyId, party.partyName) ?? COMMON_TEXT.withheld,
      COMMON_TEXT.percent(party.before.share),
      COMMON_TEXT.percent(party.after.share),
      points(party.before.share, party.after.share),
    ]);
  if (bySide.nonAligned.before !== bySide.nonAligned.after)
    bySideRows.push(counted(T.nonAligned, bySide.nonAligned.before, bySide.nonAligned.after));
  const { before, after } = bySide.balanceIndex;
  if (before !== after)
    bySideRows.push([
      T.balanceIndex,
      COMMON_TEXT.decimal(before),
      COMMON_TEXT.decimal(after),
      before === null || after === null ? T.empty : COMMON_TEXT.decimal(after - before),
    ]);
  const part = (title: string, first: string, rows: string[][]): Block[] =>
    rows.length === 0
      ? [
          { kind: 'paragraph', text: COMMON_TEXT.label(title) },
          { kind: 'paragraph', text: T.noChange },
        ]
      : [
          { kind: 'paragraph', text: COMMON_TEXT.label(title) },
          { kind: 'table', columns: T.shareColumns(first), rows, widths: [4, 2, 2, 2] },
        ];
  return [
    { kind: 'heading', text: T.share },
    ...part(T.shareByArea, T.areaColumn, byArea),
    ...part(T.shareBySide, T.sideColumn, bySideRows),
  ];
}
