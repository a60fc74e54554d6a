/** /api/users and /api/audit: accounts, roles, clearance and grants; the audit log. Administrators only. */
import { z } from 'zod';
import type { AuditLog } from '../access/audit-log.js';
import type { UserStore } from '../access/user-store.js';
import { AuditEventSchema, AuditQuerySchema, UserCreateSchema, UserPatchSchema, UserSchema } from '../contracts/index.js';
import { IdParamsSchema } from './params.js';
import { defineRoute, type RouteSpec } from './route-spec.js';

export function administrationRoutes(users: UserStore, audit: AuditLog): RouteSpec[] {
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
      summary: 'Create a user account',
      body: UserCreateSchema,
      success: { status: 201, schema: UserSchema, description: 'The new user' },
      errors: [409],
      async handle({ body, viewer }) {
        const user = await users.create(body);
        await audit.record({ userId: viewer.userId, action: 'user_change', targetType: 'user', targetIds: [user.id], detail: 'create' });
        return user;
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
      summary: 'Change role, clearance, grants or password, or disable an account (its sessions end at once)',
      params: IdParamsSchema,
      body: UserPatchSchema,
      success: { status: 200, schema: UserSchema, description: 'The updated user' },
      errors: [404],
      async handle({ params, body, viewer }) {
        const user = await users.update(params.id, body);
        const { grants, ...rest } = body;
        if (grants) await audit.record({ userId: viewer.userId, action: 'grant_change', targetType: 'user', targetIds: [params.id], detail: `${grants.length} grants` });
        if (Object.keys(rest).length > 0) {
          await audit.record({ userId: viewer.userId, action: 'user_change', targetType: 'user', targetIds: [params.id], detail: Object.keys(rest).sort().join(',') });
        }
        return user;
      },
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
