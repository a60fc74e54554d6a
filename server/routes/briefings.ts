/**
 * GET /api/briefings/:kind (issue 17): a Word or PDF briefing for mission leadership, built from
 * what the requester may see with an export redaction profile, and audited as an export is (the
 * kind, format and profile in the event's detail). Same permission as exports: a briefing is an
 * export of the map in another form.
 */
import { BriefingParamsSchema, BriefingQuerySchema } from '../contracts/index.js';
import type { AuditLog } from '../access/audit-log.js';
import type { Database } from '../db/database.js';
import { badRequest } from '../errors.js';
import { makeBriefing } from '../briefings/briefing.js';
import { defineRoute, type RouteSpec } from './route-spec.js';

export function briefingRoutes(db: Database, audit: AuditLog): RouteSpec[] {
  return [
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
      handle: async ({ params, query, response, viewer }) => {
        if (params.kind === 'actor' && !query.id) throw badRequest('id', 'an actor briefing names its actor: ?id=');
        const file = await makeBriefing(db, params.kind, query, viewer);
        await audit.record({
          userId: viewer.userId,
          action: 'export',
          targetType: 'briefing',
          ...(query.id && params.kind === 'actor' ? { targetIds: [query.id] } : {}),
          detail: `briefing/${params.kind}/${query.format}/${query.profile}`,
        });
        response.status(200);
        response.setHeader('Content-Type', file.contentType);
        response.setHeader('Content-Disposition', `attachment; filename="${file.fileName}"`);
        response.setHeader('X-Actor-Map-Marking', file.marking);
        response.end(Buffer.from(file.body));
      },
    }),
  ];
}
