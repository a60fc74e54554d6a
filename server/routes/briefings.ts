/**
 * GET /api/briefings/:kind (issue 17): a Word or PDF briefing for mission leadership, built from
 * what the requester may see with an export redaction profile, and audited as an export is (the
 * kind, format and profile in the event's detail). Same permission as exports: a briefing is an
 * export of the map in another form.
 */
import { BriefingParamsSchema, BriefingQuerySchema, ChangeBriefingQuerySchema } from '../contracts/index.js';
import type { Database } from '../db/database.js';
import { badRequest } from '../errors.js';
import { makeBriefing, type BriefingFile } from '../briefings/briefing.js';
import { makeChangeBriefing } from '../briefings/change-briefing.js';
import { BRIEFING_HTML_POLICY } from '../briefings/html-writer.js';
import { createDiffService } from '../history/diff.js';
import { createRoundStore } from '../rounds/round-store.js';
import { defineRoute, FileAnswer, type RouteSpec } from './route-spec.js';

/**
 * A briefing file as the route's answer, its marking in a header: Word and PDF as downloads, the
 * HTML page inline (it is the page to print: opened from a link, it shows in the browser, with its
 * file name kept for saving), only with its own styles and pictures.
 */
function briefingAnswer(file: BriefingFile): FileAnswer<BriefingFile> {
  const html = file.contentType.startsWith('text/html');
  const headers = { 'X-Actor-Map-Marking': file.marking, ...(html ? { 'Content-Security-Policy': BRIEFING_HTML_POLICY } : {}) };
  return new FileAnswer(file, headers, file, html);
}

export function briefingRoutes(db: Database): RouteSpec[] {
  const rounds = createRoundStore(db);
  const diffs = createDiffService(db, rounds);
  return [
    // Before /api/briefings/:kind, which would otherwise take "changes" for an unknown kind.
    defineRoute({
      method: 'get',
      path: '/api/briefings/changes',
      access: 'export',
      tag: 'transfers',
      summary:
        'The change brief (issue 14): what changed between two rounds or dates (from/to, as /api/diff takes them) as a document for ' +
        'an MLT meeting: title page with both ends and the sensitivity marking, the named changes, counts and lists of actors and ' +
        'ties added, removed and changed, and any further section of the diff; html (to print), docx or pdf; export profiles; audited',
      query: ChangeBriefingQuerySchema,
      success: { status: 200, description: 'The brief (body is the file itself); its marking in X-Actor-Map-Marking' },
      errors: [503],
      audit: {
        action: 'export',
        targetType: 'briefing',
        ofResult: ({ query }, file: BriefingFile) => ({
          detail: `briefing/changes/${query.format}/${query.profile}/${file.lang} ${query.from}..${query.to}`,
        }),
      },
      handle: async ({ query, viewer }) => briefingAnswer(await makeChangeBriefing(db, diffs, rounds, query, viewer)),
    }),
    defineRoute({
      method: 'get',
      path: '/api/briefings/:kind',
      access: 'export',
      tag: 'transfers',
      summary:
        'A briefing for mission leadership as docx or pdf: coordination (gaps, overlaps, fragile cells, duplicated funding, matrix, ' +
        'mechanisms), engagement (from/to: by area, side, subtype, women and youth, influential CSOs never engaged) or actor (id: ' +
        'profile, ties, position, do-no-harm check, recent engagements); title page with the sensitivity marking; export profiles; audited',
      params: BriefingParamsSchema,
      query: BriefingQuerySchema,
      success: { status: 200, description: 'The briefing file (body is the file itself); its marking in X-Actor-Map-Marking' },
      errors: [404, 503],
      audit: {
        action: 'export',
        targetType: 'briefing',
        ofResult: ({ params, query }, file: BriefingFile) => ({
          detail: `briefing/${params.kind}/${query.format}/${query.profile}/${file.lang}`,
          targetIds: query.id && params.kind === 'actor' ? [query.id] : [],
        }),
      },
      handle: async ({ params, query, viewer }) => {
        if (params.kind === 'actor' && !query.id)
          throw badRequest('id', 'an actor briefing names its actor: ?id=', { code: 'field.actor_briefing_needs_id' });
        return briefingAnswer(await makeBriefing(db, params.kind, query, viewer));
      },
    }),
  ];
}
