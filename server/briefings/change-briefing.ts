/**
 * The change brief (issue 14): what changed between two rounds or dates, as a short document for
 * an MLT meeting. The title page names the two ends; then the changes that matter (new ties to a
 * party to the conflict, stance and do-no-harm shifts, influence moves), the counts, the actors
 * and ties added, removed and changed, the coordination and engagement sections
 * (change-coordination.ts), and any further section the Diff carries, rendered from its shape
 * (change-sections.ts) so that a section added to /api/diff appears without more work.
 *
 * Built from the diff run as the briefing's viewer (the requester, or for the shareable profile
 * the requester cleared for public only and without grants, as the other briefings run their
 * analyses), so it holds nothing the requester may not see at both ends; names and values go
 * through the redaction profile (change-names.ts).
 */
import type { ChangeBriefingQuery, Diff } from '../contracts/index.js';
import type { Viewer } from '../access/viewer.js';
import type { Database } from '../db/database.js';
import type { DiffService } from '../history/diff.js';
import type { RoundStore } from '../rounds/round-store.js';
import { assembleBriefing, type BriefingFile } from './briefing.js';
import { briefingScope } from './briefing-scope.js';
import { changeNameBook, type NameBook } from './change-names.js';
import { coordinationBlocks } from './change-coordination.js';
import { furtherSections, KNOWN_DIFF_KEYS, KNOWN_NAMED_KEYS } from './change-sections.js';
import type { Block } from './document.js';
import { briefingLanguage, chooseBriefingLanguage, type BriefingLanguage } from './language.js';

const bullets = (items: string[]): Block => ({ kind: 'bullets', items });

/** "Mapping round Q3 (2026-12-03 16:00 UTC)" for a round id, the date-time alone for a date-time. */
async function endLabel(rounds: RoundStore, asOf: string, at: string, language: BriefingLanguage): Promise<string> {
  const T = language.text.change;
  const when = `${at.slice(0, 16).replace('T', ' ')} UTC`;
  const round = /\d{4}-\d{2}-\d{2}T/.test(asOf) ? null : await rounds.get(asOf).catch(() => null);
  return T.endLine(round?.name ?? null, when);
}

function namedBlocks(diff: Diff, names: NameBook, language: BriefingLanguage): Block[] {
  const { change: T, common: COMMON_TEXT } = language.text;
  const { words: vocabulary } = language;
  const { named } = diff;
  const actor = (id: string, fallback: string) => names.actor(id, fallback) ?? COMMON_TEXT.withheld;
  named.newConflictPartyTies.forEach((tie) => names.markTie(tie.id));
  return [
    { kind: 'heading', text: T.named },
    { kind: 'paragraph', text: COMMON_TEXT.label(T.newConflictPartyTies) },
    bullets(
      named.newConflictPartyTies.map((tie) =>
        T.newConflictPartyTie(actor(tie.actorId, tie.actorName), actor(tie.partyId, tie.partyName), vocabulary.tieType(tie.type)),
      ),
    ),
    { kind: 'paragraph', text: COMMON_TEXT.label(T.stanceShifts) },
    bullets(
      named.stanceShifts.map((shift) =>
        T.stanceShift(actor(shift.id, shift.name), vocabulary.stance(shift.before), vocabulary.stance(shift.after)),
      ),
    ),
    { kind: 'paragraph', text: COMMON_TEXT.label(T.doNoHarmShifts) },
    bullets(
      named.doNoHarmShifts.map((shift) =>
        T.doNoHarmShift(actor(shift.id, shift.name), vocabulary.doNoHarm(shift.before), vocabulary.doNoHarm(shift.after)),
      ),
    ),
    { kind: 'paragraph', text: COMMON_TEXT.label(T.influenceMoves) },
    bullets(named.influenceMoves.map((move) => T.influenceMove(actor(move.id, move.name), move.rankBefore, move.rankAfter))),
  ];
}

