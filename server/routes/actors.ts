/** /api/actors: list, read, create, update and delete actors. */
import {
  ActorCreateRequestSchema,
  ActorListQuerySchema,
  ActorPageSchema,
  ActorPatchSchema,
  ActorSchema,
  ActorWrittenSchema,
} from '../contracts/index.js';
import type { ActorStore } from '../services/actor-store.js';
import { resourceRoutes } from './resource-routes.js';
import type { RouteSpec } from './route-spec.js';

export function actorRoutes(actors: ActorStore): RouteSpec[] {
  return resourceRoutes({
    path: '/api/actors',
    tag: 'actors',
    noun: 'actor',
    store: actors,
    schemas: {
      item: ActorSchema,
      create: ActorCreateRequestSchema,
      patch: ActorPatchSchema,
      listQuery: ActorListQuerySchema,
      page: ActorPageSchema,
      written: ActorWrittenSchema,
    },
    summaries: {
      list: 'List actors, filtered by kind, subtype, admin area and text, one page at a time',
      create:
        'Create an actor; one whose folded name, acronym or alias a visible actor has answers 409 possible_duplicate unless confirmDuplicate is true',
      update: 'Change some fields of an actor (null clears an optional field)',
      remove: 'Delete an actor and all its ties',
    },
  });
}
