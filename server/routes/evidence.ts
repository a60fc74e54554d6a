/** /api/sources and /api/claims: who says so, and what they say (issue #15), as stored resources. */
import {
  ClaimCreateSchema,
  ClaimListQuerySchema,
  ClaimPageSchema,
  ClaimPatchSchema,
  ClaimRecordSchema,
  SourceCreateSchema,
  SourceListQuerySchema,
  SourcePageSchema,
  SourcePatchSchema,
  SourceRecordSchema,
} from '../contracts/index.js';
import type { ClaimStore } from '../evidence/claim-store.js';
import type { SourceStore } from '../evidence/source-store.js';
import { resourceRoutes } from './resource-routes.js';
import type { RouteSpec } from './route-spec.js';

export function evidenceRoutes(sources: SourceStore, claims: ClaimStore): RouteSpec[] {
  return [
    ...resourceRoutes({
      path: '/api/sources',
      tag: 'evidence',
      noun: 'source',
      store: sources,
      schemas: {
        item: SourceRecordSchema,
        create: SourceCreateSchema,
        patch: SourcePatchSchema,
        listQuery: SourceListQuerySchema,
        page: SourcePageSchema,
      },
      summaries: {
        list: 'List the sources you may see (by clearance; grants do not open sources), newest first',
        create: 'Record a source with its reliability (A-F); a key informant is strictly confidential by default',
        update: 'Change a source; a new reliability or sensitivity moves the grades of what it claims',
        remove: 'Delete a source and its claims (refused while it has claims about records you may not see)',
      },
    }),
    ...resourceRoutes({
      path: '/api/claims',
      tag: 'evidence',
      noun: 'claim',
      store: claims,
      schemas: {
        item: ClaimRecordSchema,
        create: ClaimCreateSchema,
        patch: ClaimPatchSchema,
        listQuery: ClaimListQuerySchema,
        page: ClaimPageSchema,
      },
      summaries: {
        list: 'List the claims you may see, about a tie or an actor, from a source, or only contested ones',
        create: 'Record that a source says a tie exists (or not), or that an actor attribute has a value',
        update: 'Change a claim (its source and subject are fixed); the grade moves in the same write',
        remove: 'Delete a claim; the grade moves in the same write',
      },
    }),
  ];
}
