/**
 * One briefing: the scope (what the requester may see, redacted by the profile), the kind's
 * sections, the title page, and the format's writer. Kinds and formats are tables keyed by their
 * contract enums, so the compiler catches a missing row.
 */
import type { BriefingFormat, BriefingKind, BriefingQuery, Language } from '../contracts/index.js';
import type { Viewer } from '../access/viewer.js';
import { createUserStore } from '../access/user-store.js';
import type { Database } from '../db/database.js';
import { DEFAULT_MAP_NAME } from '../exports/export-metadata.js';
import { actorBlocks } from './actor-briefing.js';
import { briefingScope, type BriefingScope } from './briefing-scope.js';
import { coordinationBlocks } from './coordination-briefing.js';
import type { Block, BriefingDocument } from './document.js';
import { engagementBlocks } from './engagement-briefing.js';
import { writeBriefingHtml } from './html-writer.js';
import { briefingLanguage, chooseBriefingLanguage, type BriefingLanguage } from './language.js';

interface KindSpec {
  title(language: BriefingLanguage): string;
  blocks(db: Database, scope: BriefingScope, query: BriefingQuery, language: BriefingLanguage): Promise<Block[]>;
}

const KINDS: Record<BriefingKind, KindSpec> = {
  coordination: { title: (l) => l.text.coordination.title, blocks: (db, scope, _query, l) => coordinationBlocks(db, scope, l) },
  engagement: {
    title: (l) => l.text.engagement.title,
    blocks: (db, scope, query, l) => engagementBlocks(db, scope, l, query.from, query.to),
  },
  // The route requires `id` for this kind; an empty id is simply not found.
  actor: {
    title: (l) => l.text.actor.title,
    blocks: (db, scope, query, l) => actorBlocks(db, scope, l, query.id ?? '', query.from, query.to),
  },
};

// The Word and PDF libraries load on the first briefing, not with the server: together they are
// most of a second of every start (and of every test file's) for a document most starts never make.
const FORMATS: Record<BriefingFormat | 'html', { contentType: string; write(doc: BriefingDocument): Promise<Uint8Array> }> = {
  docx: {
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    write: async (doc) => (await import('./docx-writer.js')).writeBriefingDocx(doc),
  },
  pdf: { contentType: 'application/pdf', write: async (doc) => (await import('./pdf-writer.js')).writeBriefingPdf(doc) },
  html: { contentType: 'text/html; charset=utf-8', write: writeBriefingHtml },
};

export interface BriefingFile {
  contentType: string;
  fileName: string;
  body: Uint8Array;
  marking: BriefingDocument['marking'];
  /** The language it was written in (for the audit event). */
  lang: Language;
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
  const language = await chooseBriefingLanguage(db, viewer, query.lang);
  const spec = KINDS[kind];
  const blocks = await spec.blocks(db, scope, query, language);
  const subject = kind === 'actor' && query.id ? scope.actor(query.id)?.name : undefined;
  // The subject isolated (U+2068..U+2069): a Latin name keeps its order in an Arabic title and back.
  const title = spec.title(language);
  return assembleBriefing(db, viewer, scope, {
    title: subject ? `${language.text.common.label(title)} ${language.dir === 'rtl' ? `\u2068${subject}\u2069` : subject}` : title,
    language,
    slug: kind,
    blocks,
    name: query.name,
    format: query.format,
    now,
  });
}

export interface BriefingParts {
  title: string;
  /** The kind in the file name: `<map>-<slug>-briefing-<date>.<format>`. */
  slug: string;
  blocks: Block[];
  /** Title-page lines after the map and date (e.g. the two rounds a change brief compares). */
  facts?: Array<[string, string]>;
  name?: string | undefined;
  format: BriefingFormat | 'html';
  now: Date;
  /** The briefing's language (absent: English). */
  language?: BriefingLanguage;
}

/** The title page (map, date, author, profile, marking) around a kind's blocks, written in `format`. */
export async function assembleBriefing(db: Database, viewer: Viewer, scope: BriefingScope, parts: BriefingParts): Promise<BriefingFile> {
  const author = await createUserStore(db)
    .get(viewer.userId)
    .then((user) => `${user.displayName} (${user.username})`)
    .catch(() => viewer.userId);
  const map = parts.name ?? DEFAULT_MAP_NAME;
  const marking = scope.marking();
  const date = parts.now.toISOString().slice(0, 10);
  const language = parts.language ?? briefingLanguage('en');
  const COMMON_TEXT = language.text.common;
  const markingLine = COMMON_TEXT.markingLine(language.words.sensitivity(marking));
  const doc: BriefingDocument = {
    title: parts.title,
    facts: [
      [COMMON_TEXT.map, map],
      [COMMON_TEXT.date, COMMON_TEXT.day(date)],
      ...(parts.facts ?? []),
      [COMMON_TEXT.madeBy, author],
      [COMMON_TEXT.profile, COMMON_TEXT.profiles[scope.profile]],
      [COMMON_TEXT.marking, markingLine],
    ],
    marking,
    markingLine,
    language: { lang: language.lang, dir: language.dir, common: COMMON_TEXT },
    profile: scope.profile,
    blocks: parts.blocks,
  };
  const format = FORMATS[parts.format];
  const stem =
    map
      .normalize('NFKD')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .toLowerCase() || 'actor-map';
  return {
    contentType: format.contentType,
    fileName: `${stem}-${parts.slug}-briefing-${date}.${parts.format}`,
    body: await format.write(doc),
    marking,
    lang: language.lang,
  };
}
