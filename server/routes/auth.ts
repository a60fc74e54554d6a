/** /api/auth and /api/tokens: sign in and out, who am I, personal API tokens. */
import { z } from 'zod';
import type { AuditLog } from '../access/audit-log.js';
import type { Credentials } from '../access/credentials.js';
import { SESSION_HOURS } from '../access/credentials.js';
import type { SignInService } from '../access/sign-in.js';
import type { UserStore } from '../access/user-store.js';
import { ApiTokenCreateSchema, ApiTokenSchema, MeSchema, ROLE_PERMISSIONS, SignInSchema, type Me } from '../contracts/index.js';
import { SESSION_COOKIE, readCookie } from '../middleware/authenticate.js';
import { IdParamsSchema } from './params.js';
import { defineRoute, type RouteSpec } from './route-spec.js';

const sessionCookie = (token: string, maxAgeSeconds: number) =>
  `${SESSION_COOKIE}=${encodeURIComponent(token)}; Path=/; Secure; HttpOnly; SameSite=Strict; Max-Age=${maxAgeSeconds}`;

export function authRoutes(users: UserStore, credentials: Credentials, signIn: SignInService, audit: AuditLog): RouteSpec[] {
  async function me(userId: string): Promise<Me> {
    const user = await users.get(userId);
    return { ...user, permissions: [...ROLE_PERMISSIONS[user.role]] };
  }
  return [
    defineRoute({
      method: 'post',
      path: '/api/auth/sign-in',
      tag: 'auth',
      access: 'public',
      summary: 'Sign in with username and password; sets the session cookie',
      body: SignInSchema,
      success: { status: 200, schema: MeSchema, description: 'The signed-in user' },
      errors: [429, 503],
      async handle({ body, request, response }) {
        const { userId, sessionToken } = await signIn.signIn(body, request.ip ?? 'unknown');
        response.setHeader('Set-Cookie', sessionCookie(sessionToken, SESSION_HOURS * 3600));
        return me(userId);
      },
    }),
    defineRoute({
      method: 'post',
      path: '/api/auth/sign-out',
      tag: 'auth',
      access: 'read',
      summary: 'End this session on the server and clear the cookie',
      success: { status: 204, description: 'Signed out' },
      errors: [],
      async handle({ request, response, viewer }) {
        const token = readCookie(request.headers.cookie, SESSION_COOKIE);
        if (token) await credentials.closeSession(token);
        response.setHeader('Set-Cookie', sessionCookie('', 0));
        await audit.record({ userId: viewer.userId, action: 'sign_out' });
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/auth/me',
      tag: 'auth',
      access: 'read',
      summary: 'The signed-in user, with role, clearance, grants and permissions',
      success: { status: 200, schema: MeSchema, description: 'The signed-in user' },
      errors: [],
      handle: ({ viewer }) => me(viewer.userId),
    }),
    defineRoute({
      method: 'get',
      path: '/api/tokens',
      tag: 'auth',
      access: 'read',
      summary: 'Your personal API tokens (never their secrets)',
      success: { status: 200, schema: z.array(ApiTokenSchema), description: 'Tokens, newest first' },
      errors: [],
      handle: ({ viewer }) => credentials.listApiTokens(viewer.userId),
    }),
    defineRoute({
      method: 'post',
      path: '/api/tokens',
      tag: 'auth',
      access: 'read',
      summary: 'Create a personal API token for scripts (Authorization: Bearer ...); the secret is shown once',
      body: ApiTokenCreateSchema,
      success: { status: 201, schema: ApiTokenSchema, description: 'The token, with its secret' },
      errors: [],
      async handle({ body, viewer }) {
        const token = await credentials.createApiToken(viewer.userId, body.name);
        await audit.record({ userId: viewer.userId, action: 'token_create', targetType: 'api_token', targetIds: [token.id] });
        return token;
      },
    }),
    defineRoute({
      method: 'delete',
      path: '/api/tokens/:id',
      tag: 'auth',
      access: 'read',
      summary: 'Revoke one of your API tokens; it stops working on the next request',
      params: IdParamsSchema,
      success: { status: 204, description: 'Revoked' },
      errors: [404],
      async handle({ params, viewer }) {
        await credentials.revokeApiToken(viewer.userId, params.id);
        await audit.record({ userId: viewer.userId, action: 'token_revoke', targetType: 'api_token', targetIds: [params.id] });
      },
    }),
  ];
}
