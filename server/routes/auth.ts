/** /api/auth and /api/tokens: sign in and out, who am I, one's own password, personal API tokens. */
import { z } from 'zod';
import type { Credentials } from '../access/credentials.js';
import { SESSION_HOURS } from '../access/credentials.js';
import type { SignInService } from '../access/sign-in.js';
import type { UserStore } from '../access/user-store.js';
import { ApiTokenCreateSchema, ApiTokenSchema, MeSchema, PasswordChangeSchema, ROLE_PERMISSIONS, SignInSchema, type Me } from '../contracts/index.js';
import { forbidden } from '../errors.js';
import { SESSION_COOKIE, readCookie } from '../middleware/authenticate.js';
import { IdParamsSchema } from './params.js';
import { defineRoute, type RouteSpec } from './route-spec.js';

const sessionCookie = (token: string, maxAgeSeconds: number) =>
  `${SESSION_COOKIE}=${encodeURIComponent(token)}; Path=/; Secure; HttpOnly; SameSite=Strict; Max-Age=${maxAgeSeconds}`;

export function authRoutes(users: UserStore, credentials: Credentials, signIn: SignInService): RouteSpec[] {
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
        if (token) await credentials.closeSession(token, viewer.userId);
        response.setHeader('Set-Cookie', sessionCookie('', 0));
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
      method: 'post',
      path: '/api/auth/password',
      tag: 'auth',
      access: 'read',
      summary:
        'Change your own password (the current one is required; signed in with a session, not a token). Every session and API token ' +
        'of yours ends, on every instance within a second; this answer sets a new session cookie',
      body: PasswordChangeSchema,
      success: { status: 200, schema: MeSchema, description: 'You, signed in with a new session' },
      errors: [429, 503],
      async handle({ body, request, response, viewer }) {
        // A token (read-write or not) is for scripts: it may not take over the account.
        if ((viewer as { via?: string }).via !== 'session') throw forbidden('Change your password signed in with a session, not with an API token');
        const user = await users.get(viewer.userId);
        await signIn.confirmPassword(user, body.currentPassword, request.ip ?? 'unknown');
        await users.update(viewer.userId, { password: body.newPassword }, viewer.userId);
        const sessionToken = await credentials.openSession(viewer.userId);
        response.setHeader('Set-Cookie', sessionCookie(sessionToken, SESSION_HOURS * 3600));
        return me(viewer.userId);
      },
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
      summary:
        'Create a personal API token for scripts (Authorization: Bearer ...): read or read-write, expiring after 1-365 days (90 by default); ' +
        'the secret is shown once',
      body: ApiTokenCreateSchema,
      success: { status: 201, schema: ApiTokenSchema, description: 'The token, with its secret' },
      errors: [],
      handle: ({ body, viewer }) => credentials.createApiToken(viewer.userId, body.name, { scope: body.scope, expiresInDays: body.expiresInDays }),
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
      handle: ({ params, viewer }) => credentials.revokeApiToken(viewer.userId, params.id),
    }),
  ];
}
