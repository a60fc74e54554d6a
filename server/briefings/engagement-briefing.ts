/**
 * The engagement briefing: whom the mission engaged over a period, by area, by side (lean toward
 * each party), by civil society subtype, women and youth, and the influential organisations never
 * engaged, from the engagement-balance analysis run as the briefing's viewer; with a picture of
 * the network where the engaged actors are filled.
 */
import type { Database } from '../db/database.js';
import { analyseEngagementBalance } from '../analyses/engagement-balance.js';
import type { Block } from './document.js';
import type { BriefingScope } from './briefing-scope.js';
import { drawNetwork } from './network-picture.js';
import { kindLegend, type BriefingLanguage } from './language.js';

/** The sections of an engagement briefing for the period from..to (inclusive, open ends allowed). */
export async function engagementBlocks(
  db: Database,
  scope: BriefingScope,
  language: BriefingLanguage,
  from?: string,
  to?: string,
): Promise<Block[]> {
  const { engagement: T, common: COMMON_TEXT } = language.text;
  const num = COMMON_TEXT.number;
  const result = await analyseEngagementBalance(db, { from, to, minInfluence: 4, scope: 'worked', evidence: 'all' }, scope.analysisViewer);
  // The engagements counted, as the export profile keeps them: they set the marking.
  const counted = scope.graph.engagements.filter((e) => (!from || e.date >= from) && (!to || e.date <= to));
  scope.mark(...counted.map((e) => e.sensitivity));
  const percent = COMMON_TEXT.percent;

  const blocks: Block[] = [
    { kind: 'heading', text: T.summary },
    { kind: 'paragraph', text: `${COMMON_TEXT.label(T.period)} ${from || to ? T.periodLine(result.from, result.to) : T.allTime}.` },
    { kind: 'paragraph', text: T.summaryLine(result.engagements, result.participations) },
    { kind: 'paragraph', text: T.concentration(result.capitalShare, result.areaGini) },
    { kind: 'heading', text: T.byArea },
    {
      kind: 'table',
      columns: T.areaColumns,
      widths: [4, 1, 2, 2, 1],
      rows: result.byArea.map((row) => [
        row.label,
        row.isCapital ? COMMON_TEXT.yes : '',
        num(row.engagements),
        num(row.participations),
        percent(row.share),
      ]),
    },
    { kind: 'heading', text: T.bySide },
    {
      kind: 'table',
      columns: T.sideColumns,
      widths: [4, 2, 1],
      rows: result.partyBalance.parties.map((party) => [
        scope.name(party.partyId) ?? COMMON_TEXT.withheld,
        num(party.participations),
        percent(party.share),
      ]),
    },
    { kind: 'paragraph', text: T.nonAligned(result.partyBalance.nonAligned) },
    { kind: 'paragraph', text: T.balanceIndex(result.partyBalance.balanceIndex) },
    { kind: 'heading', text: T.bySubtype },
    {
      kind: 'table',
      columns: T.subtypeColumns,
      widths: [4, 2, 2],
      rows: result.byCsoSubtype.map((row) => [language.words.subtype(row.key), num(row.engagements), num(row.participations)]),
    },
    { kind: 'heading', text: T.womenYouth },
    { kind: 'paragraph', text: T.women(result.women.mechanismEngagements, result.women.womenFocusedParticipations) },
    { kind: 'paragraph', text: T.youth(result.youth.mechanismEngagements, result.youth.youthFocusedParticipations) },
    { kind: 'heading', text: T.neverEngaged },
    {
      kind: 'table',
      columns: T.neverColumns,
      widths: [5, 3, 1],
      rows: result.neverEngaged.flatMap((actor) => {
        const name = scope.name(actor.id);
        return name === null ? [] : [[name, actor.subtype ? language.words.subtype(actor.subtype) : '', num(actor.influence)]];
      }),
    },
  ];

  // The picture: the redacted network, engaged actors (in the counted engagements) filled.
  const engaged = new Set(counted.flatMap((e) => e.actorIds));
  const picture = drawNetwork(
    scope.graph.actors.map((actor) => ({ id: actor.id, label: actor.name, kind: actor.kind, highlight: engaged.has(actor.id) })),
    scope.graph.ties.map((tie) => ({ source: tie.sourceId, target: tie.targetId })),
    kindLegend(language),
  );
  scope.mark(...scope.graph.actors.map((a) => a.sensitivity), ...scope.graph.ties.map((t) => t.sensitivity));
  blocks.push(
    { kind: 'heading', text: T.picture },
    { kind: 'picture', ...picture, caption: `${T.pictureCaption} ${COMMON_TEXT.pictureNote}` },
  );
  return blocks;
}
