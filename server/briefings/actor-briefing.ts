/**
 * The actor briefing, for a meeting: what the actor is, its position, its ties, the do-no-harm
 * check (the engagement-check analysis run as the briefing's viewer) and its recent engagements,
 * with a picture of its network. An actor the requester may not see, or that the profile leaves
 * out, is "not found", exactly as an absent one.
 */
import type { Database } from '../db/database.js';
import { checkEngagement } from '../analyses/engagement-check.js';
import { notFound } from '../errors.js';
import type { Block } from './document.js';
import type { BriefingScope } from './briefing-scope.js';
import { drawNetwork } from './network-picture.js';
import { kindLegend, type BriefingLanguage } from './language.js';

const RECENT_ENGAGEMENTS = 10;

/** The sections of an actor briefing (404 for an actor the requester may not see or the profile leaves out). */
export async function actorBlocks(
  db: Database,
  scope: BriefingScope,
  language: BriefingLanguage,
  actorId: string,
  from?: string,
  to?: string,
): Promise<Block[]> {
  const { actor: T, common: COMMON_TEXT } = language.text;
  const { words: vocabulary } = language;
  const num = (n: number | null | undefined) => (n === null || n === undefined ? '–' : COMMON_TEXT.number(n));
  const actor = scope.actor(actorId);
  if (!actor) throw notFound('actor', actorId);
  const check = await checkEngagement(db, { actor: actorId, from, to, evidence: 'all' }, scope.analysisViewer);
  scope.mark(actor.sensitivity);
  const areaName = new Map(scope.graph.areas.map((area) => [area.id, area.name]));
  const areas = (ids: readonly string[]) => COMMON_TEXT.list(ids.map((id) => areaName.get(id) ?? id));
  const byId = new Map(scope.graph.actors.map((a) => [a.id, a]));

  const about: string[][] = [
    [T.fields.name, actor.name],
    ...(actor.originalName ? [[T.fields.originalName, actor.originalName]] : []),
    ...(actor.acronym ? [[T.fields.acronym, actor.acronym]] : []),
    [T.fields.kind, vocabulary.kind(actor.kind)],
    ...(actor.subtype ? [[T.fields.subtype, vocabulary.subtype(actor.subtype)]] : []),
    [T.fields.basedIn, areas(actor.basedIn)],
    [T.fields.activeIn, areas(actor.activeIn)],
    // Empty under the internal and shareable profiles, which strip free text.
    ...(actor.description ? [[T.fields.description, actor.description]] : []),
  ];
  const lean = check.lean;
  const leanParty = lean ? scope.name(lean.partyId) : null;

  const ties = scope.graph.ties.filter((tie) => tie.sourceId === actor.id || tie.targetId === actor.id);
  scope.mark(...ties.map((tie) => tie.sensitivity));
  const tieRows = ties.map((tie) => {
    const other = byId.get(tie.sourceId === actor.id ? tie.targetId : tie.sourceId);
    if (other) scope.mark(other.sensitivity);
    const arrow = !tie.directed ? '' : tie.sourceId === actor.id ? ' →' : ' ←';
    return [
      `${vocabulary.tieType(tie.type)}${arrow}`,
      other?.name ?? COMMON_TEXT.withheld,
      num(tie.strength),
      vocabulary.confidence(tie.confidence),
    ];
  });

  const parties = (links: typeof check.direct) =>
    links.flatMap((link) => {
      const name = scope.name(link.party.id);
      return name === null ? [] : [`${name} (${COMMON_TEXT.decimal(link.score)})`];
    });
  const dividers = check.dividers.filter((d) => d.id !== actorId).flatMap((d) => scope.name(d.id) ?? []);

  const engagements = scope.graph.engagements
    .filter((e) => e.actorIds.includes(actor.id) && (!from || e.date >= from) && (!to || e.date <= to))
    .sort((a, b) => b.date.localeCompare(a.date))
    .slice(0, RECENT_ENGAGEMENTS);
  scope.mark(...engagements.map((e) => e.sensitivity));

  const blocks: Block[] = [
    { kind: 'heading', text: T.about },
    { kind: 'table', columns: T.aboutColumns, rows: about, widths: [1, 3] },
    { kind: 'heading', text: T.position },
    {
      kind: 'table',
      columns: T.positionColumns,
      rows: [
        [num(actor.influence), num(actor.interest), num(actor.stance), actor.doNoHarmRole ? vocabulary.doNoHarm(actor.doNoHarmRole) : ''],
      ],
    },
    { kind: 'paragraph', text: lean && leanParty ? T.lean(leanParty, T.strengths[lean.strength]) : T.noLean },
    { kind: 'heading', text: T.ties },
    { kind: 'paragraph', text: T.tieCount(ties.length) },
    { kind: 'table', columns: T.tieColumns, rows: tieRows, widths: [3, 4, 1.3, 2] },
    { kind: 'heading', text: T.check },
    { kind: 'paragraph', text: T.decisions[check.verdict.decision] ?? check.verdict.decision },
    { kind: 'paragraph', text: COMMON_TEXT.label(T.directParties) },
    { kind: 'bullets', items: parties(check.direct) },
    { kind: 'paragraph', text: COMMON_TEXT.label(T.twoStepParties) },
    { kind: 'bullets', items: parties(check.twoStep) },
    { kind: 'paragraph', text: COMMON_TEXT.label(T.dividers) },
    { kind: 'bullets', items: dividers },
    { kind: 'paragraph', text: T.balance(check.balanceNow.balanceIndex, check.balanceIfEngaged.balanceIndex) },
    // The verdict's reasons are sentences that name actors as the analysis sees them: only the
    // full profile prints them, the others would undo their pseudonyms.
    ...(scope.profile === 'full'
      ? [{ kind: 'paragraph', text: COMMON_TEXT.label(T.reasons) } as Block, { kind: 'bullets', items: check.verdict.reasons } as Block]
      : []),
    { kind: 'heading', text: T.engagements },
    {
      kind: 'table',
      columns: T.engagementColumns,
      widths: [2, 2, 3, 1.5],
      rows: engagements.map((e) => [
        COMMON_TEXT.day(e.date),
        vocabulary.format(e.format),
        areaName.get(e.areaId) ?? e.areaId,
        num(e.actorIds.length),
      ]),
    },
  ];

  const neighbours = [...new Set(ties.map((tie) => (tie.sourceId === actor.id ? tie.targetId : tie.sourceId)))];
  const picture = drawNetwork(
    [actor, ...neighbours.flatMap((id) => byId.get(id) ?? [])].map((a) => ({
      id: a.id,
      label: a.name,
      kind: a.kind,
      highlight: a.id === actor.id,
    })),
    ties.map((tie) => ({ source: tie.sourceId, target: tie.targetId })),
    kindLegend(language),
  );
  blocks.push(
    { kind: 'heading', text: T.picture },
    { kind: 'picture', ...picture, caption: `${T.pictureCaption} ${COMMON_TEXT.pictureNote}` },
  );
  return blocks;
}
