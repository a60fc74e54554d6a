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
} from '../contracts/index.js';
import type { LinkedHistoryStore } from '../history/linked-history-store.js';
import type { LinkedRecordKind } from '../history/linked-record-versions.js';
import { IdParamsSchema } from './params.js';
import { defineRoute, type RouteSpec } from './route-spec.js';

const RESOURCES: { kind: LinkedRecordKind; path: string; tag: string; noun: string }[] = [
  { kind: 'engagement', path: '/api/engagements', tag: 'engagements', noun: 'engagement' },
  { kind: 'role', path: '/api/output-roles', tag: 'coordination', noun: 'output role' },
  { kind: 'mechanism', path: '/api/mechanisms', tag: 'coordination', noun: 'mechanism' },
  { kind: 'area', path: '/api/areas', tag: 'areas', noun: 'admin area' },
  { kind: 'claim', path: '/api/claims', tag: 'evidence', noun: 'claim' },
];

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
    defineRoute({
      method: 'post',
      path: '/api/engagements/:id/revert',
      access: 'edit',
      audit: { action: 'update', targetType: 'engagement', detail: () => 'revert' },
      tag: 'engagements',
      summary: 'Restore the fields of an earlier version of one engagement, as a new version (the rules of its PATCH apply)',
      params: IdParamsSchema,
      body: RevertRequestSchema,
      success: { status: 200, schema: LoggedEngagementSchema, description: 'The engagement as restored' },
      errors: [404, 409, 413, 415, 503],
      handle: ({ params, body, viewer, audit }) => history.revert('engagement', params.id, body.versionId, viewer, { audit }),
    }),
    defineRoute({
      method: 'post',
      path: '/api/output-roles/:id/revert',
      access: 'edit',
      audit: { action: 'update', targetType: 'output role', detail: () => 'revert' },
      tag: 'coordination',
      summary: 'Restore the fields of an earlier version of one lead or support role, as a new version (the rules of its PATCH apply)',
      params: IdParamsSchema,
      body: RevertRequestSchema,
      success: { status: 200, schema: OutputRoleRecordSchema, description: 'The role as restored' },
      errors: [404, 409, 413, 415, 503],
      handle: ({ params, body, viewer, audit }) => history.revert('role', params.id, body.versionId, viewer, { audit }),
    }),
    defineRoute({
      method: 'post',
      path: '/api/mechanisms/:id/revert',
      access: 'coordinate',
      audit: { action: 'update', targetType: 'mechanism', detail: () => 'revert' },
      tag: 'coordination',
      summary:
        'Restore the fields of an earlier version of one coordination mechanism, as a new version (the rules of its PATCH apply: ' +
        'members you may not see are kept)',
      params: IdParamsSchema,
      body: RevertRequestSchema,
      success: { status: 200, schema: MechanismRecordSchema, description: 'The mechanism as restored' },
      errors: [404, 409, 413, 415, 503],
      handle: ({ params, body, viewer, audit }) => history.revert('mechanism', params.id, body.versionId, viewer, { audit }),
    }),
    defineRoute({
      method: 'post',
      path: '/api/claims/:id/revert',
      access: 'edit',
      audit: { action: 'update', targetType: 'claim', detail: () => 'revert' },
      tag: 'evidence',
      summary:
        'Restore what an earlier version of one claim asserted and how it was rated, as a new version (its source and subject stay; ' +
        'the grade moves in the same write)',
      params: IdParamsSchema,
      body: RevertRequestSchema,
      success: { status: 200, schema: ClaimRecordSchema, description: 'The claim as restored' },
      errors: [404, 409, 413, 415, 503],
      handle: ({ params, body, viewer, audit }) => history.revert('claim', params.id, body.versionId, viewer, { audit }),
    }),
  ];
}
