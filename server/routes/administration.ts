/**
 * /api/users, /api/grant-requests and /api/audit: accounts, roles, clearance and grants, other
 * users' API tokens, the audit log. Administrators only, within the limits of account-policy.ts.
 */
import { z } from 'zod';
import { createAccountPolicy } from '../access/account-policy.js';
import type { AuditLog } from '../access/audit-log.js';
import type { Credentials } from '../access/credentials.js';
import { createGrantRequests } from '../access/grant-requests.js';
import type { UserStore } from '../access/user-store.js';
import type { Database } from '../db/database.js';
import {
  ApiTokenSchema,
  AuditEventSchema,
  AuditQuerySchema,
  GrantRequestCreateSchema,
  GrantRequestSchema,
  IdSchema,
  UserCreateSchema,
  UserPatchSchema,
  UserSchema,
} from '../contracts/index.js';
import { IdParamsSchema } from './params.js';
import { defineRoute, type RouteSpec } from './route-spec.js';

const UserTokenParamsSchema = z.strictObject({ id: IdSchema, tokenId: IdSchema });

export function administrationRoutes(db: Database, users: UserStore, credentials: Credentials, audit: AuditLog): RouteSpec[] {
  const policy = createAccountPolicy();
  const grantRequests = createGrantRequests(db);
  return [
    defineRoute({
      method: 'get',
      path: '/api/users',
      tag: 'administration',
      access: 'administer',
      summary: 'Every user account',
      success: { status: 200, schema: z.array(UserSchema), description: 'Users by username' },
      errors: [],
      handle: () => users.list(),
    }),
    defineRoute({
      method: 'post',
      path: '/api/users',
      tag: 'administration',
      access: 'administer',
      summary: 'Create a user account (clearance at most internal: confidential access is a grant request)',
      body: UserCreateSchema,
      success: { status: 201, schema: UserSchema, description: 'The new user' },
      errors: [409],
      async handle({ body, viewer }) {
        policy.checkCreate(viewer, body);
        return users.create(body, viewer.userId);
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/users/:id',
      tag: 'administration',
      access: 'administer',
      summary: 'One user account',
      params: IdParamsSchema,
      success: { status: 200, schema: UserSchema, description: 'The user' },
      errors: [404],
      handle: ({ params }) => users.get(params.id),
    }),
    defineRoute({
      method: 'patch',
      path: '/api/users/:id',
      tag: 'administration',
      access: 'administer',
      summary:
        'Change another user’s role, clearance, grants or password, or disable the account (a new password or a disabled account ends ' +
        'every session and revokes every API token). Confidential access needs a grant request; your own account: display name only',
      params: IdParamsSchema,
      body: UserPatchSchema,
      success: { status: 200, schema: UserSchema, description: 'The updated user' },
      errors: [404],
      // The policy checks the account as it is inside the change's transaction (account-policy.ts).
      handle: ({ params, body, viewer }) =>
        users.update(params.id, body, viewer.userId, (tx, current) => policy.checkPatch(tx, viewer, params.id, body, current)),
    }),
    defineRoute({
      method: 'get',
      path: '/api/users/:id/tokens',
      tag: 'administration',
      access: 'administer',
      summary: 'A user’s API tokens (never their secrets)',
      params: IdParamsSchema,
      success: { status: 200, schema: z.array(ApiTokenSchema), description: 'Tokens, newest first' },
      errors: [404],
      async handle({ params }) {
        await users.get(params.id);
        return credentials.listApiTokens(params.id);
      },
    }),
    defineRoute({
      method: 'delete',
      path: '/api/users/:id/tokens/:tokenId',
      tag: 'administration',
      access: 'administer',
      summary: 'Revoke a user’s API token; it stops working on the next request (within a second on other instances)',
      params: UserTokenParamsSchema,
      success: { status: 204, description: 'Revoked' },
      errors: [404],
      handle: ({ params, viewer }) => credentials.revokeApiToken(params.id, params.tokenId, viewer.userId),
    }),
    defineRoute({
      method: 'get',
      path: '/api/grant-requests',
      tag: 'administration',
      access: 'administer',
      summary: 'Requests for confidential access: pending first',
      success: { status: 200, schema: z.array(GrantRequestSchema), description: 'Grant requests' },
      errors: [],
      handle: () => grantRequests.list(),
    }),
    defineRoute({
      method: 'post',
      path: '/api/grant-requests',
      tag: 'administration',
      access: 'administer',
      summary:
        'Ask for confidential access for another user (a clearance, grants to add); it takes effect when a second administrator approves',
      body: GrantRequestCreateSchema,
      success: { status: 201, schema: GrantRequestSchema, description: 'The pending request' },
      errors: [404],
      handle: ({ body, viewer }) => grantRequests.create(viewer, body),
    }),
    defineRoute({
      method: 'post',
      path: '/api/grant-requests/:id/approve',
      tag: 'administration',
      access: 'administer',
      summary: 'Approve a pending grant request (not your own, not for yourself): the access is given at once',
      params: IdParamsSchema,
      success: { status: 200, schema: GrantRequestSchema, description: 'The approved request' },
      errors: [404, 409],
      handle: ({ params, viewer }) => grantRequests.approve(viewer, params.id),
    }),
    defineRoute({
      method: 'get',
      path: '/api/audit',
      tag: 'administration',
      access: 'administer',
      summary: 'The newest audit events: sign-ins, changes, grants, imports, exports, denied accesses',
      query: AuditQuerySchema,
      success: { status: 200, schema: z.array(AuditEventSchema), description: 'Events, newest first' },
      errors: [],
      handle: ({ query }) => audit.list(query),
    }),
  ];
}
