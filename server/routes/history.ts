/** /api/actors/:id/history, /api/ties/:id/history and their revert (issue 14). */
import { ActorSchema, HistorySchema, RevertRequestSchema, TieSchema } from '../contracts/index.js';
import type { HistoryEraser } from '../history/erase-history.js';
import type { HistoryKind, HistoryStore } from '../history/history-store.js';
import { IdParamsSchema } from './params.js';
import { defineRoute, type RouteSpec } from './route-spec.js';

const RESOURCES: { kind: HistoryKind; path: string; tag: string; item: typeof ActorSchema | typeof TieSchema }[] = [
  { kind: 'actor', path: '/api/actors', tag: 'actors', item: ActorSchema },
  { kind: 'tie', path: '/api/ties', tag: 'ties', item: TieSchema },
];

export function historyRoutes(history: HistoryStore, eraser: HistoryEraser): RouteSpec[] {
  const perKind = RESOURCES.flatMap(({ kind, path, tag, item }) => [
    defineRoute({
      method: 'get',
      path: `${path}/:id/history`,
      access: 'read',
      tag,
      summary: `The versions of one ${kind} the caller may see, newest first, with who changed which fields`,
      params: IdParamsSchema,
      success: { status: 200, schema: HistorySchema, description: `The ${kind}'s history` },
      errors: [404, 503],
      handle: ({ params, viewer }) => history.history(kind, params.id, viewer),
    }),
    defineRoute({
      method: 'post',
      path: `${path}/:id/revert`,
      access: 'edit',
      audit: { action: 'update', targetType: kind, detail: () => 'revert' },
      tag,
      summary: `Restore the fields of an earlier version of one ${kind}, as a new version (the level rules of a PATCH apply)`,
      params: IdParamsSchema,
      body: RevertRequestSchema,
      success: { status: 200, schema: item, description: `The ${kind} as restored` },
      errors: [404, 409, 413, 415, 503],
      handle: ({ params, body, viewer, audit }) => history.revert(kind, params.id, body.versionId, viewer, { audit }),
    }),
  ]);
  return [
    ...perKind,
    defineRoute({
      method: 'delete',
      path: '/api/actors/:id/history',
      access: 'edit',
      audit: { action: 'history_erased', targetType: 'actor' },
      tag: 'actors',
      summary:
        "Erase a deleted actor's history: every version of it and of the ties that named it (refused while the actor exists, or over a tie version above your clearance)",
      params: IdParamsSchema,
      success: { status: 204, description: 'Erased' },
      errors: [404, 409, 503],
      handle: ({ params, viewer, audit }) => eraser.eraseActorHistory(params.id, viewer, { audit }),
    }),
  ];
}
