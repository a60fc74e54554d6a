/** /api/output-roles and /api/mechanisms: the records behind the coordination analysis, as stored resources. */
import {
  MechanismCreateSchema,
  MechanismListQuerySchema,
  MechanismPageSchema,
  MechanismPatchSchema,
  MechanismRecordSchema,
  OutputRoleCreateSchema,
  OutputRoleListQuerySchema,
  OutputRolePageSchema,
  OutputRolePatchSchema,
  OutputRoleRecordSchema,
} from '../contracts/index.js';
import type { MechanismStore } from '../services/mechanism-store.js';
import type { OutputRoleStore } from '../services/output-role-store.js';
import { resourceRoutes } from './resource-routes.js';
import type { RouteSpec } from './route-spec.js';

export function outputRoleRoutes(roles: OutputRoleStore): RouteSpec[] {
  return resourceRoutes({
    path: '/api/output-roles',
    tag: 'coordination',
    noun: 'output role',
    writeAccess: 'coordinate',
    store: roles,
    schemas: {
      item: OutputRoleRecordSchema,
      create: OutputRoleCreateSchema,
      patch: OutputRolePatchSchema,
      listQuery: OutputRoleListQuerySchema,
      page: OutputRolePageSchema,
    },
    summaries: {
      list: 'List lead and support roles, optionally on one output, of one actor or in one admin area',
      create: 'Say that an actor leads or supports an output, in some admin areas',
      update: 'Change a role: lead or support, its areas, dates or note (actor and output are fixed)',
      remove: 'Delete a lead or support role',
    },
  });
}

export function mechanismRoutes(mechanisms: MechanismStore): RouteSpec[] {
  return resourceRoutes({
    path: '/api/mechanisms',
    tag: 'coordination',
    noun: 'mechanism',
    writeAccess: 'coordinate',
    store: mechanisms,
    schemas: {
      item: MechanismRecordSchema,
      create: MechanismCreateSchema,
      patch: MechanismPatchSchema,
      listQuery: MechanismListQuerySchema,
      page: MechanismPageSchema,
    },
    summaries: {
      list: 'List the coordination mechanisms with at least one member you may see',
      create: 'Create a coordination mechanism with its members, chair, areas and outputs',
      update: 'Change a mechanism; memberIds replaces the members you may see and keeps the others',
      remove: 'Delete a mechanism (refused while it has members you may not see)',
    },
  });
}
