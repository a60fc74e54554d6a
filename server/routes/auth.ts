/** /api/auth and /api/tokens: sign in and out, who am I, one's own password, personal API tokens. */
import { z } from 'zod';
import type { Credentials, ResolvedCredential } from '../access/credentials.js';
import { SESSION_HOURS } from '../access/credentials.js';
import type { SignInService } from '../access/sign-in.js';
import type { UserStore } from '../access/user-store.js';
import {
  ApiTokenCreateSchema,
  ApiTokenSchema,
  LanguageChoiceSchema,
  MeSchema,
  PasswordChangeSchema,
  ROLE_PERMISSIONS,
  SignInSchema,
  type Me,
} from '../contracts/index.js';
import { forbidden } from '../errors.js';
import { SESSION_COOKIE, readCookie } from '../middleware/authenticate.js';
import { IdParamsSchema } from './params.js';
import { defineRoute, type RouteSpec } from './route-spec.js';

/** A refusal that says when to come back (sign-in throttle, hash queue) goes out with Retry-After. */
async function withRetryAfter<T>(response: { setHeader(name: string, value: string): unknown }, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const seconds = (error as { retryAfterSeconds?: unknown }).retryAfterSeconds;
    if (typeof seconds === 'number') response.setHeader('Retry-After', String(seconds));
    throw error;
  }
}

const sessionCookie = (token: string, maxAgeSeconds: number) =>
  `${SESSION_COOKIE}=${encodeURIComponent(token)}; Path=/; Secure; HttpOnly; SameSite=Strict; Max-Age=${maxAgeSeconds}`;

const DAY_MS = 24 * 3600 * 1000;

/**
 * How long a new token may live. From a session: as asked. From a token (a script rotating its
 * credentials): never beyond the minting token's own expiry, cut to its remaining whole days, so a
 * stolen short-lived token cannot mint a long-lived one; with less than a day left it mints none.
 * Its scope cannot exceed the minting token's: a read-only token is refused any POST (authenticate.ts).
 */
function mintableDays(viewer: ResolvedCredential, asked: number): number {
  if (viewer.via !== 'token' || viewer.expiresAtMs === null) return asked;
  const left = Math.floor((viewer.expiresAtMs - Date.now()) / DAY_MS);
  if (left < 1)
    throw forbidden('This API token expires within a day: it cannot create another (sign in, or use a longer-lived token)').saying(
      'forbidden.token_expires_soon',
    );
  return Math.min(asked, left);
}

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
        const { userId, sessionToken } = await withRetryAfter(response, () => signIn.signIn(body, request.ip ?? 'unknown'));
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
      path: '/api/auth/language',
      tag: 'auth',
      access: 'read',
      summary: 'Remember the interface language you chose (en, fr or ar); the API itself keeps English codes',
      body: LanguageChoiceSchema,
      success: { status: 200, schema: MeSchema, description: 'You, with the language remembered' },
      errors: [],
      async handle({ body, viewer }) {
        await users.setLanguage(viewer.userId, body.language);
        return me(viewer.userId);
      },
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
        if ((viewer as { via?: string }).via !== 'session')
          throw forbidden('Change your password signed in with a session, not with an API token').saying(
            'forbidden.password_change_needs_session',
          );
        const user = await users.get(viewer.userId);
        await withRetryAfter(response, () => signIn.confirmPassword(user, body.currentPassword, request.ip ?? 'unknown'));
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
        'created with a token, it expires no later than that token. The secret is shown once',
      body: ApiTokenCreateSchema,
      success: { status: 201, schema: ApiTokenSchema, description: 'The token, with its secret' },
      errors: [],
      handle({ body, viewer }) {
        return credentials.createApiToken(viewer.userId, body.name, {
          scope: body.scope,
          expiresInDays: mintableDays(viewer as ResolvedCredential, body.expiresInDays),
        });
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
      handle: ({ params, viewer }) => credentials.revokeApiToken(viewer.userId, params.id),
    }),
  ];
}
