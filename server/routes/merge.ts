/**
 * Merging duplicate actors: POST /api/actors/:id/merge (with `?preview=true`, what would move,
 * writing nothing) and GET /api/actors/duplicates, the "Possible duplicates" list of the map.
 * Mounted before /api/actors/:id, so "duplicates" is never read as an actor id.
 */
import {
  DuplicateListQuerySchema,
  DuplicateListSchema,
  MergeQuerySchema,
  MergeRequestSchema,
  MergeResultSchema,
  MergeUndoResultSchema,
} from '../contracts/index.js';
import type { Database } from '../db/database.js';
import { countRecordsRead } from '../middleware/read-volume.js';
import { createMergeUndoer } from '../merge/merge-undo.js';
import { createActorMerger } from '../services/actor-merger.js';
import { createDuplicateFinder } from '../services/duplicate-finder.js';
import { IdParamsSchema } from './params.js';
import { defineRoute, type RouteSpec } from './route-spec.js';

export function mergeRoutes(db: Database): RouteSpec[] {
  const merger = createActorMerger(db);
  const finder = createDuplicateFinder(db);
  const undoer = createMergeUndoer(db);
  return [
    defineRoute({
      method: 'get',
      path: '/api/actors/duplicates',
      access: 'read',
      tag: 'actors',
      summary:
        "Pairs of visible actors that may be one organisation (the import's folding of case, accents, spelling and acronyms), at most `limit` listed",
      query: DuplicateListQuerySchema,
      success: { status: 200, schema: DuplicateListSchema, description: 'The possible duplicates, and how many more were found' },
      errors: [503],
      async handle({ query, viewer, response }) {
        const list = await finder.list(query.limit, viewer);
        // Each pair names two actors: up to 500 pairs is a large part of the map's names.
        await countRecordsRead(response, viewer, list.items.length * 2, 'GET /api/actors/duplicates');
        return list;
      },
    }),
    defineRoute({
      method: 'post',
      path: '/api/actors/:id/merge',
      access: 'edit',
      audit: { action: 'merge', targetType: 'actor', when: ({ query }) => !query.preview },
      tag: 'actors',
      summary:
        'Fold duplicates into this actor in one transaction: their ties (identical ones combined), roles, engagements, mechanisms, areas, stances, saved views and names move here; their ids then answer 404 with details.mergedInto. Refused (409) while any grant names one of these actors: an administrator revokes it first. The mergeId of the answer undoes it (DELETE /api/merges/:id). With preview=true, what would move, writing nothing',
      params: IdParamsSchema,
      query: MergeQuerySchema,
      body: MergeRequestSchema,
      success: { status: 200, schema: MergeResultSchema, description: 'What moved (or, for a preview, would move)' },
      errors: [404, 409, 413, 415, 503],
      handle: ({ params, query, body, viewer, audit }) =>
        merger.merge(params.id, body.duplicateIds, viewer, { preview: query.preview, context: { audit } }),
    }),
    defineRoute({
      method: 'delete',
      path: '/api/merges/:id',
      access: 'edit',
      audit: { action: 'merge_undone', targetType: 'actor' },
      tag: 'actors',
      summary:
        'Undo a merge (the mergeId of its answer) in one transaction: the duplicates come back with their fields, ties, roles, engagements, mechanisms, areas and names, and the kept actor is as it was. Only for the user who merged, or an administrator; refused (409, naming nothing) when the kept actor or its links changed since, or when any record it restores is not open to the caller',
      params: IdParamsSchema,
      success: { status: 200, schema: MergeUndoResultSchema, description: 'The merge undone' },
      errors: [404, 409, 503],
      handle: ({ params, viewer, audit }) => undoer.undo(params.id, viewer, { audit }),
    }),
  ];
}
