/**
 * History of engagements, output roles, mechanisms, admin areas and claims (issue 14):
 * `GET /api/<records>/:id/history`, and `POST .../revert` for engagements, output roles, mechanisms
 * and claims (the rules and write access of each record's PATCH apply).
 */
import {
  ClaimRecordSchema,
  HistorySchema,
  LoggedEngagementSchema,
  MechanismRecordSchema,
  OutputRoleRecordSchema,
  RevertRequestSchema,
  type Permission,
} from '../contracts/index.js';
import type { z } from 'zod';
import type { LinkedHistoryStore } from '../history/linked-history-store.js';
import type { LinkedRecordKind } from '../history/linked-record-versions.js';
import { IdParamsSchema } from './params.js';
import { defineRoute, type RouteInput, type RouteSpec } from './route-spec.js';

const RESOURCES: { kind: LinkedRecordKind; path: string; tag: string; noun: string }[] = [
  { kind: 'engagement', path: '/api/engagements', tag: 'engagements', noun: 'engagement' },
  { kind: 'role', path: '/api/output-roles', tag: 'coordination', noun: 'output role' },
  { kind: 'mechanism', path: '/api/mechanisms', tag: 'coordination', noun: 'mechanism' },
  { kind: 'area', path: '/api/areas', tag: 'areas', noun: 'admin area' },
  { kind: 'claim', path: '/api/claims', tag: 'evidence', noun: 'claim' },
];

/** What differs between the revert routes: who may revert, what comes back, and how the store restores it. */
interface RevertRoute {
  path: string;
  tag: string;
  noun: string;
  access: Permission;
  summary: string;
  schema: z.ZodType;
  restored: string;
  revert(input: RouteInput<{ id: string }, unknown, { versionId: string }>): Promise<unknown>;
}

/** `POST <records>/:id/revert`: audited as an update with detail `revert`, refused like the record's PATCH. */
function revertRoute({ path, tag, noun, access, summary, schema, restored, revert }: RevertRoute): RouteSpec {
  return defineRoute({
    method: 'post',
    path: `${path}/:id/revert`,
    access,
    audit: { action: 'update', targetType: noun, detail: () => 'revert' },
    tag,
    summary,
    params: IdParamsSchema,
    body: RevertRequestSchema,
    success: { status: 200, schema, description: restored },
    errors: [404, 409, 413, 415, 503],
    handle: revert,
  });
}

export function linkedHistoryRoutes(history: LinkedHistoryStore): RouteSpec[] {
  const histories = RESOURCES.map(({ kind, path, tag, noun }) =>
    defineRoute({
      method: 'get',
      path: `${path}/:id/history`,
      access: 'read',
      tag,
      summary: `The versions of one ${noun} the caller may see, newest first, with who changed which fields`,
      params: IdParamsSchema,
      success: { status: 200, schema: HistorySchema, description: `The ${noun}'s history` },
      errors: [404, 503],
      handle: ({ params, viewer }) => history.history(kind, params.id, viewer),
    }),
  );
  return [
    ...histories,
    revertRoute({
      path: '/api/engagements',
      tag: 'engagements',
      noun: 'engagement',
      access: 'edit',
      summary: 'Restore the fields of an earlier version of one engagement, as a new version (the rules of its PATCH apply)',
      schema: LoggedEngagementSchema,
      restored: 'The engagement as restored',
      revert: ({ params, body, viewer, audit }) => history.revert('engagement', params.id, body.versionId, viewer, { audit }),
    }),
    revertRoute({
      path: '/api/output-roles',
      tag: 'coordination',
      noun: 'output role',
      access: 'edit',
      summary: 'Restore the fields of an earlier version of one lead or support role, as a new version (the rules of its PATCH apply)',
      schema: OutputRoleRecordSchema,
      restored: 'The role as restored',
      revert: ({ params, body, viewer, audit }) => history.revert('role', params.id, body.versionId, viewer, { audit }),
    }),
    revertRoute({
      path: '/api/mechanisms',
      tag: 'coordination',
      noun: 'mechanism',
      access: 'coordinate',
      summary:
        'Restore the fields of an earlier version of one coordination mechanism, as a new version (the rules of its PATCH apply: ' +
        'members you may not see are kept)',
      schema: MechanismRecordSchema,
      restored: 'The mechanism as restored',
      revert: ({ params, body, viewer, audit }) => history.revert('mechanism', params.id, body.versionId, viewer, { audit }),
    }),
    revertRoute({
      path: '/api/claims',
      tag: 'evidence',
      noun: 'claim',
      access: 'edit',
      summary:
        'Restore what an earlier version of one claim asserted and how it was rated, as a new version (its source and subject stay; ' +
        'the grade moves in the same write)',
      schema: ClaimRecordSchema,
      restored: 'The claim as restored',
      revert: ({ params, body, viewer, audit }) => history.revert('claim', params.id, body.versionId, viewer, { audit }),
    }),
  ];
}
