/** /api/ties: list, read, create, update and delete ties between actors. */
import {
  TieCreateRequestSchema,
  TieListQuerySchema,
  TiePageSchema,
  TiePatchSchema,
  TieSchema,
  TieWrittenSchema,
} from '../contracts/index.js';
import type { TieStore } from '../services/tie-store.js';
import { resourceRoutes } from './resource-routes.js';
import type { RouteSpec } from './route-spec.js';

export function tieRoutes(ties: TieStore): RouteSpec[] {
  return resourceRoutes({
    path: '/api/ties',
    tag: 'ties',
    noun: 'tie',
    store: ties,
    schemas: {
      item: TieSchema,
      create: TieCreateRequestSchema,
      patch: TiePatchSchema,
      listQuery: TieListQuerySchema,
      page: TiePageSchema,
      written: TieWrittenSchema,
    },
    summaries: {
      list: 'List ties, optionally of some types or touching one actor',
      create: 'Create a tie between two existing actors',
      update: 'Change some fields of a tie (its ends are fixed)',
      remove: 'Delete a tie',
    },
  });
}