function recordBlocks(diff: Diff, names: NameBook, language: BriefingLanguage): Block[] {
  const { change: T, common: COMMON_TEXT } = language.text;
  const { words: vocabulary } = language;
  const words = (code: string) => code.replace(/_/g, ' ');
  const { actors, ties } = diff;
  const actorName = (ref: { id: string; name: string }) => names.actor(ref.id, ref.name) ?? COMMON_TEXT.withheld;
  const actorRows = (refs: Diff['actors']['added']) => refs.map((ref) => [actorName(ref), vocabulary.kind(ref.kind)]);
  const tieRow = (ref: Diff['ties']['added'][number]) => {
    names.markTie(ref.id);
    return [
      vocabulary.tieType(ref.type),
      names.actor(ref.sourceId) ?? COMMON_TEXT.withheld,
      names.actor(ref.targetId) ?? COMMON_TEXT.withheld,
    ];
  };
  const field = (name: string) => T.fields[name] ?? words(name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase());
  const changeRows = (label: string, id: string, fields: Diff['actors']['changed'][number]['fields'], owner?: string) =>
    fields.map((change) => [
      label,
      field(change.field),
      names.value(change.field, change.before, owner),
      names.value(change.field, change.after, owner),
    ]);
  return [
    { kind: 'heading', text: T.counts },
    {
      kind: 'table',
      columns: T.countColumns,
      widths: [3, 1, 1, 1],
      rows: [
        [T.actors, ...[actors.added, actors.removed, actors.changed].map((list) => COMMON_TEXT.number(list.length))],
        [T.ties, ...[ties.added, ties.removed, ties.changed].map((list) => COMMON_TEXT.number(list.length))],
      ],
    },
    { kind: 'heading', text: T.added(T.actors) },
    { kind: 'table', columns: T.actorColumns, widths: [4, 2], rows: actorRows(actors.added) },
    { kind: 'heading', text: T.removed(T.actors) },
    { kind: 'table', columns: T.actorColumns, widths: [4, 2], rows: actorRows(actors.removed) },
    { kind: 'heading', text: T.changed(T.actors) },
    {
      kind: 'table',
      columns: T.changeColumns,
      widths: [3, 2, 2, 2],
      rows: actors.changed.flatMap((ref) => changeRows(actorName(ref), ref.id, ref.fields, ref.id)),
    },
    { kind: 'heading', text: T.added(T.ties) },
    { kind: 'table', columns: T.tieColumns, widths: [2, 3, 3], rows: ties.added.map(tieRow) },
    { kind: 'heading', text: T.removed(T.ties) },
    { kind: 'table', columns: T.tieColumns, widths: [2, 3, 3], rows: ties.removed.map(tieRow) },
    { kind: 'heading', text: T.changed(T.ties) },
    {
      kind: 'table',
      columns: T.changeColumns,
      widths: [3, 2, 2, 2],
      rows: ties.changed.flatMap((ref) => {
        const [type, source, target] = tieRow(ref);
        return changeRows(`${type}: ${source} – ${target}`, ref.id, ref.fields);
      }),
    },
  ];
}

/** The blocks of a change brief for this diff (exported for tests of the rendering alone). */
export function changeBlocks(diff: Diff, names: NameBook, language: BriefingLanguage = briefingLanguage('en')): Block[] {
  const T = language.text.change;
  const count = (part: { added: unknown[]; removed: unknown[]; changed: unknown[] }) =>
    [part.added.length, part.removed.length, part.changed.length] as [number, number, number];
  const blocks: Block[] = [
    { kind: 'paragraph', text: T.summary(count(diff.actors), count(diff.ties)) },
    ...namedBlocks(diff, names, language),
    ...recordBlocks(diff, names, language),
    ...coordinationBlocks(diff, names, language),
    ...furtherSections(
      diff as unknown as Record<string, unknown>,
      KNOWN_DIFF_KEYS,
      (diff.named ?? {}) as Record<string, unknown>,
      KNOWN_NAMED_KEYS,
      names,
      T.further,
    ),
  ];
  // The safety net: no real name of a pseudonymised actor in any line, whatever section printed it.
  return blocks.map((block) => {
    switch (block.kind) {
      case 'heading':
      case 'paragraph':
        return { ...block, text: names.scrub(block.text) };
      case 'bullets':
        return { ...block, items: block.items.map(names.scrub) };
      case 'table':
        return { ...block, rows: block.rows.map((row) => row.map(names.scrub)) };
      default:
        return block;
    }
  });
}

/** Builds and writes the change brief between `query.from` and `query.to` for `viewer`. */
export async function makeChangeBriefing(
  db: Database,
  diffs: DiffService,
  rounds: RoundStore,
  query: ChangeBriefingQuery,
  viewer: Viewer,
  now = new Date(),
): Promise<BriefingFile> {
  const scope = await briefingScope(db, viewer, query.profile);
  const diff = await diffs.diff(query.from, query.to, scope.analysisViewer);
  const language = await chooseBriefingLanguage(db, viewer, query.lang);
  const T = language.text.change;
  const names = await changeNameBook(db, scope, diff, language);
  const blocks = changeBlocks(diff, names, language);
  const [from, to] = await Promise.all([endLabel(rounds, query.from, diff.from, language), endLabel(rounds, query.to, diff.to, language)]);
  return assembleBriefing(db, viewer, scope, {
    title: T.title,
    language,
    slug: 'change',
    blocks,
    facts: [
      [T.from, from],
      [T.to, to],
    ],
    name: query.name,
    format: query.format,
    now,
  });
}
