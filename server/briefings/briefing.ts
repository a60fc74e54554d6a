/**
 * One briefing: the scope (what the requester may see, redacted by the profile), the kind's
 * sections, the title page, and the format's writer. Kinds and formats are tables keyed by their
 * contract enums, so the compiler catches a missing row.
 */
import type { BriefingFormat, BriefingKind, BriefingQuery } from '../contracts/index.js';
import type { Viewer } from '../access/viewer.js';
import { createUserStore } from '../access/user-store.js';
import type { Database } from '../db/database.js';
import { DEFAULT_MAP_NAME } from '../exports/export-metadata.js';
import { actorBlocks } from './actor-briefing.js';
import { briefingScope, type BriefingScope } from './briefing-scope.js';
import { coordinationBlocks } from './coordination-briefing.js';
import type { Block, BriefingDocument } from './document.js';
import { writeBriefingDocx } from './docx-writer.js';
import { engagementBlocks } from './engagement-briefing.js';
import { writeBriefingPdf } from './pdf-writer.js';
import { ACTOR_TEXT, COMMON_TEXT, COORDINATION_TEXT, ENGAGEMENT_TEXT } from './text.js';

interface KindSpec {
  title: string;
  blocks(db: Database, scope: BriefingScope, query: BriefingQuery): Promise<Block[]>;
}

const KINDS: Record<BriefingKind, KindSpec> = {
  coordination: { title: COORDINATION_TEXT.title, blocks: (db, scope) => coordinationBlocks(db, scope) },
  engagement: { title: ENGAGEMENT_TEXT.title, blocks: (db, scope, query) => engagementBlocks(db, scope, query.from, query.to) },
  // The route requires `id` for this kind; an empty id is simply not found.
  actor: { title: ACTOR_TEXT.title, blocks: (db, scope, query) => actorBlocks(db, scope, query.id ?? '', query.from, query.to) },
};

const FORMATS: Record<BriefingFormat, { contentType: string; write(doc: BriefingDocument): Promise<Uint8Array> }> = {
  docx: { contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', write: writeBriefingDocx },
  pdf: { contentType: 'application/pdf', write: writeBriefingPdf },
};

export interface BriefingFile {
  contentType: string;
  fileName: string;
  body: Uint8Array;
  marking: BriefingDocument['marking'];
}

/** Builds and writes a briefing of `kind` for `viewer`. */
export async function makeBriefing(
  db: Database,
  kind: BriefingKind,
  query: BriefingQuery,
  viewer: Viewer,
  now = new Date(),
): Promise<BriefingFile> {
  const scope = await briefingScope(db, viewer, query.profile);
  const spec = KINDS[kind];
  const blocks = await spec.blocks(db, scope, query);
  const author = await createUserStore(db)
    .get(viewer.userId)
    .then((user) => `${user.displayName} (${user.username})`)
    .catch(() => viewer.userId);
  const map = query.name ?? DEFAULT_MAP_NAME;
  const subject = kind === 'actor' && query.id ? scope.actor(query.id)?.name : undefined;
  const marking = scope.marking();
  const doc: BriefingDocument = {
    title: subject ? `${spec.title}: ${subject}` : spec.title,
    facts: [
      [COMMON_TEXT.map, map],
      [COMMON_TEXT.date, now.toISOString().slice(0, 10)],
      [COMMON_TEXT.madeBy, author],
      [COMMON_TEXT.profile, COMMON_TEXT.profiles[query.profile]],
      [COMMON_TEXT.marking, COMMON_TEXT.markingLine(marking)],
    ],
    marking,
    markingLine: COMMON_TEXT.markingLine(marking),
    profile: query.profile,
    blocks,
  };
  const format = FORMATS[query.format];
  const stem =
    map
      .normalize('NFKD')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .toLowerCase() || 'actor-map';
  return {
    contentType: format.contentType,
    fileName: `${stem}-${kind}-briefing-${doc.facts[1]![1]}.${query.format}`,
    body: await format.write(doc),
    marking,
  };
}
